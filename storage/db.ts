import Dexie, { type EntityTable } from 'dexie';

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

export type AuditAction = 'patient.create' | 'patient.seen' | 'note.create' | 'note.update' | 'note.delete';

export interface AuditRow {
  seq?: number;
  at: number;
  action: AuditAction;
  patientKey: string;
  noteId?: string;
  origin?: string;
}

export type PreconsultDb = Dexie & {
  patients: EntityTable<PatientRow, 'key'>;
  notes: EntityTable<NoteRow, 'id'>;
  audit: EntityTable<AuditRow, 'seq'>;
};

export const DB_NAME = 'preconsult';

/** Every schema version stays listed here, each with its upgrade, so any old database opens. */
export function defineSchema(db: Dexie): void {
  db.version(1).stores({
    patients: 'key, origin, lastSeen',
    notes: 'id, patientKey, updatedAt',
    audit: '++seq, at, patientKey',
  });
}

export function openDb(name = DB_NAME): PreconsultDb {
  const db = new Dexie(name) as PreconsultDb;
  defineSchema(db);
  return db;
}
