import { useEffect, useState } from 'preact/hooks';

// Client-side routing: the record software never reloads when the patient changes.
export function navigate(path: string): void {
  if (path === location.pathname + location.search) return;
  history.pushState(null, '', path);
  dispatchEvent(new Event('md:navigate'));
}

export function usePath(): string {
  const [path, setPath] = useState(location.pathname);
  useEffect(() => {
    const update = () => setPath(location.pathname);
    addEventListener('popstate', update);
    addEventListener('md:navigate', update);
    return () => {
      removeEventListener('popstate', update);
      removeEventListener('md:navigate', update);
    };
  }, []);
  return path;
}

export function Link(props: { href: string; class?: string; children: preact.ComponentChildren; 'aria-current'?: 'page' }) {
  return (
    <a
      href={props.href}
      class={props.class}
      aria-current={props['aria-current']}
      onClick={(e) => {
        if (e.ctrlKey || e.metaKey || e.shiftKey) return;
        e.preventDefault();
        navigate(props.href);
      }}
    >
      {props.children}
    </a>
  );
}
