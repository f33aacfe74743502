import { useEffect, useState, type MutableRef } from 'preact/hooks';

// Is this element on screen? The panel stays loaded while the overlay is collapsed (reopening is
// instant), so what the pre-fill tab does by itself — reading the record page, noticing a form —
// must stop while the user cannot see it. Without IntersectionObserver, it counts as shown.
export function useShown(ref: MutableRef<Element | null>): boolean {
  const [shown, setShown] = useState(true);
  useEffect(() => {
    const el = ref.current;
    if (!el || typeof IntersectionObserver === 'undefined') return undefined;
    const io = new IntersectionObserver((entries) => {
      const last = entries[entries.length - 1];
      if (last) setShown(last.isIntersecting);
    });
    io.observe(el);
    return () => io.disconnect();
  }, [ref.current]);
  return shown;
}
