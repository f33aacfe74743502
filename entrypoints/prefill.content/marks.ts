import type { CollectedField } from '../../sites/forms/field-descriptor';

// Preview marks on the record page: each field about to be filled is outlined, with the value it
// will receive in a small tag over it. The tags live in a closed shadow root (the page's CSS and
// scripts cannot restyle or read them through it); outlines are inline styles put back afterwards.
interface Outlined { el: HTMLElement; outline: string; offset: string }
let outlined: Outlined[] = [];
let host: HTMLElement | null = null;
let watcher: MutationObserver | null = null;

export function clearMarks(): void {
  watcher?.disconnect();
  watcher = null;
  for (const o of outlined) {
    o.el.style.outline = o.outline;
    o.el.style.outlineOffset = o.offset;
  }
  outlined = [];
  host?.remove();
  host = null;
}

/** Position of an element in the top document, through same-origin frames. */
function pageRect(el: HTMLElement): { top: number; left: number; width: number; height: number } {
  const r = el.getBoundingClientRect();
  let top = r.top;
  let left = r.left;
  for (let win: Window | null = el.ownerDocument.defaultView; win && win !== window.top && win.frameElement; win = win.parent) {
    const f = win.frameElement.getBoundingClientRect();
    top += f.top;
    left += f.left;
  }
  return { top: top + scrollY, left: left + scrollX, width: r.width, height: r.height };
}

export function showMarks(items: { field: CollectedField; text: string }[]): number {
  clearMarks();
  host = document.createElement('preconsult-prefill-marks');
  host.style.cssText = 'position:absolute;top:0;left:0;width:0;height:0;z-index:2147483646;';
  const root = host.attachShadow({ mode: 'closed' });
  for (const { field, text } of items) {
    const el = field.elements[0];
    if (!el?.isConnected) continue;
    for (const target of field.elements) {
      outlined.push({ el: target, outline: target.style.outline, offset: target.style.outlineOffset });
      target.style.outline = '2px dashed #1a5fb4';
      target.style.outlineOffset = '1px';
    }
    const pos = pageRect(el);
    const tag = document.createElement('span');
    tag.textContent = text;
    // Inside the (still empty) field, like the value it is about to receive.
    tag.style.cssText = `position:absolute;top:${pos.top + Math.max(0, (pos.height - 16) / 2)}px;left:${pos.left + 3}px;` +
      `max-width:${Math.max(40, pos.width - 6)}px;overflow:hidden;white-space:nowrap;text-overflow:ellipsis;` +
      'font:12px/16px system-ui,sans-serif;padding:0 4px;background:#1a5fb4e6;color:#fff;border-radius:3px;pointer-events:none;';
    root.append(tag);
  }
  document.documentElement.append(host);
  // A tag must never float over another view: when the page removes a marked field (patient
  // switch, tab change), every mark goes.
  watcher = new MutationObserver(() => {
    if (outlined.some((o) => !o.el.isConnected)) clearMarks();
  });
  watcher.observe(document.body, { childList: true, subtree: true });
  return items.length;
}
