import { demoSelectors } from './demo';

// Where the record software keeps the consultation note: the field the intake hand-off block is
// written into and read back from. One selector per adapter; the first visible match wins.
const NOTE_FIELDS = [demoSelectors.noteField];

export function findNoteField(doc: Document): HTMLTextAreaElement | HTMLInputElement | null {
  for (const sel of NOTE_FIELDS) {
    const el = doc.querySelector(sel);
    if ((el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement) && !el.disabled && !el.readOnly && el.getClientRects().length > 0) return el;
  }
  return null;
}
