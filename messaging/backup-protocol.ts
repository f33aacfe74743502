import * as z from 'zod/mini';

// Encrypted backup (storage/backup/): the options page sends the passphrase with each request;
// the background never stores it.
/** The largest backup file read (a whole practice's notes are far smaller): checked before reading it. */
export const BACKUP_MAX_BYTES = 200_000_000;

export const backupRequests = [
  z.object({ type: z.literal('backup.export'), passphrase: z.string() }),
  // A file of a few tens of MB at most: a whole practice's notes are far smaller.
  z.object({ type: z.literal('backup.import'), file: z.string().check(z.maxLength(BACKUP_MAX_BYTES)), passphrase: z.string() }),
] as const;

export interface TableCounts { added: number; updated: number; kept: number }
export interface ImportCounts extends TableCounts {
  byTable: Partial<Record<string, TableCounts>>;
}

export interface BackupResponses {
  'backup.export': { file: string };
  'backup.import': ImportCounts;
}
