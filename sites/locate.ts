import type { Locator } from './site-rule';

// Finds, on a page, the element a taught locator points at. Shared by the record script (reading)
// and the teach script (checking a new rule reads back what the user pointed at).
// Accents, case, spacing and the punctuation around a label ("Né(e) le :", "Ident.") do not count.
const fold = (s: string) =>
  s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/\s+/g, ' ').replace(/^[\s.:：*]+|[\s.:：*]+$/g, '').toLowerCase();
const LABELISH = 'label, th, dt, td, span, strong, b, div, p, legend, em, i, small';

function visible(el: Element): boolean {
  return !(el as HTMLElement).closest('[hidden], [aria-hidden="true"]') && (el as HTMLElement).offsetParent !== null;
}

/** The value next to a label element: its control, the next cell/definition, or its next sibling. */
function valueOf(label: Element): Element | null {
  const forId = label.getAttribute('for');
  if (forId) return label.ownerDocument.getElementById(forId);
  return label.nextElementSibling ?? label.parentElement?.nextElementSibling ?? null;
}

/** Whether the page's browser can use this selector (a rule saved before selectors were checked may hold one it cannot). */
export function selectorWorks(doc: Document, selector: string): boolean {
  try {
    doc.querySelector(selector);
    return true;
  } catch {
    return false;
  }
}

/** The document a locator reads: the page's, or that of the same-origin frame it names (null if gone or foreign). */
export function docOf(doc: Document, loc: Locator): Document | null {
  if (!loc.frame) return doc;
  if (!selectorWorks(doc, loc.frame)) return null;
  try {
    return (doc.querySelector(loc.frame) as HTMLIFrameElement | null)?.contentDocument ?? null;
  } catch {
    return null; // another origin's frame
  }
}

/** Every visible element the locator points at, in page order (several: the page repeats it, as a list does). */
export function locateAll(top: Document, loc: Locator): Element[] {
  const doc = docOf(top, loc);
  if (!doc) return [];
  // A selector that does not parse finds nothing (the label may still); it never throws.
  if (loc.selector && selectorWorks(doc, loc.selector)) {
    const found = [...doc.querySelectorAll(loc.selector)].filter(visible);
    if (found.length) return found;
  }
  const out: Element[] = [];
  if (loc.label) {
    const want = fold(loc.label);
    for (const el of doc.querySelectorAll(LABELISH)) {
      if (el.childElementCount === 0 && fold(el.textContent ?? '') === want && visible(el)) {
        const v = valueOf(el);
        if (v && visible(v)) out.push(v);
      }
    }
    // A label written as bare text before its value ("patient: <b>…</b>").
    if (!out.length) {
      const walk = doc.createTreeWalker(doc.body ?? doc, NodeFilter.SHOW_TEXT);
      for (let n = walk.nextNode(); n; n = walk.nextNode()) {
        const v = (n as Text).nextElementSibling;
        if (v && fold(n.textContent ?? '') === want && visible(v)) out.push(v);
      }
    }
  }
  return out;
}

export function locate(doc: Document, loc: Locator): Element | null {
  return locateAll(doc, loc)[0] ?? null;
}

export function readValue(el: Element): string {
  const v = (el as HTMLInputElement).value;
  return (typeof v === 'string' && el.localName !== 'li' ? v : el.textContent ?? '').replace(/\s+/g, ' ').trim();
}
