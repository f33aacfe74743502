import type { Send } from './client';
import { RequestError, isLocked } from './client';
import { upgradePatientKey } from '../clinical/identity/patient-key';
import { DRAFT_PREFIX, isJournalEntry as isEntry, type Draft, type JournalEntry } from './storage-keys';

// A tab closed (or crashed) right after typing kills the panel before its autosave delay runs out,
// and a message sent from a frame being torn down is not delivered. So every keystroke's draft is
// also handed at once to the extension's storage (one key per note: no read-modify-write), and
// removed once saved; the next panel that opens saves whatever is left. (The panel iframe may not
// use localStorage: Chromium denies it to an extension frame inside a web page.)
/** The part of `browser.storage.local` the journal uses. */
export interface JournalStore {
  get(keys: string | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string): Promise<void>;
}

/** A journal store that lives as long as the page (where no storage may hold the drafts). */
export function memoryStore(): JournalStore {
  const m = new Map<string, unknown>();
  return {
    get: async (k) => Object.fromEntries([...m].filter(([key]) => k === null || key === k)),
    set: async (items) => { for (const [k, v] of Object.entries(items)) m.set(k, v); },
    remove: async (k) => void m.delete(k),
  };
}

// Unsaved drafts: one storage key per note (DRAFT_PREFIX, messaging/storage-keys.ts).
const PREFIX = DRAFT_PREFIX;

/** `onError`: a draft that could not be journaled (the autosave still runs; this only loses the safety net). */
export function createDraftJournal(store: JournalStore, now: () => number = Date.now, onError: (e: unknown) => void = (e) => console.error('Préconsult: brouillon non journalisé', e), tabId?: number) {
  return {
    record(d: Draft): void {
      void store.set({ [PREFIX + d.noteId]: { ...d, at: now(), ...(tabId === undefined ? {} : { tabId }) } }).catch(onError);
    },
    /** The database has this text for this note: forget the draft unless typing went on since. */
    async saved(noteId: string, text: string): Promise<void> {
      const key = PREFIX + noteId;
      const e = (await store.get(key).catch(() => ({} as Record<string, unknown>)))[key];
      if (isEntry(e) && e.text === text) await store.remove(key).catch(() => undefined);
    },
    async entries(): Promise<JournalEntry[]> {
      const all = await store.get(null);
      return Object.entries(all).filter(([k, v]) => k.startsWith(PREFIX) && isEntry(v)).map(([, v]) => v as JournalEntry);
    },
    drop: (noteId: string): Promise<void> => store.remove(PREFIX + noteId),
  };
}
export type DraftJournal = ReturnType<typeof createDraftJournal>;

/** Saves the drafts a closed panel left behind, unless the note was saved again since. Returns how many were saved. */
export async function replayDrafts(journal: DraftJournal, send: Send, onProblem: (e: unknown, draft: JournalEntry) => void = (e) => console.error('Préconsult: brouillon', e), which: (e: JournalEntry) => boolean = () => true): Promise<number> {
  let replayed = 0;
  for (const found of (await journal.entries()).filter(which)) {
    // A draft left by an older version may carry a patient key of the old form.
    const e = { ...found, patientKey: upgradePatientKey(found.patientKey) };
    try {
      const { notes } = await send({ type: 'notes.list', patientKey: e.patientKey });
      const current = notes.find((n) => n.id === e.noteId);
      if (!current || (current.text !== e.text && current.updatedAt < e.at)) {
        // Over the version just read: if another tab saves in between, the background keeps both texts.
        await send({ type: 'note.save', patientKey: e.patientKey, noteId: e.noteId, text: e.text, createdAt: e.createdAt, ...(current ? { baseUpdatedAt: current.updatedAt } : {}) });
        replayed++;
      }
      await journal.drop(e.noteId);
    } catch (err) {
      onProblem(err, e);
      // Refused for good (patient unknown, note of another patient): keeping it would retry forever.
      // Refused because the lock is closed: kept, and saved once it opens.
      if (err instanceof RequestError && !isLocked(err)) await journal.drop(e.noteId);
    }
  }
  return replayed;
}
