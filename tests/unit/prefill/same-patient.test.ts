import { describe, expect, it } from 'vitest';
import { stillShows } from '../../../sites/forms/same-patient';
import { browserBridge } from '../../../components/prefill/page-bridge';
import type { RecordPage } from '../../../messaging/record-page';
import type { Send } from '../../../messaging/client';

// Pre-fill re-checks the patient in the same task as the write (an SPA may switch in between).
const A = { birthName: 'DURAND', firstNames: 'Léa', birthDate: '2001-02-03', recordId: 'P1' };
const patient = { ...A, adapter: 'demo', origin: 'https://dpi.example', confidence: 1 };

describe('same patient at the moment of the write', () => {
  it('compares the traits the page shows now with those the panel checked', () => {
    expect(stillShows(A, { ...A, birthName: 'Durand', firstNames: 'LEA' })).toBe(true);
    expect(stillShows(A, { ...A, recordId: 'P2' })).toBe(false);
    expect(stillShows(A, { ...A, birthDate: '2001-02-04' })).toBe(false);
    expect(stillShows(A, null)).toBe(false); // no reading: nothing written
    expect(stillShows(undefined, A)).toBe(false);
  });

  it('the fill request carries the patient the panel verified last, for the page to compare in the same task', async () => {
    const asked: unknown[] = [];
    const page: RecordPage = {
      tabId: 1,
      ask: async (m) => {
        asked.push(m);
        if ((m as { type: string }).type === 'tab.getDetection') return { type: 'tab.detection', seq: 1, detection: { kind: 'patient', patient } };
        return { current: true, filled: [], skipped: [] };
      },
      inject: async () => undefined,
    };
    const send = (async () => ({ status: 'ok', patientKey: 'k1', noteCount: 0 })) as unknown as Send;
    const bridge = browserBridge(page, send);
    expect(await bridge.currentPatientKey()).toBe('k1');
    await bridge.request({ type: 'pf.fill', token: 't', plan: [], values: {} });
    expect(asked.at(-1)).toMatchObject({ type: 'pf.fill', expect: A });
  });
});
