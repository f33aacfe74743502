import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { openDb, type PreconsultDb, type PatientRow, type NoteRow } from '../../../storage/db';
import { decryptBackup, encryptBackup } from '../../../storage/backup/crypto';
import { createBackupService } from '../../../storage/backup/service';
import { mergeRow } from '../../../storage/backup/merge';
import { ServiceError } from '../../../storage/notes-service';
import type { Role } from '../../../messaging/storage-keys';

const PASS = 'correct horse battery';
const keyOf = async (p: Promise<unknown>) => p.then(() => 'resolved', (e: unknown) => (e instanceof ServiceError ? e.i18nKey : String(e)));

describe('backup file crypto', () => {
  it('round-trips, with a fresh salt and IV and the announced envelope', async () => {
    const a = await encryptBackup('{"é":"données"}', PASS);
    const b = await encryptBackup('{"é":"données"}', PASS);
    const env = JSON.parse(a);
    expect(env).toMatchObject({ format: 'preconsult-backup', version: 1, kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations: 600_000 }, cipher: 'AES-GCM-256' });
    expect(atob(env.kdf.salt)).toHaveLength(16);
    expect(atob(env.iv)).toHaveLength(12);
    expect(a).not.toContain('données');
    expect(JSON.parse(b).iv).not.toBe(env.iv);
    expect(await decryptBackup(a, PASS)).toBe('{"é":"données"}');
  });

  it('refuses a wrong passphrase, a tampered ciphertext, damaged JSON and a foreign file, each with its reason', async () => {
    const file = await encryptBackup('secret', PASS);
    expect(await keyOf(decryptBackup(file, 'wrong passphrase'))).toBe('errBackupDecrypt');
    const env = JSON.parse(file);
    const bytes = Uint8Array.from(atob(env.data), (c) => c.charCodeAt(0));
    bytes[0]! ^= 1;
    const tampered = JSON.stringify({ ...env, data: btoa(String.fromCharCode(...bytes)) });
    expect(await keyOf(decryptBackup(tampered, PASS))).toBe('errBackupDecrypt');
    expect(await keyOf(decryptBackup(file.slice(0, -5), PASS))).toBe('errBackupNotJson');
    expect(await keyOf(decryptBackup(JSON.stringify({ rules: [] }), PASS))).toBe('errBackupForeign');
    expect(await keyOf(decryptBackup(JSON.stringify({ ...env, version: 2 }), PASS))).toBe('errBackupEnvelope');
    // A file cannot weaken the key derivation.
    expect(await keyOf(decryptBackup(JSON.stringify({ ...env, kdf: { ...env.kdf, iterations: 1000 } }), PASS))).toBe('errBackupEnvelope');
  });
});

describe('merge rules', () => {
  it('keeps the newer note either way, and merges patient visit dates', () => {
    const older = { id: 'n1', updatedAt: 10, text: 'old' };
    const newer = { id: 'n1', updatedAt: 20, text: 'new' };
    expect(mergeRow('notes', older, newer)).toEqual({ action: 'update', row: newer });
    expect(mergeRow('notes', newer, older)).toEqual({ action: 'keep' });
    expect(mergeRow('notes', undefined, older)).toEqual({ action: 'add', row: older });
    expect(mergeRow('profiles', { patientKey: 'k', rev: 1, updatedAt: 5 }, { patientKey: 'k', rev: 2, updatedAt: 5 })).toMatchObject({ action: 'update' });
    const out = mergeRow('patients', { key: 'k', firstSeen: 5, lastSeen: 50, birthName: 'A' }, { key: 'k', firstSeen: 1, lastSeen: 40, birthName: 'B' });
    expect(out).toEqual({ action: 'update', row: { key: 'k', firstSeen: 1, lastSeen: 50, birthName: 'A' } });
  });
});

