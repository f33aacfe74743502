import { describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { openDb } from '../../../storage/db';
import { patientKey, upgradePatientKey } from '../../../clinical/identity/patient-key';

// Every schema version opens a database written by the previous one, data intact.
describe('database migrations', () => {
  it('opens a v1 database with its patients, notes and audit, and adds the v2 tables', async () => {
    const name = `migr-${Math.random()}`;
    const v1 = new Dexie(name);
    v1.version(1).stores({ patients: 'key, origin, lastSeen', notes: 'id, patientKey, updatedAt', audit: '++seq, at, patientKey' });
    await v1.open();
    await v1.table('patients').add({ key: 'o#id:1', origin: 'o', adapter: 'a', birthName: 'A', firstNames: 'B', birthDate: '2000-01-01', firstSeen: 1, lastSeen: 1 });
    await v1.table('notes').add({ id: 'note-0001', patientKey: 'o#id:1', text: 'gardée', createdAt: 1, updatedAt: 2 });
    await v1.table('audit').add({ at: 1, action: 'note.create', patientKey: 'o#id:1', noteId: 'note-0001' });
    v1.close();

    const db = openDb(name);
    await db.open();
    expect(db.verno).toBe(3);
    expect(await db.notes.get('note-0001')).toMatchObject({ text: 'gardée' });
    expect(await db.patients.count()).toBe(1);
    expect(await db.audit.count()).toBe(1);
    expect(db.tables.map((t) => t.name).sort()).toEqual(
      ['audit', 'documentSets', 'formMappings', 'intakes', 'notes', 'patients', 'profiles', 'referrals', 'siteRules', 'templates'],
    );
    db.close();
    await Dexie.delete(name);
  });

  it('v3 replaces patient keys made of names by their digest in every table, and the patient is found again', async () => {
    const name = `migr3-${Math.random()}`;
    const v2 = new Dexie(name);
    v2.version(1).stores({ patients: 'key, origin, lastSeen', notes: 'id, patientKey, updatedAt', audit: '++seq, at, patientKey' });
    v2.version(2).stores({
      intakes: 'id, patientKey, startedAt', templates: 'id', profiles: 'patientKey', formMappings: 'signature',
      documentSets: '[patientKey+setId], patientKey', referrals: 'id, patientKey', siteRules: 'id, origin',
    });
    await v2.open();
    const old = 'https://dpi.example#traits:LE GALL DUPUIS|MARIE HELENE|1974-04-12';
    const purged = 'https://dpi.example#traits:ANCIEN|PATIENT|1930-01-01';
    const byId = 'https://dpi.example#id:4242';
    await v2.table('patients').bulkAdd([
      { key: old, origin: 'https://dpi.example', adapter: 'generic', birthName: 'LE GALL-DUPUIS', firstNames: 'Marie-Hélène', birthDate: '1974-04-12', firstSeen: 1, lastSeen: 1 },
      { key: byId, origin: 'https://dpi.example', adapter: 'generic', recordId: '4242', birthName: 'X', firstNames: 'Y', birthDate: '2000-01-01', firstSeen: 1, lastSeen: 1 },
    ]);
    await v2.table('notes').bulkAdd([
      { id: '0b6c1d4e-1111-4222-8333-944455556666', patientKey: old, text: 'gardée', createdAt: 1, updatedAt: 2 },
      { id: '0b6c1d4e-1111-4222-8333-944455556667', patientKey: byId, text: 'par numéro', createdAt: 1, updatedAt: 2 },
    ]);
    await v2.table('audit').bulkAdd([{ at: 1, action: 'note.create', patientKey: old }, { at: 1, action: 'retention.purge', patientKey: purged }]);
    await v2.table('intakes').add({ id: 'i1', patientKey: old, status: 'open', startedAt: 1 });
    await v2.table('profiles').add({ patientKey: old, rev: 1 });
    await v2.table('documentSets').add({ patientKey: old, setId: 'mdph', checked: [] });
    await v2.table('referrals').add({ id: 'r1', patientKey: old });
    v2.close();

    const db = openDb(name);
    await db.open();
    expect(db.verno).toBe(3);
    const now = patientKey({ adapter: 'generic', origin: 'https://dpi.example', birthName: 'Le Gall-Dupuis', firstNames: 'Marie-Hélène', birthDate: '1974-04-12', confidence: 1 });
    expect(now).toMatch(/^https:\/\/dpi\.example#traits:[0-9a-f]{32}$/);
    expect((await db.patients.toCollection().primaryKeys()).sort()).toEqual([byId, now].sort());
    expect(await db.patients.get(now)).toMatchObject({ birthName: 'LE GALL-DUPUIS' });
    expect((await db.notes.where('patientKey').equals(now).toArray()).map((n) => n.text)).toEqual(['gardée']);
    expect((await db.notes.where('patientKey').equals(byId).toArray()).map((n) => n.text)).toEqual(['par numéro']);
    expect(await db.intakes.where('patientKey').equals(now).count()).toBe(1);
    expect(await db.profiles.get(now)).toMatchObject({ rev: 1 });
    expect(await db.documentSets.get([now, 'mdph'])).toBeTruthy();
    expect(await db.referrals.where('patientKey').equals(now).count()).toBe(1);
    // Even the audit of a patient purged long ago no longer names them.
    const audit = JSON.stringify(await db.audit.toArray());
    expect(audit).not.toContain('ANCIEN');
    expect(audit).not.toContain('GALL');
    expect(upgradePatientKey(purged)).toMatch(/#traits:[0-9a-f]{32}$/);
    expect(upgradePatientKey(upgradePatientKey(old))).toBe(now);
    expect(upgradePatientKey(byId)).toBe(byId);
    db.close();
    await Dexie.delete(name);
  });
});
