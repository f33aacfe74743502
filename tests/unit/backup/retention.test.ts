import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { openDb, type PreconsultDb, type PatientRow } from '../../../storage/db';
import { createRetentionService } from '../../../storage/retention/service';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { forgetLocalTraces } from '../../../background/local-traces';
import { CHANGE_KEY } from '../../../messaging/storage-keys';
import { retentionCutoff, selectExpired, startupDue, DAY_MS } from '../../../storage/retention/select';
import { type RetentionSettings } from '../../../messaging/storage-keys';

const NOW = new Date(2026, 10, 23, 10).getTime();
const monthsAgo = (m: number, extraDays = 0) => { const d = new Date(NOW); d.setMonth(d.getMonth() - m); return d.getTime() - extraDays * DAY_MS; };

describe('retention selection', () => {
  it('cuts at N calendar months, clamping the day of month', () => {
    expect(new Date(retentionCutoff(NOW, 12)).toDateString()).toBe(new Date(2025, 10, 23, 10).toDateString());
    expect(new Date(retentionCutoff(new Date(2026, 2, 31).getTime(), 1)).getDate()).toBe(28);
    const ps = [{ key: 'old', lastSeen: monthsAgo(12, 1) }, { key: 'edge', lastSeen: monthsAgo(12) }, { key: 'recent', lastSeen: monthsAgo(2) }];
    expect(selectExpired(ps, NOW, 12).map((p) => p.key)).toEqual(['old']);
  });
  it('runs at start-up only when enabled and not within the last day', () => {
    const s: RetentionSettings = { enabled: true, months: 12 };
    expect(startupDue(s, NOW)).toBe(true);
    expect(startupDue({ ...s, lastRunAt: NOW - DAY_MS + 1 }, NOW)).toBe(false);
    expect(startupDue({ ...s, lastRunAt: NOW - DAY_MS }, NOW)).toBe(true);
    expect(startupDue({ ...s, enabled: false }, NOW)).toBe(false);
  });
});

describe('retention service', () => {
  let db: PreconsultDb;
  let stored: unknown;
  beforeEach(async () => {
    db = openDb(`rt-${Math.random()}`);
    stored = undefined;
    const p = (key: string, lastSeen: number): PatientRow => ({ key, origin: 'o', adapter: 'demo', birthName: key.toUpperCase(), firstNames: 'X', birthDate: '1970-01-01', firstSeen: 0, lastSeen });
    await db.patients.bulkAdd([p('old', monthsAgo(30)), p('older', monthsAgo(40)), p('recent', monthsAgo(1))]);
    await db.notes.bulkAdd([
      { id: '1', patientKey: 'old', text: 'a', createdAt: 0, updatedAt: 0 },
      { id: '2', patientKey: 'older', text: 'b', createdAt: 0, updatedAt: 0 },
      { id: '3', patientKey: 'recent', text: 'c', createdAt: 0, updatedAt: 0 },
    ]);
    await db.profiles.add({ patientKey: 'old', rev: 1, updatedAt: 0 });
    await db.intakes.add({ id: 'i', patientKey: 'older', status: 'finished', startedAt: 0 });
  });
  afterEach(async () => { db.close(); await Dexie.delete(db.name); });
  const svc = () => createRetentionService({ db, now: () => NOW, store: { get: async () => stored, set: async (s) => { stored = s; } } });

  it('previews, then purges only the expired patients and their rows, with an audit entry each', async () => {
    const s = svc();
    const pv = await s.preview(24);
    expect(pv).toMatchObject({ patients: 2, notes: 2, oldestLastSeen: monthsAgo(40) });
    expect(pv.sample.map((x) => x.name)).toEqual(['OLDER X', 'OLD X']);
    expect(await db.patients.count()).toBe(3); // a preview deletes nothing
    expect(await s.purge(24)).toEqual({ patients: 2, notes: 2 });
    expect((await db.patients.toArray()).map((p) => p.key)).toEqual(['recent']);
    expect((await db.notes.toArray()).map((n) => n.id)).toEqual(['3']);
    expect(await db.profiles.count()).toBe(0);
    expect(await db.intakes.count()).toBe(0);
    expect((await db.audit.toArray()).map((a) => [a.action, a.patientKey]).sort()).toEqual([['retention.purge', 'old'], ['retention.purge', 'older']]);
  });

  it('is off by default, validates the setting, and applies at start-up once a day', async () => {
    const s = svc();
    expect(await s.load()).toMatchObject({ enabled: false });
    expect(await s.applyAtStartup()).toBe(false);
    await expect(s.save(true, 2)).rejects.toThrow();
    await s.save(true, 36);
    expect(await s.applyAtStartup()).toBe(true);
    expect((await db.patients.toArray()).map((p) => p.key).sort()).toEqual(['old', 'recent']);
    expect(await s.applyAtStartup()).toBe(false);
  });

  it('deletes everything only with the typed word', async () => {
    const s = svc();
    await expect(s.wipeAll('oui')).rejects.toThrow('errWipeConfirm');
    await s.wipeAll('SUPPRIMER');
    expect(await db.patients.count()).toBe(0);
    expect(await db.notes.count()).toBe(0);
    expect((await db.audit.toArray()).map((a) => a.action)).toEqual(['data.wipe']);
  });
});

