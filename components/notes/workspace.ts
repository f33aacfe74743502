import type { Detection, PatientContext } from '../../clinical/identity/patient-context';
import type { Note } from '../../messaging/protocol';
import type { ChangeNotice } from '../../messaging/storage-keys';
import { isLocked, type Send } from '../../messaging/client';
import { Autosaver, type SaveState } from '../autosave';
import { type Draft } from '../../messaging/storage-keys';

// The overlay's state for the patient shown, and the actions on it. No DOM, no browser API:
// the content script injects `send` and feeds detections and change notices in.
export interface Editing {
  id: string;
  text: string;
  createdAt: number;
}

export type WorkspaceState =
  | { view: 'none'; reason: string }
  | { view: 'conflict'; reason: string; patient?: PatientContext; confirmable?: boolean }
  | { view: 'error'; reason: string; patient: PatientContext }
  | { view: 'loading'; patient: PatientContext }
  /** The workstation lock is closed: nothing of this patient is read or written until it opens. */
  | { view: 'locked'; patient: PatientContext }
  | {
      view: 'patient'; patient: PatientContext; patientKey: string; notes: Note[]; editing: Editing; save: SaveState; saveError?: string;
      /** The note being typed was changed in another tab meanwhile: this text went to a new note. */
      keptApart?: boolean;
    };

export interface WorkspaceOptions {
  send: Send;
  clientId: string;
  newId?: () => string;
  now?: () => number;
  initialReason: string;
  /** Keeps each draft where a closed tab cannot lose it, until it is saved (see draft-journal.ts). */
  journal?: { record(d: Draft): void; saved(noteId: string, text: string): Promise<void> };
}

export const samePatient = (a: PatientContext, b: PatientContext) =>
  a.origin === b.origin && a.recordId === b.recordId && a.birthName === b.birthName &&
  a.firstNames === b.firstNames && a.birthDate === b.birthDate && a.sex === b.sex && a.usedName === b.usedName;

