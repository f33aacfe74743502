import {
  asActsReply, asHandoffReply, asListsReply, asVitalsFillReply, asVitalsPreviewReply, asVitalsUndoReply,
  type ActsReply, type HandoffReply, type HandoffRequest, type ListsReply, type VitalsFillReply, type VitalsPreviewReply, type VitalsUndoReply,
} from '../../messaging/handoff-page';
import type { VitalFieldKey, VitalFieldValues } from '../../clinical/intake';
import { asDetectionEvent, type DetectionQuery } from '../../messaging/tab-events';
import type { PatientContext } from '../../clinical/identity/patient-context';
import type { RecordPage } from '../../messaging/record-page';
import { samePatient } from '../notes/workspace';

// The panel's side of the hand-off: injects the on-demand content script into the record page's
// top frame (idempotent) and asks it to read or write the note field. Before each use it asks the
// record page's own content script who is shown: a note of another patient is never read as
// this one's, nor written into.
export interface NoteFieldAccess {
  read(): Promise<HandoffReply>;
  write(text: string, expected: string): Promise<HandoffReply>;
  /** Vaccinations listed on the page shown (name and date as text). */
  acts?(): Promise<ActsReply['acts']>;
  /** Allergies, current treatments and history listed on the page shown (lines of text). */
  lists?(): Promise<ListsReply['lists']>;
  /** The record page's vital-signs fields: preview, fill (after the user's click), undo. */
  vitals?: VitalsFieldAccess;
}

export interface VitalsFieldAccess {
  preview(): Promise<VitalsPreviewReply>;
  fill(token: string, plan: { index: number; key: VitalFieldKey }[], values: VitalFieldValues): Promise<VitalsFillReply>;
  undo(): Promise<VitalsUndoReply>;
}

export class OtherPatientShown extends Error {}

export function noteFieldAccess(page: RecordPage, patient: PatientContext): NoteFieldAccess {
  const ask = async (req: HandoffRequest): Promise<unknown> => {
    const query: DetectionQuery = { type: 'tab.getDetection' };
    const shown = asDetectionEvent(await page.ask(query).catch(() => null));
    if (shown?.detection.kind !== 'patient' || !samePatient(shown.detection.patient, patient)) throw new OtherPatientShown();
    await page.inject('handoff');
    return page.ask(req);
  };
  const must = <T>(reply: T | null): T => {
    if (!reply) throw new Error('no reply from the record page');
    return reply;
  };
  const field = async (req: HandoffRequest) => {
    const reply = asHandoffReply(await ask(req));
    if (!reply) throw new Error('no reply from the record page');
    return reply;
  };
  return {
    read: () => field({ type: 'ho.read' }),
    write: (text, expected) => field({ type: 'ho.write', text, expected }),
    acts: async () => {
      const reply = asActsReply(await ask({ type: 'ho.acts' }));
      if (!reply) throw new Error('no reply from the record page');
      return reply.acts;
    },
    vitals: {
      preview: async () => must(asVitalsPreviewReply(await ask({ type: 'ho.vitalsPreview' }))),
      fill: async (token, plan, values) => must(asVitalsFillReply(await ask({ type: 'ho.vitalsFill', token, plan, values }))),
      undo: async () => must(asVitalsUndoReply(await ask({ type: 'ho.vitalsUndo' }))),
    },
    lists: async () => {
      const reply = asListsReply(await ask({ type: 'ho.lists' }));
      if (!reply) throw new Error('no reply from the record page');
      return reply.lists;
    },
  };
}
