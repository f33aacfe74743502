import type { Detection, PatientContext } from '../clinical/identity/patient-context';
import { isLocked, type Send } from '../messaging/client';
import type { ChangeNotice } from '../messaging/storage-keys';

// What the collapsed launcher shows: who the patient is and how many notes they have. It lives in
// the content script, so it asks only for a count; note text stays in the extension's pages.
export type LauncherState =
  | { view: 'none'; reason: string }
  | { view: 'conflict'; reason: string; patient?: PatientContext }
  | { view: 'error'; reason: string; patient: PatientContext }
  | { view: 'loading'; patient: PatientContext }
  | { view: 'locked'; patient: PatientContext }
  | { view: 'patient'; patient: PatientContext; patientKey: string; noteCount: number };

export function createLauncherState(send: Send, initialReason: string) {
  let state: LauncherState = { view: 'none', reason: initialReason };
  let seq = 0;
  const listeners = new Set<(s: LauncherState) => void>();
  const set = (s: LauncherState) => {
    state = s;
    listeners.forEach((l) => l(s));
  };

  async function check(patient: PatientContext, mySeq: number) {
    try {
      const r = await send({ type: 'patient.status', patient });
      if (mySeq !== seq) return; // the page moved on while we asked
      set(r.status === 'ok' ? { view: 'patient', patient, patientKey: r.patientKey, noteCount: r.noteCount } : { view: 'conflict', reason: r.reason, patient });
    } catch (e) {
      if (mySeq !== seq) return;
      set(isLocked(e) ? { view: 'locked', patient } : { view: 'error', reason: e instanceof Error ? e.message : String(e), patient });
    }
  }

  return {
    get: () => state,
    subscribe(l: (s: LauncherState) => void): () => void {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    setDetection(d: Detection): void {
      const mySeq = ++seq;
      if (d.kind === 'none') return set({ view: 'none', reason: d.reason });
      if (d.kind === 'ambiguous') return set({ view: 'conflict', reason: d.reason });
      set({ view: 'loading', patient: d.patient });
      void check(d.patient, mySeq);
    },
    onChange(n: ChangeNotice): void {
      if (state.view === 'patient' && n.patientKey === state.patientKey) void check(state.patient, ++seq);
      // A doubt may just have been confirmed in the panel: ask again.
      else if (state.view === 'conflict' && state.patient) void check(state.patient, ++seq);
    },
    /** The workstation lock closed or opened: ask again (a closed lock answers 'locked'). */
    onLock(): void {
      if (state.view === 'patient' || state.view === 'locked' || state.view === 'error') void check(state.patient, ++seq);
    },
  };
}
export type Launcher = ReturnType<typeof createLauncherState>;
