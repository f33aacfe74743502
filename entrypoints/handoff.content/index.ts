import { browser } from 'wxt/browser';
import { asHandoffRequest, type ActsReply, type HandoffReply } from '../../messaging/handoff-page';
import { readActsTable } from '../../sites/acts-table';
import { findNoteField } from '../../sites/note-field';
import { writeValue } from '../../sites/forms/native-value';

// The record page's half of the intake hand-off, injected on demand by the panel into the top
// frame. It reads the record's note field, or writes the text the panel composed into it the way
// typing would (native setter + input event), so the record software's own "save" keeps it.
// It also reads the vaccinations listed on the page, for the prevention reminders.
export default defineContentScript({
  registration: 'runtime',
  main() {
    const g = globalThis as { __preconsultHandoff?: true };
    if (g.__preconsultHandoff) return;
    g.__preconsultHandoff = true;

    browser.runtime.onMessage.addListener((message, sender) => {
      if (sender.id !== browser.runtime.id) return undefined;
      const req = asHandoffRequest(message);
      if (!req) return undefined;
      if (req.type === 'ho.acts') {
        const acts: ActsReply = { acts: readActsTable(document) };
        return Promise.resolve(acts);
      }
      const field = findNoteField(document);
      let reply: HandoffReply;
      if (!field) reply = { found: false };
      else if (req.type === 'ho.read') reply = { found: true, text: field.value };
      // Someone typed in the note since the panel read it: write nothing, let the panel redo it.
      else if (field.value !== req.expected) reply = { found: true, text: field.value, written: false };
      else {
        writeValue(field, req.text);
        reply = { found: true, text: field.value, written: true };
      }
      return Promise.resolve(reply);
    });
  },
});
