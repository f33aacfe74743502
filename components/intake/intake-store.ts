import type { Send } from '../../messaging/client';
import type { IntakeRecord, TemplateRecord } from '../../clinical/intake/records';
import type { ItemValue, PreventionState, Values } from '../../clinical/intake/values';
import { Autosaver, type SaveState } from '../autosave';

// The intake tab's state for one patient and its actions. No DOM, no browser API: `send` is
// injected. Values are kept here as typed and autosaved (debounced, flushed on demand), each
// save naming its patient and intake so a late save never lands elsewhere.
export interface IntakeState {
  phase: 'loading' | 'ready' | 'error';
  error?: string;
  templates: TemplateRecord[];
  open: IntakeRecord | null;
  history: IntakeRecord[];
  save: SaveState;
  saveError?: string;
}

interface IntakeDraft { noteId: string; patientKey: string; values: Values; prevention: PreventionState }

export function createIntakeStore({ send, patientKey, clientId, today }: { send: Send; patientKey: string; clientId: string; today: () => string }) {
  let state: IntakeState = { phase: 'loading', templates: [], open: null, history: [], save: 'idle' };
  const listeners = new Set<(s: IntakeState) => void>();
  const set = (p: Partial<IntakeState>) => {
    state = { ...state, ...p };
    listeners.forEach((l) => l(state));
  };
  const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

  const saver = new Autosaver<IntakeRecord, IntakeDraft>({
    save: (d) => send({ type: 'intake.save', patientKey: d.patientKey, intakeId: d.noteId, values: d.values, prevention: d.prevention, clientId }).then((r) => r.intake),
    onState: (save, saveError) => set({ save, saveError }),
  });

  const edit = (p: { values?: Values; prevention?: PreventionState }) => {
    const open = state.open;
    if (!open || open.status !== 'open') return;
    const next = { ...open, ...p };
    set({ open: next });
    saver.update({ noteId: next.id, patientKey, values: next.values, prevention: next.prevention });
  };

  return {
    get: () => state,
    subscribe(l: (s: IntakeState) => void): () => void {
      listeners.add(l);
      return () => void listeners.delete(l);
    },
    async load(): Promise<void> {
      try {
        const [{ templates }, cur] = await Promise.all([send({ type: 'intake.templates' }), send({ type: 'intake.current', patientKey })]);
        // Values being typed here win over what the database holds.
        const open = state.open && cur.open && state.open.id === cur.open.id && saver.isDirty(cur.open.id) ? state.open : cur.open;
        set({ phase: 'ready', templates, open, history: cur.history, error: undefined });
      } catch (e) {
        set({ phase: 'error', error: message(e) });
      }
    },
    async start(templateId: string): Promise<void> {
      try {
        const { intake } = await send({ type: 'intake.start', patientKey, templateId, date: today() });
        set({ open: intake, error: undefined });
      } catch (e) {
        set({ error: message(e) });
      }
    },
    setValue(itemId: string, v: ItemValue): void {
      if (state.open) edit({ values: { ...state.open.values, [itemId]: v } });
    },
    setPrevention(p: PreventionState): void {
      edit({ prevention: p });
    },
    async finish(missingCount: number): Promise<IntakeRecord | null> {
      const open = state.open;
      if (!open) return null;
      try {
        await saver.flush();
        if (saver.isDirty(open.id)) throw new Error(state.saveError ?? 'save');
        const { intake } = await send({ type: 'intake.finish', patientKey, intakeId: open.id, missingCount, clientId });
        set({ open: null, history: [intake, ...state.history.filter((h) => h.id !== intake.id)], error: undefined });
        return intake;
      } catch (e) {
        set({ error: message(e) });
        return null;
      }
    },
    async discard(): Promise<void> {
      const open = state.open;
      if (!open) return;
      try {
        await saver.flush();
        await send({ type: 'intake.discard', patientKey, intakeId: open.id, clientId });
        set({ open: null });
      } catch (e) {
        set({ error: message(e) });
      }
    },
    async markHandedOff(intakeId: string): Promise<void> {
      const { intake } = await send({ type: 'intake.handedOff', patientKey, intakeId });
      set({ history: state.history.map((h) => (h.id === intake.id ? intake : h)) });
    },
    flush: () => saver.flush(),
  };
}
export type IntakeStore = ReturnType<typeof createIntakeStore>;
