import { browser } from 'wxt/browser';
import { asHandoffRequest, type ActsReply, type HandoffReply, type ListsReply } from '../../messaging/handoff-page';
import { readActsTable } from '../../sites/acts-table';
import { readRecordLists } from '../../sites/record-lists';
import { findNoteField } from '../../sites/note-field';
import { writeValue } from '../../sites/forms/native-value';
import { send } from '../../messaging/client';

// The record page's half of the intake hand-off, injected on demand by the panel into the top
// frame. It reads the record's note field, or writes the text the panel composed into it the way
// typing would (native setter + input event), so the record software's own "save" keeps it.
// It also reads the vaccinations listed on the page, for the prevention reminders, and the
// patient's allergies, treatments and history, proposed in the review items.
export default defineContentScript({
  registration: 'runtime',
  main() {
    const g = globalThis as { __preconsultHandoff?: true };
    if (g.__preconsultHandoff) return;
    g.__preconsultHandoff = true;

    // A site taught by the user may name its note field in the rule.
    const noteField = async () => {
      const rules = await send({ type: 'siteRules.forUrl', url: location.href }).then((r) => r.rules, () => []);
      return findNoteField(document, rules[0]?.fields.noteField);
    };

    browser.runtime.onMessage.addListener((message, sender) => {
      if (sender.id !== browser.runtime.id) return undefined;
      const req = asHandoffRequest(message);
      if (!req) return undefined;
      if (req.type === 'ho.acts') {
        const acts: ActsReply = { acts: readActsTable(document) };
        return Promise.resolve(acts);
      }
      if (req.type === 'ho.lists') {
        const lists: ListsReply = { lists: readRecordLists(document) };
        return Promise.resolve(lists);
      }
      return noteField().then((field): HandoffReply => {
        if (!field) return { found: false };
        if (req.type === 'ho.read') return { found: true, text: field.value };
        // Someone typed in the note since the panel read it: write nothing, let the panel redo it.
        if (field.value !== req.expected) return { found: true, text: field.value, written: false };
        writeValue(field, req.text);
        return { found: true, text: field.value, written: true };
      });
    });
  },
});
