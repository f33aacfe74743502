import { sameOriginDocument } from './frames';
import { isHidden } from './forms/field-state';
import { tidyText } from './forms/text-normalize';

// Label/value pairs shown on a record page (administrative file, identity banner), read as text.
// Generic shapes only, most record software uses one of them: definition lists (dt/dd), two-cell
// table rows (th/td), and label/value siblings (class names containing "label" and "value").
// Hidden elements can hold another view's values: only what is rendered is read. Same-origin
// frames (framesets of older record software) are read too; other origins cannot be, nor are.

export interface PagePair {
  label: string;
  value: string;
}

const MAX_PAIRS = 200;

export function readLabelValuePairs(doc: Document, out: PagePair[] = [], depth = 0): PagePair[] {
  const push = (labelEl: Element, valueEl: Element | null) => {
    if (!valueEl || out.length >= MAX_PAIRS || isHidden(labelEl) || isHidden(valueEl)) return;
    const label = tidyText(labelEl.textContent ?? '').replace(/\s*:$/, '');
    const value = tidyText(valueEl.textContent ?? '', 300);
    if (label && label.length <= 80 && value.length <= 300) out.push({ label, value });
  };
  for (const dt of Array.from(doc.querySelectorAll('dt'))) {
    const next = dt.nextElementSibling;
    push(dt, next?.tagName === 'DD' ? next : null);
  }
  for (const row of Array.from(doc.querySelectorAll('tr'))) {
    const cells = Array.from(row.children);
    if (cells.length === 2 && cells[0]!.tagName === 'TH' && cells[1]!.tagName === 'TD') push(cells[0]!, cells[1]!);
  }
  for (const label of Array.from(doc.querySelectorAll('[class*="label" i]'))) {
    const next = label.nextElementSibling;
    if (next && /value/i.test(next.getAttribute('class') ?? '')) push(label, next);
  }
  if (depth < 3) {
    for (const frame of Array.from(doc.querySelectorAll<HTMLIFrameElement>('iframe, frame'))) {
      const inner = sameOriginDocument(frame);
      if (inner && !isHidden(frame)) readLabelValuePairs(inner, out, depth + 1);
    }
  }
  return out;
}
