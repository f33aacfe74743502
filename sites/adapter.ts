import type { Detection, PatientContext } from '../clinical/identity/patient-context';

// The contract every record-software adapter fulfils. All knowledge of one site (URL patterns,
// selectors, label words) lives in its adapter file.
export interface SiteAdapter {
  id: string;
  /** True when this adapter knows the page (URL and, if needed, a cheap DOM marker). */
  matches(doc: Document, url: URL): boolean;
  /** A cheap string that changes whenever the patient shown may have changed. */
  fingerprint(doc: Document): string;
  /** Reads the patient shown. Never guesses: missing traits give `none`. */
  detect(doc: Document, url: URL): Detection;
  /**
   * Optional, for adapters whose reading is costly and whose fingerprint covers only part of the
   * page: what a batch of mutations means beyond what the fingerprint shows. With it, the watcher
   * also reads again `recheckMs` after mutations were let pass, for what the adapter cannot tell.
   */
  affects?(records: MutationRecord[]): Verdict;
  /**
   * Optional, with `affects`: containers the watcher need not observe (live lists the adapter
   * looks at by itself, on the `affects([])` calls its number verdicts ask for). The same array
   * until it changes.
   */
  quiet?(): readonly Node[];
}

/**
 * 'read': the reading may change, read again; 'pass': let pass (the periodic re-reading covers
 * it); 'seen': looked at, nothing to read; a number: nothing to read now, but part of it is to be
 * looked at in that many ms (the watcher then calls `affects([])`, which answers likewise).
 */
export type Verdict = 'read' | 'pass' | 'seen' | number;

const required = ['birthName', 'firstNames', 'birthDate'] as const;

/**
 * Turns what an adapter read into a detection. Only presence is checked here; the background
 * validates the full context with its Zod schema (kept out of the content script for size).
 */
export function candidate(c: Partial<PatientContext>, missing: (field: string) => string): Detection {
  const absent = required.find((f) => !c[f]);
  if (absent) return { kind: 'none', reason: missing(absent) };
  return { kind: 'patient', patient: c as PatientContext };
}
