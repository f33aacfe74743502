import { describe, expect, it, vi } from 'vitest';
import { createDraftJournal, replayDrafts } from '../../../messaging/draft-journal';
import { RequestError, type Send } from '../../../messaging/client';
import type { Note } from '../../../messaging/protocol';

/** An in-memory stand-in for browser.storage.local. */
const memory = () => {
  const m = new Map<string, unknown>();
  return {
    m,
    get: async (k: string | null) => Object.fromEntries([...m].filter(([key]) => k === null || key === k)),
    set: async (items: Record<string, unknown>) => { for (const [k, v] of Object.entries(items)) m.set(k, v); },
    remove: async (k: string) => void m.delete(k),
  };
};
const settle = () => new Promise((r) => setTimeout(r, 0));
const draft = (text: string, noteId = 'n1') => ({ patientKey: 'A', noteId, text, createdAt: 1 });

/** A background holding `notes`, recording the saves it is asked for. */
function fakeSend(notes: Note[], saves: string[], refuse = false): Send {
  return (async (req: { type: string; text?: string }) => {
    if (req.type === 'notes.list') return { notes };
    if (req.type === 'note.save') {
      if (refuse) throw new RequestError('Patient inconnu');
      saves.push(req.text!);
      return { note: {} };
    }
    throw new Error(req.type);
  }) as Send;
}

