import { demoSelectors } from './demo';
import { locate } from './locate';
import type { Locator } from './site-rule';

// Where the record software keeps the consultation note: the field the intake hand-off block is
// written into and read back from. One selector per adapter; the first visible match wins.
const NOTE_FIELDS = [demoSelectors.noteField];

const usable = (el: Element | null): el is HTMLTextAreaElement | HTMLInputElement =>
  (el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement) && !el.disabled && !el.readOnly && el.getClientRects().length > 0;

/** The adapters' note fields first, then the one the user pointed at when teaching the site. */
export function findNoteField(doc: Document, taught?: Locator): HTMLTextAreaElement | HTMLInputElement | null {
  for (const sel of NOTE_FIELDS) {
    const el = doc.querySelector(sel);
    if (usable(el)) return el;
  }
  if (taught) {
    const el = locate(doc, taught);
    if (usable(el)) return el;
  }
  return null;
}
