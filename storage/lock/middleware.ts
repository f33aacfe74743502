import Dexie, { type DBCore, type DBCoreCursor, type DBCoreIndex, type DBCoreTable, type Middleware } from 'dexie';
import { isSealed, openRow, sealRow } from './seal';

// A Dexie middleware below every other one (closest to IndexedDB): the tables holding patient
// data are sealed on write and opened on read, so services keep working on plain rows. While the
// lock is on and closed (no key), every read of those tables fails with LockedError; keys and
// counts stay readable (they are what the database indexes).
export class LockedError extends Error {
  override name = 'LockedError';
  constructor() {
    super('locked');
  }
}

export interface SealState {
  /** The data key, or null while locked (or when the lock was never enabled). */
  key(): Uint8Array | null;
  /** True when new writes must be sealed (the lock is enabled). */
  sealing(): boolean;
}

const keyPaths = (i: DBCoreIndex): string[] => (i.keyPath == null ? [] : Array.isArray(i.keyPath) ? i.keyPath : [i.keyPath]);

function sealedTable(table: DBCoreTable, state: SealState): DBCoreTable {
  const { name } = table;
  const clear = [...new Set([table.schema.primaryKey, ...table.schema.indexes].flatMap(keyPaths))];
  const key = () => {
    const k = state.key();
    if (!k) throw new LockedError();
    return k;
  };
  const open = (row: unknown): unknown => {
    if (row == null) return row;
    if (isSealed(row)) return openRow(name, row, key());
    // A plain row (lock never enabled, or not yet sealed) is still patient data: closed when locked.
    if (state.sealing()) key();
    return row;
  };
  const seal = (row: unknown): unknown => (state.sealing() && row != null ? sealRow(name, row as Record<string, unknown>, clear, key()) : row);
  // The native cursor's own getters and methods refuse another `this` ("Illegal invocation"):
  // each is delegated explicitly (as Dexie's virtual-index middleware does).
  const wrapCursor = (c: DBCoreCursor | null): DBCoreCursor | null =>
    c && Object.create(c, {
      key: { get: () => c.key },
      primaryKey: { get: () => c.primaryKey },
      value: { get: () => open(c.value) },
      continue: { value: (key?: unknown) => c.continue(key) },
      continuePrimaryKey: { value: (key: unknown, pk: unknown) => c.continuePrimaryKey(key, pk) },
      advance: { value: (n: number) => c.advance(n) },
    });

  // No async/await here: Dexie's promises carry its transaction zone, native ones would drop it.
  const guard = <T,>(f: () => Promise<T>): Promise<T> => {
    try {
      return f();
    } catch (e) {
      return Dexie.Promise.reject(e) as Promise<T>;
    }
  };
  return {
    ...table,
    get: (req) => table.get(req).then(open),
    getMany: (req) => table.getMany(req).then((rows) => rows.map(open)),
    query: (req) => table.query(req).then((res) => (req.values ? { ...res, result: res.result.map(open) } : res)),
    openCursor: (req) =>
      guard(() => {
        if (req.values !== false && state.sealing()) key();
        return table.openCursor(req).then((c) => (req.values === false ? c : wrapCursor(c)));
      }),
    mutate: (req) => guard(() => (req.type === 'add' || req.type === 'put' ? table.mutate({ ...req, values: req.values.map(seal) }) : table.mutate(req))),
  };
}

export function sealingMiddleware(tables: readonly string[], state: SealState): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'PreconsultSeal',
    // Below Dexie's own value cache (-1): everything above sees plain rows.
    level: -2,
    create: (down) => ({
      ...down,
      table: (tableName) => {
        const t = down.table(tableName);
        return tables.includes(tableName) ? sealedTable(t, state) : t;
      },
    }),
  };
}
