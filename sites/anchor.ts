import type { Locator } from './site-rule';
import { locateAll } from './locate';

// Turns the element the user pointed at into a durable locator: a stable attribute of the element
// if it has one, else the words of its label. Generated ids/classes and positions are never used.
// (data-fieldname: Frappe/ERPNext forms; formcontrolname: Angular forms.)
const STABLE_ATTRS = ['data-testid', 'data-test', 'data-qa', 'data-field', 'data-fieldname', 'formcontrolname', 'name', 'itemprop', 'aria-label'];
const generated = (v: string) => /\d{3,}|[:_]r\d|^[a-f0-9-]{8,}$/i.test(v) || v.length > 60;

function attributeSelector(el: Element): string | undefined {
  const id = el.id;
  if (id && /^[A-Za-z][\w-]*$/.test(id) && !generated(id)) return `#${CSS.escape(id)}`;
  for (const a of STABLE_ATTRS) {
    const v = el.getAttribute(a);
    if (v && !generated(v)) return `${el.localName}[${a}="${CSS.escape(v)}"]`;
  }
  return undefined;
}

/** The locator of a frame element in its parent page, when it has a stable attribute and is the only match. */
export function frameAnchor(frame: Element): string | undefined {
  const selector = attributeSelector(frame);
  return selector && frame.ownerDocument.querySelectorAll(selector).length === 1 ? selector : undefined;
}

/** Label-like text: short, with letters, not a value (no run of digits like a date or number). */
const short = (s: string | null | undefined) => {
  const t = (s ?? '').replace(/\s+/g, ' ').trim();
  return t && t.length <= 40 && /\p{L}/u.test(t) && !/\d{2}/.test(t) ? t : undefined;
};

function labelText(el: Element): string | undefined {
  const control = el as HTMLInputElement;
  if (control.labels?.[0]) return short(control.labels[0].textContent);
  // A label written as bare text just before the value ("patient: <b>…</b>").
  const text = el.previousSibling;
  if (text?.nodeType === 3 && short(text.textContent)) return short(text.textContent);
  const prev = el.previousElementSibling;
  if (prev && prev.childElementCount === 0 && short(prev.textContent)) return short(prev.textContent);
  const cellPrev = el.parentElement?.previousElementSibling;
  if (cellPrev && cellPrev.childElementCount === 0 && el.parentElement!.childElementCount === 1) return short(cellPrev.textContent);
  return undefined;
}

/** A locator that finds this element again on the same page, or null when none is durable. */
export function anchorFor(el: Element): Locator | null {
  const doc = el.ownerDocument;
  const selector = attributeSelector(el);
  const label = labelText(el);
  const candidates: Locator[] = [
    ...(selector ? [{ selector, ...(label ? { label } : {}) }] : []),
    ...(label ? [{ label }] : []),
  ];
  // Rather a locator that finds this element only; else one that finds it first.
  const all = candidates.map((c) => locateAll(doc, c));
  const i = all.findIndex((found) => found.length === 1 && found[0] === el);
  return candidates[i >= 0 ? i : all.findIndex((found) => found[0] === el)] ?? null;
}
