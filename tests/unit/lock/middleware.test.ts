import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { openDb, type PreconsultDb } from '../../../storage/db';
import { createKeyring, type Keyring } from '../../../storage/lock/keyring';
import { LockedError } from '../../../storage/lock/middleware';
import { SEAL_FIELD } from '../../../storage/lock/seal';

let db: PreconsultDb;
let raw: Dexie;
let ring: Keyring;
const key = () => new Uint8Array(32).fill(3);
const note = (id: string, patientKey: string, text: string, updatedAt = 1) => ({ id, patientKey, text, createdAt: 1, updatedAt });

beforeEach(async () => {
  ring = createKeyring();
  const name = `seal-${Math.random()}`;
  db = openDb(name, ring);
  await db.open();
  // The same database without the middleware: what is on disk.
  raw = new Dexie(name);
  await raw.open();
});
afterEach(async () => {
  db.close();
  raw.close();
  await Dexie.delete(db.name);
});

describe('sealing middleware', () => {
  it('stores plain rows while the lock is off', async () => {
    await db.notes.put(note('n1', 'p1', 'Toux'));
    expect(await raw.table('notes').get('n1')).toEqual(note('n1', 'p1', 'Toux'));
  });

  it('seals patient tables on disk and reads them back through every path', async () => {
    ring.setSealing(true);
    ring.set(key());
    await db.notes.bulkPut([note('n1', 'p1', 'Toux sèche', 2), note('n2', 'p1', 'Fièvre', 3), note('n3', 'p2', 'Vaccin', 1)]);
    const disk = await raw.table('notes').get('n1');
    expect(disk.text).toBeUndefined();
    expect(disk[SEAL_FIELD]).toBeDefined();
    expect(disk.patientKey).toBe('p1');

    expect((await db.notes.get('n1'))?.text).toBe('Toux sèche');
    expect((await db.notes.where('patientKey').equals('p1').sortBy('updatedAt')).map((n) => n.text)).toEqual(['Toux sèche', 'Fièvre']);
    expect((await db.notes.bulkGet(['n3', 'n2'])).map((n) => n?.text)).toEqual(['Vaccin', 'Fièvre']);
    const seen: string[] = [];
    await db.notes.orderBy('updatedAt').each((n) => void seen.push(n.text));
    expect(seen).toEqual(['Vaccin', 'Toux sèche', 'Fièvre']);
    expect(await db.notes.filter((n) => n.text.startsWith('F')).count()).toBe(1);
    await db.notes.update('n1', { text: 'Toux grasse' });
    await db.notes.where('patientKey').equals('p2').modify({ text: 'Vaccin fait' });
    expect((await db.notes.get('n1'))?.text).toBe('Toux grasse');
    expect((await db.notes.get('n3'))?.text).toBe('Vaccin fait');
    expect((await raw.table('notes').get('n3')).text).toBeUndefined();
  });

  it('seals compound-key tables', async () => {
    ring.setSealing(true);
    ring.set(key());
    await db.documentSets.put({ patientKey: 'p1', setId: 'mdph', checked: ['cni'] });
    expect(await db.documentSets.get(['p1', 'mdph'])).toEqual({ patientKey: 'p1', setId: 'mdph', checked: ['cni'] });
    expect((await raw.table('documentSets').get(['p1', 'mdph'])).checked).toBeUndefined();
  });

  it('closes every read and write of patient data while locked, keeps counts and keys', async () => {
    ring.setSealing(true);
    ring.set(key());
    await db.notes.put(note('n1', 'p1', 'Toux'));
    ring.set(null);
    await expect(db.notes.get('n1')).rejects.toBeInstanceOf(LockedError);
    await expect(db.notes.where('patientKey').equals('p1').toArray()).rejects.toBeInstanceOf(LockedError);
    await expect(db.notes.toCollection().each(() => undefined)).rejects.toBeInstanceOf(LockedError);
    await expect(db.notes.put(note('n2', 'p1', 'x'))).rejects.toBeInstanceOf(LockedError);
    expect(await db.notes.count()).toBe(1);
    expect(await db.notes.toCollection().primaryKeys()).toEqual(['n1']);
    // Tables without patient data stay open (site rules are needed to read the page).
    await db.siteRules.put({ id: 'r1', origin: 'https://x' });
    expect(await db.siteRules.get('r1')).toEqual({ id: 'r1', origin: 'https://x' });
  });

  it('closes plain rows too while locked (rows not yet sealed)', async () => {
    await db.notes.put(note('n1', 'p1', 'Toux'));
    ring.setSealing(true);
    await expect(db.notes.get('n1')).rejects.toBeInstanceOf(LockedError);
  });

  it('still opens sealed rows while a disable is finishing', async () => {
    ring.setSealing(true);
    ring.set(key());
    await db.notes.put(note('n1', 'p1', 'Toux'));
    ring.setSealing(false);
    expect((await db.notes.get('n1'))?.text).toBe('Toux');
    await db.notes.put({ ...(await db.notes.get('n1'))! });
    expect((await raw.table('notes').get('n1')).text).toBe('Toux');
  });
});

describe('sealing middleware over brand-checked cursors', () => {
  // Real IndexedDB cursors throw "Illegal invocation" when their getters or methods run with
  // another `this` (fake-indexeddb does not): a probe below the middleware restores that check.
  it('never calls a cursor member through a derived object', async () => {
    const name = `strict-${Math.random()}`;
    const ring = createKeyring();
    const strict = openDb(name, ring);
    strict.use({
      stack: 'dbcore', name: 'strict-cursors', level: -3,
      create: (down) => ({
        ...down,
        table: (t) => {
          const table = down.table(t);
          return {
            ...table,
            openCursor: (req) => table.openCursor(req).then((c) => {
              if (!c) return c;
              const checked = (k: 'key' | 'primaryKey' | 'value') => ({
                get(this: unknown) {
                  if (this !== strictCursor) throw new TypeError('Illegal invocation');
                  return c[k];
                },
              });
              const strictCursor: typeof c = Object.create(c, { key: checked('key'), primaryKey: checked('primaryKey'), value: checked('value') });
              return strictCursor;
            }),
          };
        },
      }),
    });
    try {
      for (const sealing of [false, true]) {
        ring.setSealing(sealing);
        ring.set(sealing ? key() : null);
        await strict.notes.bulkPut([note('a', 'p1', 'un', 1), note('b', 'p2', 'deux', 2), note('c', 'p3', 'trois', 3)]);
        expect(await strict.notes.where('patientKey').anyOf(['p1', 'p3']).count()).toBe(2);
        expect((await strict.notes.where('patientKey').anyOf(['p1', 'p3']).toArray()).map((n) => n.text).sort()).toEqual(['trois', 'un']);
        const seen: string[] = [];
        await strict.notes.orderBy('updatedAt').reverse().each((n) => void seen.push(n.text));
        expect(seen).toEqual(['trois', 'deux', 'un']);
        await strict.notes.where('patientKey').anyOf(['p2']).modify({ text: 'deux bis' });
        expect((await strict.notes.get('b'))?.text).toBe('deux bis');
        await strict.notes.where('patientKey').anyOf(['p1', 'p2', 'p3']).delete();
      }
    } finally {
      strict.close();
      await Dexie.delete(name);
    }
  });
});