export function createWorkspace({ send, clientId, newId = () => crypto.randomUUID(), now = Date.now, initialReason, journal }: WorkspaceOptions) {
  let state: WorkspaceState = { view: 'none', reason: initialReason };
  let seq = 0;
  const listeners = new Set<(s: WorkspaceState) => void>();
  const set = (s: WorkspaceState) => {
    state = s;
    listeners.forEach((l) => l(s));
  };
  const patch = (p: Partial<Extract<WorkspaceState, { view: 'patient' }>>) => {
    if (state.view === 'patient') set({ ...state, ...p });
  };
  const blank = (): Editing => ({ id: newId(), text: '', createdAt: now() });

  // The stored version each note's text here was typed over: a save tells the background, which
  // keeps both texts when someone else saved the note meanwhile.
  const bases = new Map<string, number>();
  const know = (notes: Note[]) => notes.forEach((n) => bases.set(n.id, n.updatedAt));

  const saver = new Autosaver<{ note: Note; conflictOf?: string }>({
    save: (d) => send({ type: 'note.save', patientKey: d.patientKey, noteId: d.noteId, text: d.text, createdAt: d.createdAt, baseUpdatedAt: bases.get(d.noteId), clientId }),
    onState: (save, saveError) => patch({ save, saveError }),
    onSaved: (d, { note, conflictOf }) => {
      void journal?.saved(d.noteId, d.text);
      bases.set(note.id, note.updatedAt);
      // What was typed after this save follows the text to its new note.
      if (conflictOf) saver.rekey(d.noteId, (x) => ({ ...x, noteId: note.id, createdAt: note.createdAt }));
      if (state.view !== 'patient' || state.patientKey !== d.patientKey) return;
      const others = state.notes.filter((n) => n.id !== note.id);
      patch({ notes: [note, ...others].sort((a, b) => b.updatedAt - a.updatedAt) });
      if (conflictOf && state.editing.id === conflictOf) {
        patch({ editing: { ...state.editing, id: note.id, createdAt: note.createdAt }, keptApart: true });
        void refreshList(d.patientKey);
      }
    },
  });

  /** The patient's notes as stored (the other tab's version of a note kept apart shows in the list). */
  async function refreshList(patientKey: string): Promise<void> {
    const { notes } = await send({ type: 'notes.list', patientKey }).catch(() => ({ notes: null as Note[] | null }));
    if (!notes || state.view !== 'patient' || state.patientKey !== patientKey) return;
    patch({ notes });
  }

  async function open(patient: PatientContext, mySeq: number, confirm = false): Promise<void> {
    try {
      const res = await send({ type: 'patient.open', patient, confirm });
      if (mySeq !== seq) return; // the page moved on while we asked
      if (res.status === 'conflict') return set({ view: 'conflict', reason: res.reason, patient, confirmable: res.confirmable });
      if (res.status !== 'ok') return set({ view: 'conflict', reason: res.reason, patient });
      const latest = res.notes[0];
      know(res.notes);
      set({
        view: 'patient', patient, patientKey: res.patientKey, notes: res.notes, save: 'idle',
        editing: latest ? { id: latest.id, text: latest.text, createdAt: latest.createdAt } : blank(),
      });
    } catch (e) {
      if (mySeq !== seq) return;
      set(isLocked(e) ? { view: 'locked', patient } : { view: 'error', reason: e instanceof Error ? e.message : String(e), patient });
    }
  }
  const shownPatient = (): PatientContext | undefined =>
    state.view === 'loading' || state.view === 'patient' || state.view === 'conflict' || state.view === 'locked' || state.view === 'error' ? state.patient : undefined;

  // What the panel's tabs keep unsaved (intake values, the administrative file): flushed with the notes.
  const tabFlushes = new Set<() => Promise<void>>();

  return {
    /**
     * A tab's own autosave, flushed by `flushAll` (before locking); returns the unregistration.
     */
    registerFlush(f: () => Promise<void>): () => void {
      tabFlushes.add(f);
      return () => void tabFlushes.delete(f);
    },
    /** Everything typed in this workspace, saved now. */
    flushAll: async (): Promise<void> => {
      await Promise.all([saver.flush(), ...[...tabFlushes].map((f) => f().catch(() => undefined))]);
    },
    /** The channel to the background this workspace uses (the panel's lock screen shares it). */
    send,
    get: () => state,
    subscribe(l: (s: WorkspaceState) => void): () => void {
      listeners.add(l);
      return () => listeners.delete(l);
    },

    /** The page shows someone else (or no one): save what was typed, then follow. */
    setDetection(d: Detection): void {
      const shown = state.view === 'error' ? undefined : shownPatient();
      if (d.kind === 'patient' && shown && samePatient(shown, d.patient)) return;
      void saver.flush();
      const mySeq = ++seq;
      if (d.kind === 'none') return set({ view: 'none', reason: d.reason });
      if (d.kind === 'ambiguous') return set({ view: 'conflict', reason: d.reason });
      // Locked: follow the page without asking the background (it would refuse anyway).
      if (state.view === 'locked') return set({ view: 'locked', patient: d.patient });
      set({ view: 'loading', patient: d.patient });
      void open(d.patient, mySeq);
    },

    /** The lock closed (show the lock screen) or opened (read the patient shown again). */
    onLock(locked: boolean): void {
      const patient = shownPatient();
      if (!patient) return;
      if (locked) {
        ++seq;
        if (state.view !== 'locked') set({ view: 'locked', patient });
      } else if (state.view === 'locked') {
        const mySeq = ++seq;
        set({ view: 'loading', patient });
        void open(patient, mySeq);
      }
    },

    edit(text: string): void {
      if (state.view !== 'patient') return;
      const editing = { ...state.editing, text };
      patch({ editing });
      const draft = { patientKey: state.patientKey, noteId: editing.id, text, createdAt: editing.createdAt };
      journal?.record(draft);
      saver.update(draft);
    },

    newNote(): void {
      if (state.view !== 'patient') return;
      void saver.flush();
      patch({ editing: blank(), keptApart: false });
    },

    selectNote(id: string): void {
      if (state.view !== 'patient') return;
      const note = state.notes.find((n) => n.id === id);
      if (!note) return;
      void saver.flush();
      bases.set(note.id, note.updatedAt);
      patch({ editing: { id: note.id, text: note.text, createdAt: note.createdAt }, keptApart: false });
    },

    async deleteNote(id: string): Promise<void> {
      if (state.view !== 'patient') return;
      const { patientKey } = state;
      await saver.flush();
      await send({ type: 'note.delete', patientKey, noteId: id, clientId });
      if (state.view !== 'patient' || state.patientKey !== patientKey) return;
      const notes = state.notes.filter((n) => n.id !== id);
      const editing = state.editing.id === id ? (notes[0] ? { id: notes[0].id, text: notes[0].text, createdAt: notes[0].createdAt } : blank()) : state.editing;
      patch({ notes, editing });
    },

    /** Another tab (or the side panel) changed this patient's notes: reload them. */
    async onChange(n: ChangeNotice): Promise<void> {
      if (state.view !== 'patient' || n.by === clientId || n.patientKey !== state.patientKey) return;
      const { patientKey } = state;
      const { notes } = await send({ type: 'notes.list', patientKey });
      if (state.view !== 'patient' || state.patientKey !== patientKey) return;
      const { editing: mine } = state;
      const current = notes.find((x) => x.id === mine.id);
      const latest = notes[0];
      let editing = mine;
      // Keep what is being typed here; otherwise show the other tab's newer text, and replace an
      // untouched blank draft by the note the other tab just wrote.
      // (A version taken here becomes the base of what is typed next; one typed over is not.)
      if (current && !saver.isDirty(current.id)) {
        editing = { ...mine, text: current.text };
        bases.set(current.id, current.updatedAt);
      } else if (!current && mine.text === '' && !saver.isDirty(mine.id) && latest) {
        editing = { id: latest.id, text: latest.text, createdAt: latest.createdAt };
        bases.set(latest.id, latest.updatedAt);
      }
      patch({ notes, editing });
    },

    flush: () => saver.flush(),
    /** The user checked the identity shown and confirms it despite the doubts reported. */
    confirmIdentity(): void {
      if (state.view !== 'conflict' || !state.confirmable || !state.patient) return;
      const mySeq = ++seq;
      const { patient } = state;
      set({ view: 'loading', patient });
      void open(patient, mySeq, true);
    },
    /** Re-reads the patient after the service worker or storage failed. */
    retry(): void {
      if (state.view === 'error') {
        const mySeq = ++seq;
        const { patient } = state;
        set({ view: 'loading', patient });
        void open(patient, mySeq);
      }
    },
  };
}
export type Workspace = ReturnType<typeof createWorkspace>;