describe('local traces (storage.local) of purged patients', () => {
  beforeEach(() => fakeBrowser.reset());

  it('forgets the drafts of the purged patients only, and everything with the notices on a wipe', async () => {
    await fakeBrowser.storage.local.set({
      'unsavedDraft:n1': { patientKey: 'old', noteId: 'n1', text: 'brouillon', createdAt: 0, at: 1 },
      'unsavedDraft:n2': { patientKey: 'recent', noteId: 'n2', text: 'autre', createdAt: 0, at: 1 },
      [CHANGE_KEY]: { patientKey: 'old', at: 1, by: 'x' },
      'preconsult:role': 'medecin',
    });
    await forgetLocalTraces(['old']);
    expect(Object.keys(await fakeBrowser.storage.local.get(null)).sort()).toEqual([CHANGE_KEY, 'preconsult:role', 'unsavedDraft:n2']);
    await forgetLocalTraces('all');
    expect(Object.keys(await fakeBrowser.storage.local.get(null))).toEqual(['preconsult:role']);
  });

  it('forgets the drafts kept in memory-only storage while the workstation lock is on', async () => {
    await fakeBrowser.storage.session.set({
      'unsavedDraft:n1': { patientKey: 'old', noteId: 'n1', text: 'brouillon', createdAt: 0, at: 1 },
      'unsavedDraft:n2': { patientKey: 'recent', noteId: 'n2', text: 'autre', createdAt: 0, at: 1 },
      lockDataKey: 'AAAA',
    });
    await forgetLocalTraces(['old']);
    expect(Object.keys(await fakeBrowser.storage.session.get(null)).sort()).toEqual(['lockDataKey', 'unsavedDraft:n2']);
  });

  it('is called by the purge with the purged keys and by the wipe with everything', async () => {
    const db = openDb(`rt-traces-${Math.random()}`);
    await db.patients.add({ key: 'old', origin: 'o', adapter: 'demo', birthName: 'A', firstNames: 'B', birthDate: '1970-01-01', firstSeen: 0, lastSeen: monthsAgo(50) });
    const calls: unknown[] = [];
    const s = createRetentionService({ db, now: () => NOW, store: { get: async () => undefined, set: async () => undefined }, forgetLocal: async (k) => void calls.push(k) });
    await s.purge(12);
    await s.wipeAll('SUPPRIMER');
    expect(calls).toEqual([['old'], 'all']);
    db.close();
    await Dexie.delete(db.name);
  });
});
