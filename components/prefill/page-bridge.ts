import type { PageReplies, PageRequest } from '../../messaging/prefill-page';
import { asDetectionEvent, type DetectionQuery } from '../../messaging/tab-events';
import type { Send } from '../../messaging/client';
import type { RecordPage } from '../../messaging/record-page';

// The panel's line to its record page: the on-demand pre-fill script (injected into the top frame
// only, at first use and again after a reload) and the record content script's patient reading.
export interface PageBridge {
  request<T extends PageRequest>(req: T): Promise<PageReplies[T['type']]>;
  /** The patient key of what the page shows right now, asked afresh; null when not certain. */
  currentPatientKey(): Promise<string | null>;
}

export function browserBridge(page: RecordPage, send: Send): PageBridge {
  const ask = (req: PageRequest) => page.ask(req);
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
    async currentPatientKey(): Promise<string | null> {
      const query: DetectionQuery = { type: 'tab.getDetection' };
      const event = asDetectionEvent(await page.ask(query).catch(() => null));
      if (event?.detection.kind !== 'patient') return null;
      const status = await send({ type: 'patient.status', patient: event.detection.patient });
      return status.status === 'ok' ? status.patientKey : null;
    },
  };
}
