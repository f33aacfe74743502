import type { Table } from 'dexie';
import type { PreconsultDb, AuditRow } from '../db';
import type { Role } from '../../messaging/storage-keys';
import type { ImportCounts } from '../../messaging/backup-protocol';
import { ServiceError } from '../notes-service';
import { decryptBackup, encryptBackup } from './crypto';
import { payloadSchema, TABLES, firstIssue, upgradeKeys, type Payload, type TableName } from './payload';
import { auditKey, mergeRow, rowKey, type Row } from './merge';

// Export of every table into one encrypted file, and import with a merge (never a replace): the
// payload is validated whole before anything is written, then merged in one transaction.
export interface BackupDeps {
  db: PreconsultDb;
  now?: () => number;
  /** The settings kept outside the database (storage.local). */
  settings: { loadRole: () => Promise<Role | undefined>; saveRole: (r: Role) => Promise<unknown> };
  /** Tells open panels that these patients' notes changed. */
  notifyPatients?: (keys: string[]) => void;
  /** After an import (it may bring taught site rules: their published index follows). */
  onImported?: () => Promise<void>;
}

export const MIN_PASSPHRASE = 10;

const emptyCounts = (): ImportCounts => ({ added: 0, updated: 0, kept: 0, byTable: {} });

export function createBackupService({ db, now = Date.now, settings, notifyPatients, onImported }: BackupDeps) {
  const table = (name: TableName) => db.table(name) as Table<Row, unknown>;
  const checkPassphrase = (p: string) => {
    if (p.length < MIN_PASSPHRASE) throw new ServiceError('errBackupShortPass', [String(MIN_PASSPHRASE)]);
  };

  return {
    async exportFile(passphrase: string): Promise<string> {
      checkPassphrase(passphrase);
      const tables = {} as Record<TableName, Row[]>;
      await db.transaction('r', TABLES.map(table), async () => {
        for (const name of TABLES) tables[name] = await table(name).toArray();
      });
      const role = await settings.loadRole();
      const payload = { kind: 'preconsult-data', schemaVersion: 3, exportedAt: now(), tables, settings: role ? { role } : {} };
      // What is exported must import: check it with the import's own schema before writing a file.
      const check = payloadSchema(now()).safeParse(payload);
      if (!check.success) throw new ServiceError('errBackupExportInvalid', [firstIssue(check.error)]);
      return encryptBackup(JSON.stringify(payload), passphrase);
    },

    async importFile(file: string, passphrase: string): Promise<ImportCounts> {
      const plain = await decryptBackup(file, passphrase);
      let json: unknown;
      try {
        json = JSON.parse(plain);
      } catch {
        throw new ServiceError('errBackupNotJson');
      }
      const parsed = payloadSchema(now()).safeParse(json);
      if (!parsed.success) throw new ServiceError('errBackupInvalid', [firstIssue(parsed.error)]);
      const counts = await merge(upgradeKeys(parsed.data));
      // The workstation's own role wins; a fresh workstation takes the practice's.
      if (parsed.data.settings.role && !(await settings.loadRole())) await settings.saveRole(parsed.data.settings.role);
      await onImported?.();
      return counts;
    },
  };

  async function merge(p: Payload): Promise<ImportCounts> {
    const counts = emptyCounts();
    const touched = new Set<string>();
    const bump = (name: TableName, k: 'added' | 'updated' | 'kept', n = 1) => {
      const c = (counts.byTable[name] ??= { added: 0, updated: 0, kept: 0 });
      c[k] += n;
      counts[k] += n;
    };
    await db.transaction('rw', TABLES.map(table), async () => {
      for (const name of TABLES) {
        const rows = p.tables[name] as Row[];
        if (name === 'audit') {
          const seen = new Set((await db.audit.toArray()).map((r) => auditKey(r as unknown as Row)));
          // Marked: an imported line was written elsewhere (or by whoever made the file), never here.
          const fresh = rows.filter((r) => !seen.has(auditKey(r)) && seen.add(auditKey(r))).map(({ seq: _seq, ...r }) => ({ ...r, imported: true }) as unknown as AuditRow);
          await db.audit.bulkAdd(fresh);
          bump(name, 'added', fresh.length);
          bump(name, 'kept', rows.length - fresh.length);
          continue;
        }
        const local = new Map((await table(name).toArray()).map((r) => [rowKey(name, r), r]));
        const writes: Row[] = [];
        for (const r of rows) {
          const k = rowKey(name, r);
          const o = mergeRow(name, local.get(k), r);
          // A row that would move a note (an intake, a letter) to another patient: the whole file is refused.
          if (o.action === 'rehome') throw new ServiceError('errBackupRehome', [`${name} ${k}`]);
          if (o.action === 'keep') { bump(name, 'kept'); continue; }
          bump(name, o.action === 'add' ? 'added' : 'updated');
          writes.push(o.row);
          local.set(k, o.row);
          if (name === 'notes') touched.add(String(r.patientKey));
        }
        await table(name).bulkPut(writes);
      }
    });
    if (touched.size) notifyPatients?.([...touched]);
    return counts;
  }
}

export type BackupService = ReturnType<typeof createBackupService>;
