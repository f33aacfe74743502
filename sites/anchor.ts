import type { Locator } from './site-rule';
import { locate } from './locate';

// Turns the element the user pointed at into a durable locator: a stable attribute of the element
// if it has one, else the words of its label. Generated ids/classes and positions are never used.
const STABLE_ATTRS = ['data-testid', 'data-test', 'data-qa', 'data-field', 'name', 'itemprop', 'aria-label'];
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

/** Label-like text: short, with letters, not a value (no run of digits like a date or number). */
const short = (s: string | null | undefined) => {
  const t = (s ?? '').replace(/\s+/g, ' ').trim();
  return t && t.length <= 40 && /\p{L}/u.test(t) && !/\d{2}/.test(t) ? t : undefined;
};

function labelText(el: Element): string | undefined {
  const control = el as HTMLInputElement;
  if (control.labels?.[0]) return short(control.labels[0].textContent);
  const prev = el.previousElementSibling;
  if (prev && prev.childElementCount === 0) return short(prev.textContent);
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
  return candidates.find((c) => locate(doc, c) === el) ?? null;
}
