import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { openDb, type PreconsultDb, type PatientRow } from '../../../storage/db';
import { decryptBackup, encryptBackup } from '../../../storage/backup/crypto';
import { createBackupService } from '../../../storage/backup/service';
import { ServiceError } from '../../../storage/notes-service';

// A backup file is input like any other: whoever knows (or chose) its passphrase wrote its rows.
// Rows are held to the limits of live writes; a note never moves to another patient; a date in
// the future cannot win every later merge; imported audit lines say they were imported.
const PASS = 'correct horse battery';
const NOW = Date.UTC(2026, 11, 3);
const keyOf = (p: Promise<unknown>) => p.then(() => 'resolved', (e: unknown) => (e instanceof ServiceError ? `${e.i18nKey} ${e.subs.join(' ')}` : String(e)));
const settings = { loadRole: async () => undefined, saveRole: async () => undefined };
const patient = (key: string, birthName = 'DURAND'): PatientRow => ({ key, origin: 'http://x', adapter: 'demo', recordId: key.split(':')[1], birthName, firstNames: 'Anne', birthDate: '1980-01-02', firstSeen: 100, lastSeen: 200 });

let src: PreconsultDb;
let dst: PreconsultDb;
beforeEach(async () => {
  src = openDb(`hr-src-${Math.random()}`);
  dst = openDb(`hr-dst-${Math.random()}`);
  for (const d of [src, dst]) await d.patients.bulkAdd([patient('http://x#id:A'), patient('http://x#id:B', 'MARTIN')]);
  await src.notes.add({ id: 'note-000a', patientKey: 'http://x#id:A', text: 'Note de A', createdAt: 1, updatedAt: 10 });
  await dst.notes.add({ id: 'note-000a', patientKey: 'http://x#id:A', text: 'Note de A', createdAt: 1, updatedAt: 10 });
  await src.audit.add({ at: 5, action: 'note.create', patientKey: 'http://x#id:A', noteId: 'note-000a' });
});
afterEach(async () => { for (const d of [src, dst]) { d.close(); await Dexie.delete(d.name); } });

/** A file exported by the source workstation, then rewritten by `edit` (what a forger would do). */
async function forged(edit: (tables: Record<string, Record<string, unknown>[]>) => void): Promise<string> {
  const file = await createBackupService({ db: src, settings, now: () => NOW }).exportFile(PASS);
  const payload = JSON.parse(await decryptBackup(file, PASS));
  edit(payload.tables);
  return encryptBackup(JSON.stringify(payload), PASS);
}
const importInto = (file: string) => createBackupService({ db: dst, settings, now: () => NOW }).importFile(file, PASS);

// Each case derives keys four times (600 000 PBKDF2 iterations): slow on a busy machine, not a timing.
describe('hostile backup rows', { timeout: 60_000 }, () => {
  it('never moves an existing note to another patient: the file is refused whole', async () => {
    const file = await forged((t) => { t.notes![0] = { ...t.notes![0], patientKey: 'http://x#id:B', text: 'Déplacée', updatedAt: 50 }; });
    expect(await keyOf(importInto(file))).toMatch(/^errBackupRehome/);
    expect(await dst.notes.get('note-000a')).toMatchObject({ patientKey: 'http://x#id:A', text: 'Note de A' });
  });

  it('holds rows to the limits of live writes: a note of more than 100 000 characters is refused', async () => {
    const file = await forged((t) => { t.notes!.push({ id: 'note-000b', patientKey: 'http://x#id:A', text: 'x'.repeat(100_001), createdAt: 1, updatedAt: 20 }); });
    expect(await keyOf(importInto(file))).toMatch(/^errBackupInvalid tables\.notes\.1\.text/);
    expect(await dst.notes.count()).toBe(1);
  });

  it('refuses a date in the future, which would win every later merge', async () => {
    const file = await forged((t) => { t.notes![0] = { ...t.notes![0], text: 'Gagne toujours', updatedAt: NOW + 365 * 86_400_000 }; });
    expect(await keyOf(importInto(file))).toMatch(/^errBackupInvalid tables\.notes\.0\.updatedAt/);
    expect((await dst.notes.get('note-000a'))?.text).toBe('Note de A');
  });

  it('refuses identities a live write would refuse (a birth date that is no date, an unknown audit action)', async () => {
    expect(await keyOf(importInto(await forged((t) => { t.patients![0] = { ...t.patients![0], birthDate: '02/01/1980' }; })))).toMatch(/^errBackupInvalid tables\.patients\.0\.birthDate/);
    expect(await keyOf(importInto(await forged((t) => { t.audit![0] = { ...t.audit![0], action: 'lock.disable' }; })))).toMatch(/^errBackupInvalid tables\.audit\.0\.action/);
  });

  it('keeps the local identity of a known patient: a file cannot rename the patient behind a key', async () => {
    const file = await forged((t) => { t.patients![0] = { ...t.patients![0], birthName: 'AUTRE', lastSeen: 900 }; });
    await importInto(file);
    expect(await dst.patients.get('http://x#id:A')).toMatchObject({ birthName: 'DURAND', lastSeen: 900 });
  });

  it('marks imported audit lines as imported, so they cannot pass for this workstation’s own', async () => {
    await importInto(await forged(() => undefined));
    expect((await dst.audit.toArray()).map((a) => [a.action, (a as { imported?: unknown }).imported])).toEqual([['note.create', true]]);
  });
});
