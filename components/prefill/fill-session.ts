import type { Preview, ReportRow } from './fill-flow';

// What the pre-fill tab must keep while the panel shows someone else or nobody: the preview made
// for a patient (so that a fill after a patient switch is refused with a reason, not silently
// forgotten), the last message, and the section open. One per panel page.
export type Section = 'profile' | 'fill' | 'pdf' | 'documents' | 'letters' | 'referrals';

export interface FillSessionState {
  section: Section;
  preview: Preview | null;
  /** Patient key of the last fill, for undo. */
  filledFor: string | null;
  /** `retry`: the message offers to make the preview again (the way on after a refusal). */
  message: { kind: 'info' | 'error'; text: string; retry?: boolean } | null;
  /** The last fill, field by field (read back from the page). */
  report: ReportRow[] | null;
}

export function createFillSession() {
  let state: FillSessionState = { section: 'profile', preview: null, filledFor: null, message: null, report: null };
  const listeners = new Set<(s: FillSessionState) => void>();
  return {
    get: () => state,
    set(patch: Partial<FillSessionState>): void {
      state = { ...state, ...patch };
      listeners.forEach((l) => l(state));
    },
    subscribe(l: (s: FillSessionState) => void): () => void {
      listeners.add(l);
      return () => listeners.delete(l);
    },
  };
}
export type FillSession = ReturnType<typeof createFillSession>;
