import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { openDb, type PreconsultDb } from '../../../storage/db';
import { createNotesService, ServiceError } from '../../../storage/notes-service';
import type { PatientContext } from '../../../clinical/identity/patient-context';
import { patientKey } from '../../../clinical/identity/patient-key';
import { inEnglish, inFrench } from '../../i18n';

const base: PatientContext = {
  adapter: 'medidemo', origin: 'http://127.0.0.1:4780', recordId: 'P0012', birthName: 'MARTIN', firstNames: 'Pierre',
  birthDate: '1958-05-10', sex: 'M', confidence: 1,
};
let db: PreconsultDb;
let clock = 1_000;
const notices: string[] = [];
const service = () =>
  createNotesService({
    db, now: () => clock,
    notify: (k, id) => notices.push(`${k}/${id}`),
    describeConflict: (d) => `conflict:${d.join(',')}`,
    describeProblem: inFrench,
    describeInvalid: (path, m) => `invalid:${path}:${m}`,
  });

beforeEach(() => {
  db = openDb(`test-${Math.random()}`);
  notices.length = 0;
  clock = 1_000;
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

describe('notes service', () => {
  it('creates the patient on first sight and answers with an empty note list', async () => {
    const s = service();
    const r = await s.openPatient(base);
    expect(r).toEqual({ status: 'ok', patientKey: 'http://127.0.0.1:4780#id:P0012', notes: [] });
    expect(await db.patients.count()).toBe(1);
    expect((await db.audit.toArray()).map((a) => a.action)).toEqual(['patient.create']);
  });

  it('refuses an invalid identity with the reason, and stores nothing', async () => {
    const r = await service().openPatient({ ...base, birthDate: '10/05/1958' });
    expect(r.status).toBe('invalid');
    expect(r.status === 'invalid' && r.reason).toContain('birthDate');
    expect(await db.patients.count()).toBe(0);
  });

  it('reports a conflict when a known record id shows other identity traits', async () => {
    const s = service();
    await s.openPatient(base);
    const r = await s.openPatient({ ...base, birthDate: '1983-09-22' });
    expect(r).toEqual({ status: 'conflict', reason: 'conflict:birthDate', confirmable: true });
  });

  it('gives homonyms without record id two different keys', async () => {
    const s = service();
    const a = await s.openPatient({ ...base, recordId: undefined });
    const b = await s.openPatient({ ...base, recordId: undefined, birthDate: '1983-09-22' });
    expect(a.status === 'ok' && b.status === 'ok' && a.patientKey !== b.patientKey).toBe(true);
  });

  it('upserts a note by id: a retried save neither duplicates it nor writes a second audit line', async () => {
    const s = service();
    const r = await s.openPatient(base);
    if (r.status !== 'ok') throw new Error('open');
    const save = { patientKey: r.patientKey, noteId: 'note-0001', text: 'TA 135/85', createdAt: 900 };
    const { note: n1 } = await s.saveNote(save);
    clock = 2_000;
    const { note: n2 } = await s.saveNote(save);
    expect(n2).toEqual(n1);
    expect(await db.notes.count()).toBe(1);
    expect(notices).toHaveLength(1);
    clock = 3_000;
    const { note: n3 } = await s.saveNote({ ...save, text: 'TA 135/85, FC 72' });
    expect(n3.updatedAt).toBe(3_000);
    expect(n3.createdAt).toBe(900);
    expect((await db.audit.toArray()).map((a) => a.action)).toEqual(['patient.create', 'note.create', 'note.update']);
    expect(await s.listNotes(r.patientKey)).toEqual([n3]);
  });

  it('keeps both texts when two tabs typed in the same note at once (the later as a new note)', async () => {
    const s = service();
    const r = await s.openPatient(base);
    if (r.status !== 'ok') throw new Error('open');
    const { note: first } = await s.saveNote({ patientKey: r.patientKey, noteId: 'note-0001', text: 'Motif : toux', createdAt: 900 });
    clock = 2_000; // tab A goes on typing and saves
    const { note: a } = await s.saveNote({ patientKey: r.patientKey, noteId: 'note-0001', text: 'Motif : toux, fièvre', createdAt: 900, baseUpdatedAt: first.updatedAt });
    clock = 2_100; // tab B typed over the first version meanwhile
    const b = await s.saveNote({ patientKey: r.patientKey, noteId: 'note-0001', text: 'Motif : toux depuis 3 jours', createdAt: 900, baseUpdatedAt: first.updatedAt });
    expect(b.conflictOf).toBe('note-0001');
    expect(b.note.id).not.toBe('note-0001');
    expect((await s.listNotes(r.patientKey)).map((n) => n.text).sort()).toEqual(['Motif : toux depuis 3 jours', 'Motif : toux, fièvre']);
    // A retry of B's save (its reply was lost) finds the copy instead of making another.
    const again = await s.saveNote({ patientKey: r.patientKey, noteId: 'note-0001', text: 'Motif : toux depuis 3 jours', createdAt: 900, baseUpdatedAt: first.updatedAt });
    expect(again.note.id).toBe(b.note.id);
    expect(await db.notes.count()).toBe(2);
    // Typing over the latest version is a plain update.
    const { note: a2, conflictOf } = await s.saveNote({ patientKey: r.patientKey, noteId: 'note-0001', text: 'Motif : toux, fièvre 38,5', createdAt: 900, baseUpdatedAt: a.updatedAt });
    expect(conflictOf).toBeUndefined();
    expect(a2.id).toBe('note-0001');
  });

  it('refuses to write a note onto another patient, or for a patient never opened', async () => {
    const s = service();
    const a = await s.openPatient(base);
    const b = await s.openPatient({ ...base, recordId: 'P0013', birthDate: '1983-09-22' });
    if (a.status !== 'ok' || b.status !== 'ok') throw new Error('open');
    await s.saveNote({ patientKey: a.patientKey, noteId: 'note-0001', text: 'A', createdAt: 1 });
    await expect(s.saveNote({ patientKey: b.patientKey, noteId: 'note-0001', text: 'B', createdAt: 1 })).rejects.toThrow(ServiceError);
    await expect(s.saveNote({ patientKey: 'x#id:nobody', noteId: 'note-0002', text: 'C', createdAt: 1 })).rejects.toThrow('errUnknownPatient');
    expect((await db.notes.get('note-0001'))?.text).toBe('A');
  });

  it('deletes only the named patient’s note and keeps the audit append-only', async () => {
    const s = service();
    const a = await s.openPatient(base);
    if (a.status !== 'ok') throw new Error('open');
    await s.saveNote({ patientKey: a.patientKey, noteId: 'note-0001', text: 'A', createdAt: 1 });
    await expect(s.deleteNote({ patientKey: 'other', noteId: 'note-0001' })).rejects.toThrow('errNoteOtherPatient');
    expect(await s.deleteNote({ patientKey: a.patientKey, noteId: 'note-0001' })).toBe(true);
    expect(await s.deleteNote({ patientKey: a.patientKey, noteId: 'note-0001' })).toBe(false);
    expect((await db.audit.toArray()).map((x) => x.action)).toEqual(['patient.create', 'note.create', 'note.delete']);
  });
});

describe('identity doubts', () => {
  it('stops on a NIR whose key is wrong, stores nothing, and goes on once the user confirms', async () => {
    const s = service();
    const p = { ...base, nir: '158051305520131' }; // key should be 30
    const r = await s.openPatient(p);
    expect(r.status).toBe('conflict');
    expect(r.status === 'conflict' && r.confirmable).toBe(true);
    expect(await db.patients.count()).toBe(0);
    const ok = await s.openPatient(p, true);
    expect(ok.status).toBe('ok');
    expect((await db.audit.toArray()).map((a) => a.action)).toEqual(['patient.create', 'patient.confirm']);
    // Confirmed once: not asked again for the same doubt.
    expect((await s.openPatient(p)).status).toBe('ok');
  });

  it('keeps the acknowledgement as French text whatever the language shown, as stored before', async () => {
    const s = createNotesService({ db, describeConflict: () => '', describeProblem: inEnglish, describeInvalid: () => '' });
    const p = { ...base, nir: '158051305520131' };
    const r = await s.openPatient(p);
    expect(r.status === 'conflict' && r.reason).toBe('The NIR key (31) does not match the first 13 digits: check the entry.');
    await s.openPatient(p, true);
    expect((await db.patients.get(patientKey(p)))?.identityAck).toBe('La clé du NIR (31) ne correspond pas aux 13 premiers chiffres : vérifiez la saisie.');
    expect((await service().openPatient(p)).status).toBe('ok');
  });

  it('still matches an acknowledgement stored before the French typography (plain spaces, straight apostrophes)', async () => {
    const p = { ...base, nir: '158051305520131' };
    await service().openPatient(p, true);
    await db.patients.update(patientKey(p), { identityAck: 'La clé du NIR (31) ne correspond pas aux 13 premiers chiffres : vérifiez la saisie.' });
    expect((await service().openPatient(p)).status).toBe('ok');
    await db.patients.update(patientKey(p), { identityAck: 'Une autre remarque : vérifiez la saisie.' });
    expect((await service().openPatient(p)).status).toBe('conflict');
  });

  it('stops on a NIR that contradicts the sex shown', async () => {
    const r = await service().openPatient({ ...base, sex: 'F', nir: '158051305520130' });
    expect(r.status === 'conflict' && r.reason).toMatch(/sexe|homme|femme/i);
  });

  it('accepts a coherent NIR (Corsica 2A) without asking', async () => {
    const r = await service().openPatient({ ...base, recordId: 'P0009', birthName: 'CASANOVA', firstNames: 'Jean-Baptiste', birthDate: '1961-08-19', nir: '161082A00402322' });
    expect(r.status).toBe('ok');
  });

  it('stops when a known record id shows another valid NIR, and changes it only when the user confirms', async () => {
    const s = service();
    const first = { ...base, nir: '158057505612353' };
    const other = { ...base, nir: '158057505612452' }; // valid too, coherent with sex and birth date
    expect((await s.openPatient(first)).status).toBe('ok');
    expect(await s.openPatient(other)).toEqual({ status: 'conflict', reason: 'conflict:nir', confirmable: true });
    expect((await s.patientStatus(other)).status).toBe('conflict');
    expect((await db.patients.toArray())[0]?.nir).toBe('158057505612353');
    // No NIR shown is no change (the stored one is kept).
    expect((await s.openPatient(base)).status).toBe('ok');
    expect((await db.patients.toArray())[0]?.nir).toBe('158057505612353');
    expect((await s.openPatient(other, true)).status).toBe('ok');
    expect((await db.patients.toArray())[0]?.nir).toBe('158057505612452');
    expect((await db.audit.toArray()).map((a) => a.action)).toEqual(['patient.create', 'patient.confirm']);
  });

  it('updates the stored traits of a known record id only when the user confirms', async () => {
    const s = service();
    await s.openPatient(base);
    const changed = { ...base, birthName: 'MARTIN-DURAND' };
    expect((await s.openPatient(changed)).status).toBe('conflict');
    expect((await s.openPatient(changed, true)).status).toBe('ok');
    expect((await db.patients.toArray())[0]?.birthName).toBe('MARTIN-DURAND');
    expect((await s.openPatient(base)).status).toBe('conflict');
  });
});

describe('patient status (launcher)', () => {
  it('answers the note count without the notes, and the same refusals as opening', async () => {
    const s = service();
    const r = await s.openPatient(base);
    if (r.status !== 'ok') throw new Error('open');
    await s.saveNote({ patientKey: r.patientKey, noteId: 'note-0001', text: 'a', createdAt: 1 });
    await s.saveNote({ patientKey: r.patientKey, noteId: 'note-0002', text: 'b', createdAt: 1 });
    expect(await s.patientStatus(base)).toEqual({ status: 'ok', patientKey: r.patientKey, noteCount: 2 });
    expect((await s.patientStatus({ ...base, birthDate: '1983-09-22' })).status).toBe('conflict');
  });
});