describe('backup service (export → import into another workstation)', () => {
  let src: PreconsultDb;
  let dst: PreconsultDb;
  beforeEach(() => { src = openDb(`bk-src-${Math.random()}`); dst = openDb(`bk-dst-${Math.random()}`); });
  afterEach(async () => { for (const d of [src, dst]) { d.close(); await Dexie.delete(d.name); } });

  const patient = (key: string, firstSeen: number, lastSeen: number): PatientRow => ({ key, origin: 'http://x', adapter: 'demo', birthName: 'DURAND', firstNames: 'Anne', birthDate: '1980-01-02', firstSeen, lastSeen });
  const settings = (role?: Role) => {
    const box: { role?: Role } = { role };
    return { box, s: { loadRole: async () => box.role, saveRole: async (r: Role) => { box.role = r; } } };
  };

  it('carries every table, merges without losing the newer note, appends audit once, and counts', async () => {
    await src.patients.bulkAdd([patient('p1', 100, 900), patient('p2', 200, 300)]);
    await src.notes.bulkAdd([
      { id: 'a', patientKey: 'p1', text: 'newer in backup', createdAt: 1, updatedAt: 50 },
      { id: 'b', patientKey: 'p1', text: 'older in backup', createdAt: 1, updatedAt: 10 },
      // A field a later version may add travels unchanged.
      { id: 'c', patientKey: 'p2', text: 'only in backup', createdAt: 1, updatedAt: 10, pinned: true } as NoteRow,
    ]);
    await src.audit.bulkAdd([{ at: 1, action: 'note.create', patientKey: 'p1', noteId: 'a' }, { at: 2, action: 'note.create', patientKey: 'p2', noteId: 'c' }]);
    await src.profiles.add({ patientKey: 'p1', schema: 1, rev: 3, profile: { ville: 'Lyon' }, updatedAt: 70 });
    await src.documentSets.add({ patientKey: 'p1', setId: 'mdph', schema: 1, ticked: ['x'], updatedAt: 5 });
    await src.siteRules.add({ id: 'rule-0001', origin: 'https://emr.example/*', pattern: 'https://emr.example/*', createdAt: 1, fields: { birthName: { label: 'Nom' }, firstNames: { label: 'Prénom' }, birthDate: { selector: '#ddn' } } });

    await dst.patients.add(patient('p1', 50, 500));
    await dst.notes.bulkAdd([
      { id: 'a', patientKey: 'p1', text: 'stale here', createdAt: 1, updatedAt: 20 },
      { id: 'b', patientKey: 'p1', text: 'edited here later', createdAt: 1, updatedAt: 99 },
    ]);
    await dst.audit.add({ at: 1, action: 'note.create', patientKey: 'p1', noteId: 'a' });

    const from = settings('medecin');
    const to = settings(undefined);
    const notified: string[][] = [];
    const file = await createBackupService({ db: src, settings: from.s }).exportFile(PASS);
    const counts = await createBackupService({ db: dst, settings: to.s, notifyPatients: (k) => notified.push(k) }).importFile(file, PASS);

    expect(Object.fromEntries((await dst.notes.toArray()).map((n) => [n.id, n.text]))).toEqual({ a: 'newer in backup', b: 'edited here later', c: 'only in backup' });
    expect(await dst.notes.get('c')).toMatchObject({ pinned: true });
    expect(await dst.patients.get('p1')).toMatchObject({ firstSeen: 50, lastSeen: 900 });
    expect(await dst.patients.get('p2')).toMatchObject({ firstSeen: 200, lastSeen: 300 });
    expect((await dst.audit.toArray()).map((r) => r.noteId)).toEqual(['a', 'c']);
    expect(await dst.profiles.get('p1')).toMatchObject({ rev: 3, profile: { ville: 'Lyon' } });
    expect(await dst.documentSets.get(['p1', 'mdph'])).toMatchObject({ ticked: ['x'] });
    expect(await dst.siteRules.get('rule-0001')).toMatchObject({ pattern: 'https://emr.example/*' });
    expect(counts.byTable.notes).toEqual({ added: 1, updated: 1, kept: 1 });
    expect(counts.byTable.patients).toEqual({ added: 1, updated: 1, kept: 0 });
    expect(counts.byTable.audit).toEqual({ added: 1, updated: 0, kept: 1 });
    expect(counts.added).toBe(1 + 1 + 1 + 1 + 1 + 1);
    expect(to.box.role).toBe('medecin');
    expect(notified.flat().sort()).toEqual(['p1', 'p2']);

    // Importing the same file again changes nothing.
    const again = await createBackupService({ db: dst, settings: to.s }).importFile(file, PASS);
    expect(again.added + again.updated).toBe(0);
  });

  it('refuses a payload with one damaged row whole, writing nothing', async () => {
    const { encryptBackup: enc } = await import('../../../storage/backup/crypto');
    const payload = {
      kind: 'preconsult-data', schemaVersion: 2, exportedAt: 1, settings: {},
      tables: { patients: [patient('p1', 1, 2)], notes: [{ id: 'n', patientKey: 'p1', text: 'x', createdAt: 1 }], audit: [], intakes: [], templates: [], profiles: [], formMappings: [], documentSets: [], referrals: [], siteRules: [] },
    };
    const svc = createBackupService({ db: dst, settings: settings().s });
    const err = await svc.importFile(await enc(JSON.stringify(payload), PASS), PASS).catch((e: ServiceError) => e);
    expect(err).toBeInstanceOf(ServiceError);
    expect((err as ServiceError).i18nKey).toBe('errBackupInvalid');
    expect((err as ServiceError).subs[0]).toContain('tables.notes.0.updatedAt');
    expect(await dst.patients.count()).toBe(0);
  });

  it('imports a file of the previous version, giving its patient keys the current form', async () => {
    const { encryptBackup: enc } = await import('../../../storage/backup/crypto');
    const { patientKey } = await import('../../../clinical/identity/patient-key');
    const oldKey = 'https://dpi.example#traits:DURAND|LEA|2001-02-03';
    const payload = {
      kind: 'preconsult-data', schemaVersion: 2, exportedAt: 1, settings: {},
      tables: {
        patients: [{ ...patient('x', 1, 2), key: oldKey, origin: 'https://dpi.example', birthName: 'DURAND', firstNames: 'Léa', birthDate: '2001-02-03' }],
        notes: [{ id: 'n', patientKey: oldKey, text: 'ancienne version', createdAt: 1, updatedAt: 2 }],
        audit: [{ at: 1, action: 'note.create', patientKey: oldKey }], intakes: [], templates: [], profiles: [], formMappings: [], documentSets: [], referrals: [], siteRules: [],
      },
    };
    await createBackupService({ db: dst, settings: settings().s }).importFile(await enc(JSON.stringify(payload), PASS), PASS);
    const now = patientKey({ adapter: 'generic', origin: 'https://dpi.example', birthName: 'Durand', firstNames: 'Léa', birthDate: '2001-02-03', confidence: 1 });
    expect(await dst.patients.get(now)).toMatchObject({ birthName: 'DURAND' });
    expect((await dst.notes.where('patientKey').equals(now).toArray()).map((n) => n.text)).toEqual(['ancienne version']);
    expect(JSON.stringify(await dst.audit.toArray())).not.toContain('DURAND');
  });

  it('refuses a short passphrase at export', async () => {
    expect(await keyOf(createBackupService({ db: src, settings: settings().s }).exportFile('court'))).toBe('errBackupShortPass');
  });
});
