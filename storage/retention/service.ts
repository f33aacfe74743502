import type { PreconsultDb, PatientRow } from '../db';
import type { RetentionPreview } from '../../messaging/retention-protocol';
import { ServiceError } from '../notes-service';
import { retentionCutoff, selectExpired, startupDue } from './select';
import { DEFAULT_RETENTION, RetentionSettingsSchema, type RetentionSettings } from '../../messaging/storage-keys';

// Applies the retention setting and the "delete everything". Every purge leaves one audit entry
// per forgotten patient (the trail itself is kept: it holds no clinical text).
export interface RetentionDeps {
  db: PreconsultDb;
  now?: () => number;
  store: { get: () => Promise<unknown>; set: (s: RetentionSettings) => Promise<void> };
  /** Tells open panels that these patients' data is gone. */
  notifyPatients?: (keys: string[]) => void | Promise<void>;
  /** Removes what these patients (or everyone) left outside the database: drafts, notices. */
  forgetLocal?: (keys: string[] | 'all') => Promise<void>;
  /** After everything was deleted (the lock, with nothing left to protect, is reset). */
  onWiped?: () => Promise<void>;
}

/** Tables whose rows belong to one patient (indexed or keyed on patientKey). */
const PER_PATIENT = ['notes', 'intakes', 'profiles', 'documentSets', 'referrals'] as const;
const SAMPLE = 5;

export function createRetentionService({ db, now = Date.now, store, notifyPatients, forgetLocal, onWiped }: RetentionDeps) {
  const load = async (): Promise<RetentionSettings> => {
    const p = RetentionSettingsSchema.safeParse(await store.get());
    return p.success ? p.data : DEFAULT_RETENTION;
  };
  const expired = async (months: number) => selectExpired(await db.patients.toArray(), now(), months);
  const countNotes = (keys: string[]) => (keys.length ? db.notes.where('patientKey').anyOf(keys).count() : Promise.resolve(0));

  const service = {
    load,
    async save(enabled: boolean, months: number): Promise<RetentionSettings> {
      const next = RetentionSettingsSchema.parse({ ...(await load()), enabled, months });
      await store.set(next);
      return next;
    },

    async preview(months: number): Promise<RetentionPreview> {
      const list = (await expired(months)).sort((a, b) => a.lastSeen - b.lastSeen);
      return {
        patients: list.length,
        notes: await countNotes(list.map((p) => p.key)),
        oldestLastSeen: list[0]?.lastSeen ?? null,
        cutoff: retentionCutoff(now(), months),
        sample: list.slice(0, SAMPLE).map((p: PatientRow) => ({ name: `${(p.usedName || p.birthName).toUpperCase()} ${p.firstNames}`, lastSeen: p.lastSeen })),
      };
    },

    async purge(months: number): Promise<{ patients: number; notes: number }> {
      const t = now();
      const result = await db.transaction('rw', [db.patients, db.audit, ...PER_PATIENT.map((n) => db.table(n))], async () => {
        // Selected inside the transaction: a patient seen meanwhile is not purged.
        const keys = (await expired(months)).map((p) => p.key);
        if (!keys.length) return { keys, notes: 0 };
        const notes = await countNotes(keys);
        for (const n of PER_PATIENT) await db.table(n).where('patientKey').anyOf(keys).delete();
        await db.patients.bulkDelete(keys);
        await db.audit.bulkAdd(keys.map((patientKey) => ({ at: t, action: 'retention.purge' as const, patientKey })));
        return { keys, notes };
      });
      if (result.keys.length) {
        await forgetLocal?.(result.keys);
        await notifyPatients?.(result.keys);
      }
      return { patients: result.keys.length, notes: result.notes };
    },

    /** Background start-up: purges when enabled, at most once a day. Returns whether it ran. */
    async applyAtStartup(): Promise<boolean> {
      const s = await load();
      if (!startupDue(s, now())) {
        if (s.enabled) await store.set({ ...s, checkedAt: now() });
        return false;
      }
      await service.purge(s.months);
      await store.set({ ...s, lastRunAt: now(), checkedAt: now() });
      return true;
    },

    async wipeAll(confirm: string): Promise<void> {
      if (confirm !== 'SUPPRIMER') throw new ServiceError('errWipeConfirm');
      // Keys only: readable even while the workstation lock is closed (the way out of a forgotten passphrase).
      const keys = (await db.patients.toCollection().primaryKeys()) as string[];
      await db.transaction('rw', db.tables, async () => {
        for (const table of db.tables) await table.clear();
        // The one trace left: that everything was deleted, and when.
        await db.audit.add({ at: now(), action: 'data.wipe', patientKey: '' });
      });
      // Open panels hear it first (their notes vanish), then the notices go too.
      if (keys.length) await notifyPatients?.(keys);
      await forgetLocal?.('all');
      await onWiped?.();
    },
  };
  return service;
}

export type RetentionService = ReturnType<typeof createRetentionService>;