describe('draft journal', () => {
  it('keeps the latest draft of each note until exactly that text is saved', async () => {
    const j = createDraftJournal(memory(), () => 10);
    j.record(draft('a'));
    j.record(draft('ab'));
    await settle();
    await j.saved('n1', 'a'); // an older save: the newer draft stays
    expect((await j.entries()).map((e) => e.text)).toEqual(['ab']);
    await j.saved('n1', 'ab');
    expect(await j.entries()).toEqual([]);
  });

  it('replays a draft the database lacks, skips one saved since, and empties itself', async () => {
    const j = createDraftJournal(memory(), () => 100);
    j.record(draft('tapé puis onglet fermé', 'lost'));
    j.record(draft('ancien', 'newer'));
    await settle();
    const saves: string[] = [];
    const notes = [{ id: 'newer', patientKey: 'A', text: 'plus récent ailleurs', createdAt: 1, updatedAt: 200 }];
    expect(await replayDrafts(j, fakeSend(notes, saves))).toBe(1);
    expect(saves).toEqual(['tapé puis onglet fermé']);
    expect(await j.entries()).toEqual([]);
  });

  it('keeps a draft when the background cannot be reached, drops one it refuses for good', async () => {
    const j = createDraftJournal(memory());
    j.record(draft('x'));
    await settle();
    await replayDrafts(j, vi.fn().mockRejectedValue(new Error('no receiver')) as unknown as Send);
    expect(await j.entries()).toHaveLength(1);
    await replayDrafts(j, fakeSend([], [], true));
    expect(await j.entries()).toEqual([]);
  });

  it('replays over the version it read: a note saved meanwhile is not overwritten', async () => {
    const j = createDraftJournal(memory(), () => 100);
    j.record(draft('brouillon du panneau fermé'));
    await settle();
    const sent: Record<string, unknown>[] = [];
    const notes = [{ id: 'n1', patientKey: 'A', text: 'version lue', createdAt: 1, updatedAt: 50 }];
    const send = (async (req: Record<string, unknown>) => {
      if (req.type === 'notes.list') return { notes };
      sent.push(req);
      return { note: {} };
    }) as Send;
    expect(await replayDrafts(j, send)).toBe(1);
    // The background keeps a note saved after version 50 and makes this text a note of its own.
    expect(sent).toEqual([expect.objectContaining({ type: 'note.save', noteId: 'n1', baseUpdatedAt: 50 })]);
  });

  it('says what it could not do instead of swallowing it: a journal write that fails, a draft refused for good', async () => {
    const problems: string[] = [];
    const failing = { ...memory(), set: async () => { throw new Error('quota'); } };
    createDraftJournal(failing, Date.now, (e) => problems.push(String(e))).record(draft('x'));
    await settle();
    expect(problems).toEqual(['Error: quota']);
    const j = createDraftJournal(memory());
    j.record(draft('pour un patient effacé'));
    await settle();
    await replayDrafts(j, fakeSend([], [], true), (e) => problems.push(e instanceof Error ? e.message : String(e)));
    expect(problems).toEqual(['Error: quota', 'Patient inconnu']);
  });

  it('when a tab closes, only the drafts its panel typed are saved (another tab may be typing)', async () => {
    const store = memory();
    createDraftJournal(store, () => 100, undefined, 7).record(draft('onglet fermé', 'closed'));
    createDraftJournal(store, () => 100, undefined, 8).record(draft('onglet encore ouvert', 'open'));
    await settle();
    const saves: string[] = [];
    const j = createDraftJournal(store);
    expect(await replayDrafts(j, fakeSend([], saves), undefined, (e) => e.tabId === 7)).toBe(1);
    expect(saves).toEqual(['onglet fermé']);
    expect((await j.entries()).map((e) => e.noteId)).toEqual(['open']);
  });

  it('keeps a draft refused because the lock is closed, for after the unlock', async () => {
    const store = memory();
    const j = createDraftJournal(store);
    j.record(draft('écrit avant le verrou'));
    await settle();
    const locked = (async () => { throw new RequestError('Préconsult est verrouillé', 'locked'); }) as Send;
    expect(await replayDrafts(j, locked)).toBe(0);
    expect((await j.entries()).map((e) => e.text)).toEqual(['écrit avant le verrou']);
  });

  it('saves a draft of an older version under the current form of its patient key', async () => {
    const store = memory();
    const j = createDraftJournal(store);
    j.record({ ...draft('ancien brouillon'), patientKey: 'https://dpi.example#traits:DURAND|LEA|2001-02-03' });
    await settle();
    const asked: string[] = [];
    const send = (async (req: { type: string; patientKey: string }) => {
      asked.push(`${req.type} ${req.patientKey}`);
      return req.type === 'notes.list' ? { notes: [] } : { note: {} };
    }) as Send;
    expect(await replayDrafts(j, send)).toBe(1);
    expect(asked.every((a) => /#traits:[0-9a-f]{32}$/.test(a))).toBe(true);
  });

  it('ignores malformed entries and other keys of the storage', async () => {
    const s = memory();
    s.m.set('unsavedDraft:x', { text: 1 });
    s.m.set('somethingElse', { patientKey: 'A' });
    expect(await createDraftJournal(s).entries()).toEqual([]);
  });
});

describe('workspace with a draft journal', () => {
  it('journals every keystroke at once and forgets the draft once its text is saved', async () => {
    const { createWorkspace } = await import('../../../components/notes/workspace');
    const store = memory();
    const journal = createDraftJournal(store);
    const saves: string[] = [];
    const send = (async (req: { type: string; text?: string; noteId?: string; patientKey?: string }) => {
      if (req.type === 'patient.open') return { status: 'ok', patientKey: 'o#id:A', notes: [] };
      if (req.type === 'note.save') { saves.push(req.text!); return { note: { id: req.noteId, patientKey: req.patientKey, text: req.text, createdAt: 1, updatedAt: 2 } }; }
      return { notes: [] };
    }) as Send;
    const ws = createWorkspace({ send, clientId: 'me', initialReason: '', journal });
    ws.setDetection({ kind: 'patient', patient: { adapter: 'x', origin: 'o', recordId: 'A', birthName: 'ALPHA', firstNames: 'Anne', birthDate: '1970-01-01', confidence: 1 } });
    await settle();
    ws.edit('Tapé');
    await settle();
    // Journalled before the autosave delay has run out.
    expect((await journal.entries()).map((e) => e.text)).toEqual(['Tapé']);
    expect(saves).toEqual([]);
    await ws.flush();
    await settle();
    expect(saves).toEqual(['Tapé']);
    expect(await journal.entries()).toEqual([]);
  });
});
