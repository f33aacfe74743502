import Dexie, { type EntityTable } from 'dexie';
import type { Slot } from './service';

// The lock's setting and failed attempts live in a small IndexedDB database of the extension's
// own origin, not in storage.local: every content script can write storage.local (Chrome's
// setAccessLevel restricts only storage.session, and storage.session is emptied when the browser
// closes), so a script compromised on any record page could have removed or damaged the setting.
// A database of its own rather than a table of the main one: the setting is per workstation (no
// backup carries it) and it needs no schema version of the patient database.
export const VAULT_DB = 'preconsult-security';
/** Set once the setting kept in storage.local by earlier versions was moved here (never read there again). */
const MOVED = 'movedFromLocal';

interface VaultRow {
  key: string;
  value: unknown;
}
type VaultDb = Dexie & { kv: EntityTable<VaultRow, 'key'> };

export function openVault(name = VAULT_DB): VaultDb {
  const db = new Dexie(name) as VaultDb;
  db.version(1).stores({ kv: 'key' });
  return db;
}

export function vaultSlot<T = unknown>(db: VaultDb, key: string): Slot<T> {
  return {
    get: async () => (await db.kv.get(key))?.value as T | undefined,
    set: async (value) => void (await db.kv.put({ key, value })),
    remove: () => db.kv.delete(key),
  };
}

/**
 * Moves the lock's setting and failures from storage.local (earlier versions) into the vault, once:
 * the value as it is, even damaged (the lock then stays closed). After that, storage.local is never
 * read for them again, whatever a script writes there.
 */
export async function moveFromLocal(db: VaultDb, local: { get(key: string): Promise<unknown>; remove(key: string): Promise<void> }, keys: string[]): Promise<void> {
  if (await db.kv.get(MOVED)) return;
  for (const key of keys) {
    const value = await local.get(key);
    if (value !== undefined && !(await db.kv.get(key))) await db.kv.put({ key, value });
  }
  await db.kv.put({ key: MOVED, value: true });
  for (const key of keys) await local.remove(key);
}
