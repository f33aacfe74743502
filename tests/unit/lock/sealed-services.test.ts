// The storage services' own test suites, run again with the lock enabled and unlocked: every row
// of the patient tables is sealed on disk, and the services must not notice. A probe below the
// sealing middleware checks that every row written to those tables is sealed.
import 'fake-indexeddb/auto';
import { afterAll, expect, vi } from 'vitest';
import type { DBCore, Middleware } from 'dexie';
import { SEAL_FIELD } from '../../../storage/lock/seal';

const probe = { rows: 0, plain: [] as string[] };
vi.mock('../../../storage/db', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../storage/db')>();
  const { createKeyring } = await import('../../../storage/lock/keyring');
  const sealed: readonly string[] = real.SEALED_TABLES;
  const diskProbe: Middleware<DBCore> = {
    stack: 'dbcore', name: 'probe', level: -3,
    create: (down) => ({
      ...down,
      table: (name) => {
        const t = down.table(name);
        if (!sealed.includes(name)) return t;
        return {
          ...t,
          mutate: (req) => {
            if (req.type === 'add' || req.type === 'put') {
              for (const v of req.values) {
                probe.rows++;
                if (!(SEAL_FIELD in (v as object))) probe.plain.push(`${name}: ${JSON.stringify(v)}`);
              }
            }
            return t.mutate(req);
          },
        };
      },
    }),
  };
  return {
    ...real,
    openDb: (name?: string) => {
      const ring = createKeyring();
      ring.setSealing(true);
      ring.set(crypto.getRandomValues(new Uint8Array(32)));
      const db = real.openDb(name, ring);
      db.use(diskProbe);
      return db;
    },
  };
});

afterAll(() => {
  expect(probe.plain).toEqual([]);
  // Not vacuous: the suites wrote many patient rows.
  expect(probe.rows).toBeGreaterThan(50);
});

await import('../storage/notes-service.test');
await import('../storage/intake-service.test');
await import('../prefill/prefill-service.test');
await import('../backup/backup.test');
await import('../backup/retention.test');
