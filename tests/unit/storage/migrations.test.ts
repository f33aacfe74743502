import { describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { openDb } from '../../../storage/db';

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
    expect(db.verno).toBe(2);
    expect(await db.notes.get('note-0001')).toMatchObject({ text: 'gardée' });
    expect(await db.patients.count()).toBe(1);
    expect(await db.audit.count()).toBe(1);
    expect(db.tables.map((t) => t.name).sort()).toEqual(
      ['audit', 'documentSets', 'formMappings', 'intakes', 'notes', 'patients', 'profiles', 'referrals', 'siteRules', 'templates'],
    );
    db.close();
    await Dexie.delete(name);
  });
});
