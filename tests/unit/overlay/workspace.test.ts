import { describe, expect, it, vi } from 'vitest';
import { createWorkspace } from '../../../components/notes/workspace';
import type { Send } from '../../../messaging/client';
import type { Note, Request } from '../../../messaging/protocol';
import type { PatientContext } from '../../../clinical/identity/patient-context';

const A: PatientContext = { adapter: 'x', origin: 'o', recordId: 'A', birthName: 'ALPHA', firstNames: 'Anne', birthDate: '1970-01-01', confidence: 1 };
const B: PatientContext = { ...A, recordId: 'B', birthName: 'BETA', firstNames: 'Bruno' };

/** An in-memory background answering the protocol. */
function fakeBackground(delayOpen = 0) {
  const notes = new Map<string, Note>();
  const calls: Request[] = [];
  let t = 10;
  const send = (async (req: Request) => {
    calls.push(req);
    switch (req.type) {
      case 'patient.open': {
        if (delayOpen) await new Promise((r) => setTimeout(r, delayOpen));
        const key = `o#id:${String(req.patient.recordId)}`;
        return { status: 'ok', patientKey: key, notes: [...notes.values()].filter((n) => n.patientKey === key) };
      }
      case 'note.save': {
        const n = { id: req.noteId, patientKey: req.patientKey, text: req.text, createdAt: req.createdAt, updatedAt: ++t };
        notes.set(n.id, n);
        return { note: n };
      }
      case 'notes.list': return { notes: [...notes.values()].filter((n) => n.patientKey === req.patientKey) };
      case 'note.delete': return { deleted: notes.delete(req.noteId) };
      default: return { pong: true };
    }
  }) as Send;
  return { send, notes, calls };
}

let ids = 0;
const make = (send: Send) => createWorkspace({ send, clientId: 'me', newId: () => `note-${++ids}-xxxx`, initialReason: 'recherche' });
const settle = () => new Promise((r) => setTimeout(r, 0));

describe('workspace', () => {
  it('starts with no patient and its reason', () => {
    expect(make(fakeBackground().send).get()).toEqual({ view: 'none', reason: 'recherche' });
  });

  it('shows the patient at once, then its notes', async () => {
    const ws = make(fakeBackground().send);
    ws.setDetection({ kind: 'patient', patient: A });
    expect(ws.get()).toMatchObject({ view: 'loading', patient: A });
    await settle();
    expect(ws.get()).toMatchObject({ view: 'patient', patientKey: 'o#id:A', notes: [] });
  });

  it('saves what was typed for A on A even when the page switches to B before the autosave', async () => {
    const bg = fakeBackground();
    const ws = make(bg.send);
    ws.setDetection({ kind: 'patient', patient: A });
    await settle();
    ws.edit('pour A');
    ws.setDetection({ kind: 'patient', patient: B });
    await settle();
    await ws.flush();
    expect([...bg.notes.values()].map((n) => [n.patientKey, n.text])).toEqual([['o#id:A', 'pour A']]);
    expect(ws.get()).toMatchObject({ view: 'patient', patientKey: 'o#id:B', editing: { text: '' } });
  });

  it('ignores the answer about A when the page has moved on to B', async () => {
    const bg = fakeBackground(20);
    const ws = make(bg.send);
    ws.setDetection({ kind: 'patient', patient: A });
    ws.setDetection({ kind: 'patient', patient: B });
    await new Promise((r) => setTimeout(r, 60));
    expect(ws.get()).toMatchObject({ view: 'patient', patientKey: 'o#id:B' });
  });

  it('offers nothing to write when the page shows several patients or none', () => {
    const ws = make(fakeBackground().send);
    ws.setDetection({ kind: 'ambiguous', reason: 'deux patients', candidates: [] });
    expect(ws.get()).toEqual({ view: 'conflict', reason: 'deux patients' });
    ws.edit('rien');
    ws.setDetection({ kind: 'none', reason: 'liste' });
    expect(ws.get()).toEqual({ view: 'none', reason: 'liste' });
  });

  it('shows the background’s refusal instead of the notes', async () => {
    const send = vi.fn(async () => ({ status: 'conflict', reason: 'même identifiant, autre date de naissance' })) as unknown as Send;
    const ws = make(send);
    ws.setDetection({ kind: 'patient', patient: A });
    await settle();
    expect(ws.get()).toMatchObject({ view: 'conflict', reason: 'même identifiant, autre date de naissance' });
  });

  it('takes another tab’s note into an untouched blank draft, but never over local typing', async () => {
    const bg = fakeBackground();
    const ws = make(bg.send);
    ws.setDetection({ kind: 'patient', patient: A });
    await settle();
    bg.notes.set('note-other-1', { id: 'note-other-1', patientKey: 'o#id:A', text: 'autre onglet', createdAt: 1, updatedAt: 99 });
    await ws.onChange({ patientKey: 'o#id:A', noteId: 'note-other-1', at: 1, by: 'tab2' });
    expect(ws.get()).toMatchObject({ editing: { id: 'note-other-1', text: 'autre onglet' } });
    ws.edit('autre onglet + ici');
    bg.notes.set('note-other-1', { id: 'note-other-1', patientKey: 'o#id:A', text: 'autre onglet v2', createdAt: 1, updatedAt: 100 });
    await ws.onChange({ patientKey: 'o#id:A', noteId: 'note-other-1', at: 2, by: 'tab2' });
    expect(ws.get()).toMatchObject({ editing: { text: 'autre onglet + ici' } });
  });

  it('ignores change notices about another patient and its own echoes', async () => {
    const bg = fakeBackground();
    const ws = make(bg.send);
    ws.setDetection({ kind: 'patient', patient: A });
    await settle();
    const before = bg.calls.length;
    await ws.onChange({ patientKey: 'o#id:B', at: 1, by: 'tab2' });
    await ws.onChange({ patientKey: 'o#id:A', at: 1, by: 'me' });
    expect(bg.calls.length).toBe(before);
  });
});
