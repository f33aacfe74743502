import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { openDb, type PreconsultDb } from '../../../storage/db';
import { ServiceError } from '../../../storage/notes-service';
import { createPrefillService } from '../../../storage/prefill-service';
import { frenchDate, localIsoDate } from '../../../clinical/admin/past-date';
import { emptyAdminProfile } from '../../../clinical/admin/profile-schema';
import { inFrench } from '../../i18n';

let db: PreconsultDb;
let clock = Date.UTC(2026, 10, 23, 10);
const service = () => createPrefillService({ db, now: () => clock });
const typed = <T>(value: T) => ({ value, source: { kind: 'saisie' as const }, capturedAt: '2026-11-23T10:00:00.000Z' });

async function addPatient(key: string) {
  await db.patients.add({ key, origin: 'o', adapter: 'a', birthName: 'X', firstNames: 'Y', birthDate: '1970-01-01', firstSeen: 1, lastSeen: 1 });
}

beforeEach(async () => {
  db = openDb(`test-${Math.random()}`);
  clock = Date.UTC(2026, 10, 23, 10);
  await addPatient('p1');
  await addPatient('p2');
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

describe('administrative profile storage', () => {
  it('has no profile at first, then keeps a normalised profile with a revision per save', async () => {
    const s = service();
    expect(await s.getProfile('p1')).toEqual({ profile: null, rev: 0 });
    const profile = { ...emptyAdminProfile(), phones: { mobile: typed('+33 6 12 34 56 78') } };
    const first = await s.saveProfile('p1', profile, 0);
    expect(first).toMatchObject({ status: 'saved', rev: 1 });
    expect(first.profile?.phones.mobile?.value).toBe('06 12 34 56 78');
    clock += 1000;
    const second = await s.saveProfile('p1', { ...profile, email: typed('A@Exemple.FR') }, 1);
    expect(second).toMatchObject({ status: 'saved', rev: 2 });
    const stored = await s.getProfile('p1');
    expect(stored).toMatchObject({ rev: 2, updatedAt: clock });
    expect(stored.profile?.email?.value).toBe('A@exemple.fr');
    // Rows carry their format version; each save is audited (the key only, never values).
    expect(await db.profiles.get('p1')).toMatchObject({ schema: 1, rev: 2 });
    expect((await db.audit.toArray()).map((a) => [a.action, a.patientKey])).toEqual([['profile.update', 'p1'], ['profile.update', 'p1']]);
  });

  it('writes nothing over a newer revision and returns it to merge', async () => {
    const s = service();
    await s.saveProfile('p1', { ...emptyAdminProfile(), email: typed('a@b.fr') }, 0);
    const late = await s.saveProfile('p1', { ...emptyAdminProfile(), employer: typed('Mairie') }, 0);
    expect(late).toMatchObject({ status: 'stale', rev: 1 });
    expect(late.profile?.email?.value).toBe('a@b.fr');
    expect((await s.getProfile('p1')).profile?.employer).toBeUndefined();
  });

  it('tells the other panels of a saved file (who saved it), not of a refused stale save', async () => {
    const told: string[] = [];
    const s = createPrefillService({ db, now: () => clock, notify: (k, by) => void told.push(`${k} ${by}`) });
    await s.saveProfile('p1', { ...emptyAdminProfile(), email: typed('a@b.fr') }, 0, 'panel-1');
    await s.saveProfile('p1', { ...emptyAdminProfile(), employer: typed('Mairie') }, 0, 'panel-2');
    expect(told).toEqual(['p1 panel-1']);
  });

  it('refuses an invalid profile with the message of the rule (French rendering)', async () => {
    const s = service();
    const bad = { ...emptyAdminProfile(), address: { postalCode: typed('2A004') } };
    const subs = (p: Promise<unknown>) => p.then(() => [], (e: ServiceError) => e.subs.map(inFrench));
    await expect(s.saveProfile('p1', bad, 0)).rejects.toMatchObject({ i18nKey: 'errProfileInvalid' });
    expect(await subs(s.saveProfile('p1', bad, 0))).toEqual([expect.stringMatching(/^address\.postalCode\.value\u00a0: .*Corse/)]);
    const future = { ...emptyAdminProfile(), identity: { birthDate: typed('2026-11-24') } };
    expect(await subs(s.saveProfile('p1', future, 0))).toEqual([expect.stringContaining('futur')]);
    expect(await s.getProfile('p1')).toEqual({ profile: null, rev: 0 });
  });

  it('writes nothing for a patient it does not know', async () => {
    await expect(service().saveProfile('nobody', emptyAdminProfile(), 0)).rejects.toBeInstanceOf(ServiceError);
    expect(await db.profiles.count()).toBe(0);
  });

  it('counts "today" in local time, and shows ISO dates the French way', () => {
    expect(localIsoDate(new Date(2026, 0, 5, 23, 30))).toBe('2026-01-05');
    expect(frenchDate('1974-04-12')).toBe('12/04/1974');
    expect(frenchDate('12/04/1974')).toBe('12/04/1974');
  });
});

describe('remembered form mappings', () => {
  it('keeps the confirmed choice per field signature, "leave alone" included, and audits the fill without values', async () => {
    const s = service();
    expect(await s.getMapping('form1-abc-3')).toEqual({ fields: null });
    await s.recordFill({ patientKey: 'p1', signature: 'form1-abc-3', origin: 'https://dpi.example.fr', fields: { 'f1-a': 'birthName', 'f1-b': null }, filled: 1 });
    expect(await s.getMapping('form1-abc-3')).toEqual({ fields: { 'f1-a': 'birthName', 'f1-b': null } });
    expect(await db.audit.where('patientKey').equals('p1').toArray()).toEqual([
      { seq: expect.any(Number), at: clock, action: 'form.fill', patientKey: 'p1', origin: 'https://dpi.example.fr' },
    ]);
  });
});

describe('document sets', () => {
  it('ticks and unticks pieces per patient, in the set order', async () => {
    const s = service();
    await s.tickPiece({ patientKey: 'p1', setId: 'mdph', pieceId: 'cerfa15695', done: true });
    const set = await s.tickPiece({ patientKey: 'p1', setId: 'mdph', pieceId: 'cerfa15692', done: true });
    expect(set.ticked).toEqual(['cerfa15692', 'cerfa15695']);
    await s.tickPiece({ patientKey: 'p1', setId: 'mdph', pieceId: 'cerfa15695', done: false });
    expect(await s.listDocumentSets('p1')).toEqual([{ setId: 'mdph', ticked: ['cerfa15692'], updatedAt: clock }]);
    expect(await s.listDocumentSets('p2')).toEqual([]);
  });

  it('refuses a piece that is not in the set', async () => {
    await expect(service().tickPiece({ patientKey: 'p1', setId: 'mdph', pieceId: 'nope', done: true })).rejects.toMatchObject({ i18nKey: 'errUnknownPiece' });
  });
});

describe('referrals', () => {
  it('lists, updates and deletes a patient’s referrals, never another’s', async () => {
    const s = service();
    const r = await s.saveReferral('p1', { id: 'r1', to: 'Cardiologue', reason: 'ECG', status: 'todo', date: '2026-12-01' });
    expect(r.date).toBeUndefined(); // no date until booked
    clock += 10;
    const booked = await s.saveReferral('p1', { ...r, status: 'booked', date: '2026-12-01' });
    expect(booked).toMatchObject({ status: 'booked', date: '2026-12-01', createdAt: r.createdAt, updatedAt: clock });
    expect(await s.listReferrals('p1')).toEqual([booked]);
    expect(await s.listReferrals('p2')).toEqual([]);
    await expect(s.saveReferral('p2', { id: 'r1', to: 'X', reason: '', status: 'todo' })).rejects.toMatchObject({ i18nKey: 'errReferralOtherPatient' });
    await expect(s.deleteReferral('p2', 'r1')).rejects.toMatchObject({ i18nKey: 'errReferralOtherPatient' });
    expect(await s.deleteReferral('p1', 'r1')).toBe(true);
    expect(await s.deleteReferral('p1', 'r1')).toBe(false);
  });
});
