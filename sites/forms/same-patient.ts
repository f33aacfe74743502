import type { PatientContext } from '../../clinical/identity/patient-context';

// The pre-fill writes into the record page only if the page shows, in the very task of the write,
// the patient the panel checked: an SPA can switch patient between the panel's check (a few round
// trips earlier) and the write. The page is read again synchronously (the record script's reader)
// and compared trait by trait. No reading, or another patient: nothing is written.
export type PatientTraits = Pick<PatientContext, 'birthName' | 'firstNames' | 'birthDate' | 'recordId'>;

const fold = (s: string | undefined) => (s ?? '').normalize('NFD').replace(/[\u0300-\u036f]/g, '').toUpperCase().replace(/[^A-Z0-9]+/g, ' ').trim();

export function stillShows(expected: PatientTraits | undefined, now: PatientTraits | null | undefined): boolean {
  if (!expected || !now) return false;
  return fold(now.birthName) === fold(expected.birthName) && fold(now.firstNames) === fold(expected.firstNames) &&
    now.birthDate === expected.birthDate && (now.recordId ?? '') === (expected.recordId ?? '');
}

/** The record script's synchronous reader, shared with the on-demand scripts of its frame (same isolated world). */
export const PATIENT_NOW = '__preconsultPatientNow';
