// The overlay's host element and shadow root, hand-made rather than WXT's createShadowRootUi to keep
// the record-page script within its size budget. Styles are adopted into the shadow root (no page
// CSS in, none out); typing in the overlay does not reach the host page's keyboard shortcuts.
const ISOLATED_EVENTS = ['keydown', 'keyup', 'keypress', 'input', 'change', 'focusin', 'focusout', 'paste', 'copy', 'cut'];

export function mountShadowHost(anchor: HTMLElement, css: string, signal: AbortSignal): HTMLElement {
  const doc = anchor.ownerDocument;
  const host = doc.createElement('preconsult-overlay');
  host.style.setProperty('all', 'initial', 'important');
  const shadow = host.attachShadow({ mode: 'open' });
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    shadow.adoptedStyleSheets = [sheet];
  } catch {
    const style = doc.createElement('style'); // older engines: a plain style element
    style.textContent = css;
    shadow.append(style);
  }
  const container = doc.createElement('div');
  shadow.append(container);
  for (const type of ISOLATED_EVENTS) host.addEventListener(type, (e) => e.stopPropagation());
  anchor.append(host);
  if (signal.aborted) host.remove(); // an 'abort' listener added after the fact never fires
  else signal.addEventListener('abort', () => host.remove());
  return container;
}
