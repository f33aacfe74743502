import { clean } from '../../clinical/identity/text';

// Only what the user sees counts: a form kept in the DOM but hidden can hold another patient.
// Two levels: `hiddenByMarkup` prunes subtrees during the walk from attributes and inline styles
// (no style computation); `isRendered` runs on the few elements that yielded a fact and asks the
// browser (stylesheets included).

// <option>s are read through their <select>. Préconsult's own overlay (the launcher naming the
// patient read before) is no part of the page.
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'head', 'title', 'link', 'svg', 'canvas', 'option', 'datalist', 'preconsult-overlay']);

export function hiddenByMarkup(el: Element): boolean {
  const tag = el.localName;
  if (SKIP.has(tag) || el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  if (tag === 'input' && (el as HTMLInputElement).type === 'hidden') return true;
  if (tag === 'dialog' && !el.hasAttribute('open')) return true;
  // Closed <details>: only its <summary> shows.
  const p = el.parentElement;
  if (p?.localName === 'details' && !p.hasAttribute('open') && tag !== 'summary') return true;
  // Only elements with a style attribute: reading `.style` elsewhere would allocate for nothing.
  if (!el.hasAttribute('style')) return false;
  const st = (el as HTMLElement).style;
  return st.display === 'none' || st.visibility === 'hidden' || st.visibility === 'collapse' || st.opacity === '0';
}

// Answers of one reading (several facts share elements); forgotten at the next reading, since
// what is hidden changes (a tab shown, a panel collapsed) without the element changing.
let seen = new WeakMap<Element, boolean>();
export function newReading(): void {
  seen = new WeakMap();
}

/** Rendered and visible per the browser: `checkVisibility`, else computed styles up the tree. */
export function isRendered(el: Element): boolean {
  let r = seen.get(el);
  if (r !== undefined) return r;
  const cv = (el as Element & { checkVisibility?: (o?: object) => boolean }).checkVisibility;
  if (cv) {
    // Option names changed in Chrome 121; older browsers read the first two.
    r = cv.call(el, { checkVisibilityCSS: true, checkOpacity: true, visibilityProperty: true, opacityProperty: true });
    // `display: contents` boxes report invisible although their children show.
    const p = el.parentElement;
    if (!r && p && el.ownerDocument.defaultView?.getComputedStyle(el).display === 'contents') r = isRendered(p);
  } else {
    r = true;
    const win = el.ownerDocument.defaultView;
    for (let e: Element | null = el; e && win && r; e = e.parentElement) {
      const s = win.getComputedStyle(e);
      r = s.display !== 'none' && s.visibility !== 'hidden';
    }
  }
  seen.set(el, r);
  return r;
}

/** The value a form control shows, '' when empty, unchecked or hidden. */
export function controlValue(el: Element): string {
  if (el.localName === 'select') {
    const o = (el as HTMLSelectElement).selectedOptions?.[0];
    return o ? clean(o.textContent ?? '') : '';
  }
  const i = el as HTMLInputElement;
  if (i.type === 'radio') return i.checked ? radioWords(i) : '';
  if (i.type === 'checkbox') return i.checked ? i.value : '';
  return hiddenByMarkup(el) ? '' : clean(i.value ?? '');
}

/**
 * A checked radio shows the words right after it (« (•) Male ( ) Female »: a text, a span, its own
 * label), not its coded value; a label elsewhere pointing at it may be the group's caption.
 */
function radioWords(i: HTMLInputElement): string {
  const next = i.nextSibling;
  const after = next?.nodeType === 3 && /\S/.test(next.nodeValue ?? '') ? next.nodeValue : /^(span|label)$/.test(i.nextElementSibling?.localName ?? '') ? i.nextElementSibling!.textContent : '';
  return clean(after ?? '') || clean(i.closest('label')?.textContent ?? '') || i.value;
}

/** Visible text of an element, hidden descendants left out; pieces joined by spaces. */
export function textOf(el: Element, max = 400): string {
  let out = '';
  const go = (n: Node) => {
    if (out.length > max) return;
    // Indentation between tags is not text: it must not fill `max` (a cell holding a control after a line break).
    if (n.nodeType === 3) out += /\S/.test(n.nodeValue!) ? ' ' + n.nodeValue : '';
    else if (n.nodeType === 1 && !hiddenByMarkup(n as Element)) {
      const e = n as Element;
      if (/^(input|select|textarea)$/.test(e.localName)) out += ' ' + controlValue(e);
      else e.childNodes.forEach(go);
    }
  };
  go(el);
  return clean(out);
}

/**
 * Inside such an element (a button, a label, a header cell). A box made clickable as a whole
 * (OpenMRS's patient banner is one `role="button"` leading to the chart) is no button label.
 */
export function within(el: Element, selector: string): boolean {
  const c = el.closest(selector);
  return !!c && !(c.getAttribute('role') === 'button' && textOf(c, 80).length > 40);
}
