import { asActsReply, asHandoffReply, asListsReply, type ActsReply, type HandoffReply, type HandoffRequest, type ListsReply } from '../../messaging/handoff-page';
import { asDetectionEvent, type DetectionQuery } from '../../messaging/tab-events';
import type { PatientContext } from '../../sites/patient-context';
import type { RecordPage } from '../../messaging/record-page';
import { samePatient } from '../workspace';

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
    lists: async () => {
      const reply = asListsReply(await ask({ type: 'ho.lists' }));
      if (!reply) throw new Error('no reply from the record page');
      return reply.lists;
    },
  };
}
