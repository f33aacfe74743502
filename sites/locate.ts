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

export function locate(doc: Document, loc: Locator): Element | null {
  // A selector that does not parse finds nothing (the label may still); it never throws.
  if (loc.selector && selectorWorks(doc, loc.selector)) {
    for (const el of doc.querySelectorAll(loc.selector)) if (visible(el)) return el;
  }
  if (loc.label) {
    const want = fold(loc.label);
    for (const el of doc.querySelectorAll(LABELISH)) {
      if (el.childElementCount === 0 && fold(el.textContent ?? '') === want && visible(el)) {
        const v = valueOf(el);
        if (v && visible(v)) return v;
      }
    }
  }
  return null;
}

export function readValue(el: Element): string {
  const v = (el as HTMLInputElement).value;
  return (typeof v === 'string' && el.localName !== 'li' ? v : el.textContent ?? '').replace(/\s+/g, ' ').trim();
}
