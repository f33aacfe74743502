import type { TableName } from './payload';

// How one imported row meets the local one with the same key. Never loses the newer version:
// rows that carry `updatedAt` keep the later one (then the higher `rev`); patients keep their
// earliest first visit and latest last visit; rows without a date stay as they are locally.
export type Row = Record<string, unknown>;
export type Outcome = { action: 'add' | 'update'; row: Row } | { action: 'keep' } | { action: 'rehome' };

/** Tables whose rows belong to one patient under their own id: a row never changes patient. */
const OWNED = new Set<string>(['notes', 'intakes', 'referrals']);
/** What says who a patient is: a file may bring visits, never another identity behind a known key. */
const IDENTITY = ['origin', 'adapter', 'recordId', 'birthName', 'usedName', 'firstNames', 'birthDate', 'sex', 'nir', 'identityAck'];

const num = (r: Row, k: string) => (typeof r[k] === 'number' ? (r[k] as number) : -Infinity);

export function mergeRow(table: Exclude<TableName, 'audit'>, local: Row | undefined, incoming: Row): Outcome {
  if (!local) return { action: 'add', row: incoming };
  if (OWNED.has(table) && local.patientKey !== incoming.patientKey) return { action: 'rehome' };
  if (table === 'patients') {
    const newer = num(incoming, 'lastSeen') > num(local, 'lastSeen') ? incoming : local;
    const identity = Object.fromEntries(IDENTITY.filter((k) => k in local).map((k) => [k, local[k]]));
    const row: Row = { ...Object.fromEntries(Object.entries(newer).filter(([k]) => !IDENTITY.includes(k))), ...identity, firstSeen: Math.min(num(local, 'firstSeen'), num(incoming, 'firstSeen')), lastSeen: Math.max(num(local, 'lastSeen'), num(incoming, 'lastSeen')) };
    const changed = Object.keys({ ...local, ...row }).some((k) => local[k] !== row[k]);
    return changed ? { action: 'update', row } : { action: 'keep' };
  }
  const dIn = num(incoming, 'updatedAt');
  const dLocal = num(local, 'updatedAt');
  if (dIn > dLocal || (dIn === dLocal && num(incoming, 'rev') > num(local, 'rev'))) return { action: 'update', row: incoming };
  return { action: 'keep' };
}

/** The primary key of a row, as a string usable in a Map (documentSets has a compound key). */
export function rowKey(table: Exclude<TableName, 'audit'>, r: Row): string {
  switch (table) {
    case 'patients': return String(r.key);
    case 'profiles': return String(r.patientKey);
    case 'formMappings': return String(r.signature);
    case 'documentSets': return JSON.stringify([r.patientKey, r.setId]);
    default: return String(r.id);
  }
}

/** An audit entry's identity regardless of its local sequence number. */
export const auditKey = (r: Row) => JSON.stringify([r.at, r.action, r.patientKey, r.noteId ?? null, r.origin ?? null]);
