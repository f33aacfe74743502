import { browser } from 'wxt/browser';
import { asPageRequest, type FillRequest, type PageReplies, type PageRequest } from '../../messaging/prefill-page';
import { readLabelValuePairs } from '../../sites/label-pairs';
import { collectFields } from '../../sites/forms/collect-fields';
import { fill, readBack, undoFill, type UndoRecord } from '../../sites/forms/fill';
import { formSignature } from '../../sites/forms/form-signature';
import type { CollectedField } from '../../sites/forms/field-descriptor';
import { clearMarks, showMarks } from './marks';
import { PATIENT_NOW, stillShows, type PatientTraits } from '../../sites/forms/same-patient';
import { cancelPick, fieldLabel, insertText, pickField } from './pick';
import { answering } from '../../messaging/answer';

// The record page's half of pre-fill, injected on demand by the panel (scripting.executeScript)
// into the top frame only. It reads, lists, outlines and fills when the panel asks; it never
// decides what goes where, and it writes nothing unless asked after the user's click.
export default defineContentScript({
  registration: 'runtime',
  main() {
    // Injected again at each use: one listener per page, whatever the number of injections.
    const g = globalThis as { __preconsultPrefill?: true };
    if (g.__preconsultPrefill) return;
    g.__preconsultPrefill = true;

    let listed: { token: string; fields: CollectedField[] } | null = null;
    let lastUndo: UndoRecord | null = null;
    let picked: { token: string; el: HTMLElement } | null = null;

    const pick = async (hint: string): Promise<PageReplies['pf.pick']> => {
      picked = null;
      const result = await pickField(hint);
      if (typeof result === 'string') return { picked: false, reason: result };
      picked = { token: crypto.randomUUID(), el: result };
      return { picked: true, token: picked.token, label: fieldLabel(result) };
    };

    const undo = async (): Promise<PageReplies['pf.undo']> => {
      const record = lastUndo;
      lastUndo = null;
      if (!record) return { restored: 0, skipped: 0 };
      const r = undoFill(record);
      // A radio group that had no choice cannot be emptied through the page's own events: a
      // framework re-checks it from its state. Let it re-render, then count what stayed checked.
      await new Promise((done) => setTimeout(done, 50));
      const stuck = record.entries.filter((e) => e.kind === 'radio' && e.previous < 0 && e.elements[e.written]?.checked).length;
      return { restored: r.restored - stuck, skipped: r.skipped.length + stuck };
    };

    const fillNow = async (req: FillRequest): Promise<PageReplies['pf.fill']> => {
      clearMarks();
      // The preview was made on fields that must still be the ones on the page.
      if (listed?.token !== req.token || listed.fields.some((f) => f.elements.some((e) => !e.isConnected))) {
        return { current: false, filled: [], skipped: [], written: [] };
      }
      // The patient, read again in this very task: an SPA may have switched since the panel checked.
      const readNow = (globalThis as Record<string, unknown>)[PATIENT_NOW] as (() => PatientTraits | null) | undefined;
      if (!stillShows(req.expect, readNow?.())) return { current: false, patientChanged: true, filled: [], skipped: [], written: [] };
      const fields = listed.fields;
      const plan = req.plan.flatMap((p) => (fields[p.index] ? [{ field: fields[p.index]!, key: p.key, text: p.text }] : []));
      const result = fill(plan, req.values);
      lastUndo = result.undo;
      // Read back once the page's framework has re-rendered: what it kept is what counts.
      await new Promise((done) => setTimeout(done, 50));
      return {
        current: true,
        filled: result.filled.map((e) => fields.indexOf(e.field)),
        skipped: result.skipped.map((e) => ({ index: fields.indexOf(e.field), reason: e.reason })),
        written: plan.map((e) => ({ index: fields.indexOf(e.field), text: readBack(e.field) })),
      };
    };

    const handle = (req: PageRequest): PageReplies[PageRequest['type']] | Promise<PageReplies['pf.undo' | 'pf.pick' | 'pf.fill']> => {
      switch (req.type) {
        case 'pf.read':
          return { pairs: readLabelValuePairs(document), origin: location.origin };
        case 'pf.collect': {
          const fields = collectFields(document);
          listed = { token: crypto.randomUUID(), fields };
          return { token: listed.token, signature: formSignature(document), origin: location.origin, fields: fields.map((f) => f.descriptor) };
        }
        case 'pf.count':
          // Text-like inputs, selects and text areas of the top document: enough to notice a form.
          return { fields: document.querySelectorAll('input:not([type=hidden]):not([type=submit]):not([type=button]), select, textarea').length };
        case 'pf.outline': {
          if (listed?.token !== req.token) return { shown: 0 };
          const items = req.items.flatMap((i) => (listed!.fields[i.index] ? [{ field: listed!.fields[i.index]!, text: i.text }] : []));
          return { shown: showMarks(items) };
        }
        case 'pf.clear':
          clearMarks();
          return { cleared: true };
        case 'pf.fill':
          return fillNow(req);
        case 'pf.undo':
          return undo();
        case 'pf.pick':
          return pick(req.hint);
        case 'pf.pickCancel':
          cancelPick();
          return { cancelled: true };
        case 'pf.insert': {
          // Only into the field picked for this token, once.
          const target = picked?.token === req.token ? picked.el : null;
          picked = null;
          return { inserted: target ? insertText(target, req.text) : false };
        }
      }
    };

    browser.runtime.onMessage.addListener(answering((message: unknown, sender: { id?: string }) => {
      if (sender.id !== browser.runtime.id) return undefined;
      const req = asPageRequest(message);
      return req ? Promise.resolve(handle(req)) : undefined;
    }));
  },
});
