import Dexie, { type EntityTable } from 'dexie';
import { sealingMiddleware, type SealState } from './lock/middleware';
import { upgradePatientKey } from '../clinical/identity/patient-key';

// The extension's own IndexedDB, opened by the background only (never by a content script).
// Index only what a where() uses; note bodies are never indexed.

export interface PatientRow {
  key: string;
  origin: string;
  adapter: string;
  recordId?: string;
  birthName: string;
  usedName?: string;
  firstNames: string;
  birthDate: string;
  sex?: 'F' | 'M';
  nir?: string;
  /** The identity doubts the user confirmed for this patient (so they are not asked again). */
  identityAck?: string;
  firstSeen: number;
  lastSeen: number;
}

export interface NoteRow {
  id: string;
  patientKey: string;
  text: string;
  createdAt: number;
  updatedAt: number;
}

/** Every action the audit trail records (a backup's lines are checked against this list). */
export const AUDIT_ACTIONS = ['patient.create', 'patient.confirm', 'note.create', 'note.update', 'note.delete', 'profile.update', 'form.fill', 'retention.purge', 'data.wipe', 'patient.export'] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export interface AuditRow {
  seq?: number;
  at: number;
  action: AuditAction;
  patientKey: string;
  noteId?: string;
  origin?: string;
  /** Came from a backup file (written by another workstation, or by whoever made the file). */
  imported?: true;
}

/** v2 rows whose shape each feature owns (Zod schema in its own storage module). */
export interface IntakeRow { id: string; patientKey: string; status: 'open' | 'finished'; startedAt: number; [k: string]: unknown }
export interface TemplateRow { id: string; [k: string]: unknown }
export interface ProfileRow { patientKey: string; [k: string]: unknown }
export interface FormMappingRow { signature: string; [k: string]: unknown }
export interface DocumentSetRow { patientKey: string; setId: string; [k: string]: unknown }
export interface ReferralRow { id: string; patientKey: string; [k: string]: unknown }
export interface SiteRuleRow { id: string; origin: string; [k: string]: unknown }

export type PreconsultDb = Dexie & {
  patients: EntityTable<PatientRow, 'key'>;
  notes: EntityTable<NoteRow, 'id'>;
  audit: EntityTable<AuditRow, 'seq'>;
  intakes: EntityTable<IntakeRow, 'id'>;
  templates: EntityTable<TemplateRow, 'id'>;
  profiles: EntityTable<ProfileRow, 'patientKey'>;
  formMappings: EntityTable<FormMappingRow, 'signature'>;
  documentSets: Dexie.Table<DocumentSetRow, [string, string]>;
  referrals: EntityTable<ReferralRow, 'id'>;
  siteRules: EntityTable<SiteRuleRow, 'id'>;
};

export const DB_NAME = 'preconsult';

/** The tables holding patient data: sealed under the lock's key when the lock is on (storage/lock/). */
export const SEALED_TABLES = ['patients', 'notes', 'intakes', 'profiles', 'documentSets', 'referrals'] as const;

/** Every schema version stays listed here, each with its upgrade, so any old database opens. */
export function defineSchema(db: Dexie): void {
  db.version(1).stores({
    patients: 'key, origin, lastSeen',
    notes: 'id, patientKey, updatedAt',
    audit: '++seq, at, patientKey',
  });
  // v2: intake checklist, administrative file, taught site rules. New tables only: v1 data is
  // kept as it is (the upgrade is a no-op, listed so the migration test replays it).
  db.version(2)
    .stores({
      intakes: 'id, patientKey, startedAt',
      templates: 'id',
      profiles: 'patientKey',
      formMappings: 'signature',
      documentSets: '[patientKey+setId], patientKey',
      referrals: 'id, patientKey',
      siteRules: 'id, origin',
    })
    .upgrade(() => undefined);
  // v3: patient keys without a record id held the patient's folded names and birth date in clear
  // (keys are indexed, so they stay readable on disk even under the workstation lock); they become
  // a digest of them. Every table that stores a patient key is rewritten, the audit trail included.
  // (Upgrades run through the sealing middleware: this one predates the lock, so no row is sealed
  // yet; a later upgrade touching sealed fields must run on an unlocked database.)
  db.version(3)
    .stores({})
    .upgrade(async (tx) => {
      for (const name of ['notes', 'audit', 'intakes', 'referrals']) {
        await tx.table(name).toCollection().modify((r: { patientKey: string }) => {
          const k = upgradePatientKey(r.patientKey);
          if (k !== r.patientKey) r.patientKey = k;
        });
      }
      // Tables whose primary key holds the patient key: the row moves to its new key.
      const rekey = async (name: string, field: 'key' | 'patientKey', pk: (r: Record<string, unknown>) => unknown) => {
        const t = tx.table(name);
        for (const r of (await t.toArray()) as Record<string, unknown>[]) {
          const k = upgradePatientKey(String(r[field]));
          if (k === r[field]) continue;
          await t.delete(pk(r) as never);
          await t.put({ ...r, [field]: k });
        }
      };
      await rekey('patients', 'key', (r) => r.key);
      await rekey('profiles', 'patientKey', (r) => r.patientKey);
      await rekey('documentSets', 'patientKey', (r) => [r.patientKey, r.setId]);
    });
}

export function openDb(name = DB_NAME, seal?: SealState): PreconsultDb {
  const db = new Dexie(name) as PreconsultDb;
  defineSchema(db);
  if (seal) db.use(sealingMiddleware(SEALED_TABLES, seal));
  return db;
}
