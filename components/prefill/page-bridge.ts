import type { PageReplies, PageRequest } from '../../messaging/prefill-page';
import { asDetectionEvent, type DetectionQuery } from '../../messaging/tab-events';
import type { Send } from '../../messaging/client';
import type { RecordPage } from '../../messaging/record-page';
import type { PatientTraits } from '../../sites/forms/same-patient';

// The panel's line to its record page: the on-demand pre-fill script (injected into the top frame
// only, at first use and again after a reload) and the record content script's patient reading.
export interface PageBridge {
  request<T extends PageRequest>(req: T): Promise<PageReplies[T['type']]>;
  /** The patient key of what the page shows right now, asked afresh; null when not certain. */
  currentPatientKey(): Promise<string | null>;
  /** How many times the page changed so far, as the record script counts (null: it does not say). */
  pageChanges?(): Promise<number | null>;
}

export function browserBridge(page: RecordPage, send: Send): PageBridge {
  // The patient the last check found on the page: a fill carries it, and the page script compares
  // it with what the page shows in the same task as the write (sites/forms/same-patient.ts).
  let verified: PatientTraits | undefined;
  const ask = (req: PageRequest) => page.ask(req.type === 'pf.fill' ? { ...req, expect: verified } : req);
  return {
    async request<T extends PageRequest>(req: T): Promise<PageReplies[T['type']]> {
      let reply: unknown = await ask(req).catch(() => undefined);
      if (reply === undefined) {
        // Not injected yet (or the page reloaded since): inject, then ask again.
        await page.inject('prefill');
        reply = await ask(req);
      }
      if (reply === undefined || reply === null) throw new Error('no reply from the page');
      return reply as PageReplies[T['type']];
    },
    async pageChanges(): Promise<number | null> {
      const query: DetectionQuery = { type: 'tab.getDetection' };
      const changes = asDetectionEvent(await page.ask(query).catch(() => null))?.changes;
      return typeof changes === 'number' ? changes : null;
    },
    async currentPatientKey(): Promise<string | null> {
      const query: DetectionQuery = { type: 'tab.getDetection' };
      verified = undefined;
      const event = asDetectionEvent(await page.ask(query).catch(() => null));
      if (event?.detection.kind !== 'patient') return null;
      const { patient } = event.detection;
      const status = await send({ type: 'patient.status', patient });
      if (status.status !== 'ok') return null;
      verified = { birthName: patient.birthName, firstNames: patient.firstNames, birthDate: patient.birthDate, recordId: patient.recordId };
      return status.patientKey;
    },
  };
}
