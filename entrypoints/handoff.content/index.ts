import { browser } from 'wxt/browser';
import { asHandoffRequest, type ActsReply, type HandoffReply, type HandoffRequest, type ListsReply, type VitalsFillReply, type VitalsPreviewReply, type VitalsUndoReply } from '../../messaging/handoff-page';
import { collectFields } from '../../sites/forms/collect-fields';
import { proposeVitalMapping } from '../../sites/forms/classify-vital';
import { fillVitals } from '../../sites/forms/fill-vitals';
import { undoFill, type UndoRecord } from '../../sites/forms/fill';
import type { CollectedField } from '../../sites/forms/field-descriptor';
import { readActsTable } from '../../sites/acts-table';
import { readRecordLists } from '../../sites/record-lists';
import { findNoteField } from '../../sites/note-field';
import { writeValue } from '../../sites/forms/native-value';
import { send } from '../../messaging/client';
import { answering } from '../../messaging/answer';

// The record page's half of the intake hand-off, injected on demand by the panel into the top
// frame. It reads the record's note field, or writes the text the panel composed into it the way
// typing would (native setter + input event), so the record software's own "save" keeps it.
// It also reads the vaccinations listed on the page, for the prevention reminders, and the
// patient's allergies, treatments and history, proposed in the review items. Where the page has
// vital-signs fields, it lists them with what each asks for (preview), fills them with the
// intake's measures when the panel asks after the user's click, and can undo that fill.
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

    let listed: { token: string; fields: CollectedField[] } | null = null;
    let lastUndo: UndoRecord | null = null;
    const vitals = (req: Extract<HandoffRequest, { type: `ho.vitals${string}` }>): VitalsPreviewReply | VitalsFillReply | VitalsUndoReply => {
      if (req.type === 'ho.vitalsPreview') {
        const fields = collectFields(document);
        listed = { token: crypto.randomUUID(), fields };
        return {
          token: listed.token,
          fields: proposeVitalMapping(fields).map((p) => {
            const d = fields[p.index]!.descriptor;
            return { index: p.index, key: p.key, label: d.labels[0] || d.ariaLabel || d.placeholder || d.name };
          }),
        };
      }
      if (req.type === 'ho.vitalsUndo') {
        const record = lastUndo;
        lastUndo = null;
        if (!record) return { restored: 0, skipped: 0 };
        const r = undoFill(record);
        return { restored: r.restored, skipped: r.skipped.length };
      }
      // The preview was made on fields that must still be the ones on the page.
      if (listed?.token !== req.token || listed.fields.some((f) => f.elements.some((e) => !e.isConnected))) return { current: false, filled: [], skipped: [] };
      const fields = listed.fields;
      const plan = req.plan.flatMap((p) => (fields[p.index] ? [{ field: fields[p.index]!, key: p.key }] : []));
      const result = fillVitals(plan, req.values);
      lastUndo = result.undo;
      return {
        current: true,
        filled: result.filled.map((e) => fields.indexOf(e.field)),
        skipped: result.skipped.map((e) => ({ index: fields.indexOf(e.field), reason: e.reason })),
      };
    };

    browser.runtime.onMessage.addListener(answering((message, sender) => {
      if (sender.id !== browser.runtime.id) return undefined;
      const req = asHandoffRequest(message);
      if (!req) return undefined;
      if (req.type === 'ho.acts') {
        const acts: ActsReply = { acts: readActsTable(document) };
        return Promise.resolve(acts);
      }
      if (req.type === 'ho.vitalsPreview' || req.type === 'ho.vitalsFill' || req.type === 'ho.vitalsUndo') return Promise.resolve(vitals(req));
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
    }));
  },
});
