import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { openDb, type PreconsultDb } from '../../../storage/db';
import { createKeyring } from '../../../storage/lock/keyring';
import { createLockService, type Slot } from '../../../storage/lock/service';
import { LockedError } from '../../../storage/lock/middleware';
import { SEAL_FIELD } from '../../../storage/lock/seal';
import { ServiceError } from '../../../storage/notes-service';
import { createRetentionService } from '../../../storage/retention/service';

// A fast KDF for tests (the minimum the saved setting accepts); the product uses 600 000.
const ITER = 100_000;
const slot = <T,>(): Slot<T> & { value?: T } => {
  const s: Slot<T> & { value?: T } = {
    get: async () => s.value,
    set: async (v) => void (s.value = structuredClone(v)),
    remove: async () => void delete s.value,
  };
  return s;
};

let db: PreconsultDb;
let raw: Dexie;
let clock: number;
let stores: { config: ReturnType<typeof slot>; session: ReturnType<typeof slot<string>>; failures: ReturnType<typeof slot> };
const events: string[] = [];
let idle: number | null | undefined;

const service = () => {
  const keyring = createKeyring();
  db?.close();
  db = openDb(name, keyring);
  return createLockService({
    db, keyring, ...stores, iterations: ITER, now: () => clock,
    notify: (locked) => events.push(locked ? 'locked' : 'unlocked'),
    applyIdle: (m) => void (idle = m),
    onUnlocked: () => events.push('onUnlocked'),
  });
};
let name: string;

const note = (id: string, text: string) => ({ id, patientKey: 'p1', text, createdAt: 1, updatedAt: 1 });
const serviceError = async (p: Promise<unknown>) => {
  const e = await p.then(() => null, (x: unknown) => x);
  expect(e).toBeInstanceOf(ServiceError);
  return (e as ServiceError).i18nKey;
};

beforeEach(async () => {
  name = `lock-${Math.random()}`;
  clock = 1_000_000;
  stores = { config: slot(), session: slot<string>(), failures: slot() };
  events.length = 0;
  idle = undefined;
  raw = new Dexie(name);
});
afterEach(async () => {
  db.close();
  raw.close();
  await Dexie.delete(name);
});

async function seeded() {
  const lock = service();
  await lock.restore();
  await db.notes.bulkPut([note('n1', 'Otite'), note('n2', 'Angine')]);
  await db.patients.put({ key: 'p1', origin: 'o', adapter: 'a', birthName: 'DURAND', firstNames: 'Léa', birthDate: '2001-02-03', firstSeen: 1, lastSeen: 1 });
  return lock;
}
const onDisk = async (table: string, key: string) => {
  if (!raw.isOpen()) await raw.open();
  return raw.table(table).get(key);
};

describe('workstation lock', () => {
  it('is off by default: nothing sealed, nothing locked', async () => {
    const lock = await seeded();
    expect(await lock.status()).toMatchObject({ enabled: false, locked: false });
    expect((await onDisk('notes', 'n1')).text).toBe('Otite');
    expect(idle).toBeNull();
  });

  it('enabling seals every existing patient row and applies the idle delay', async () => {
    const lock = await seeded();
    expect(await lock.enable('cabinet du port', 15)).toMatchObject({ enabled: true, locked: false, pending: false, idleMinutes: 15 });
    const disk = await onDisk('notes', 'n1');
    expect(disk.text).toBeUndefined();
    expect(disk[SEAL_FIELD]).toBeDefined();
    expect((await onDisk('patients', 'p1')).birthName).toBeUndefined();
    expect((await db.notes.get('n1'))?.text).toBe('Otite');
    expect(idle).toBe(15);
    // The passphrase is not stored; the data key only wrapped.
    expect(JSON.stringify(stores.config.value)).not.toContain('cabinet');
  });

  it('refuses a short passphrase or an absurd delay, in French keys', async () => {
    const lock = await seeded();
    expect(await serviceError(lock.enable('123456789', 10))).toBe('errLockShort'); // 9: too short against an offline attack
    expect(await serviceError(lock.enable('1234567890', 0))).toBe('errLockIdle');
    expect(await serviceError(lock.enable('1234567890', 2.5))).toBe('errLockIdle');
    expect(stores.config.value).toBeUndefined();
  });

  it('locking closes the data; the right passphrase opens it again', async () => {
    const lock = await seeded();
    await lock.enable('cabinet du port', 10);
    expect(await lock.lock()).toMatchObject({ locked: true });
    expect(stores.session.value).toBeUndefined();
    await expect(db.notes.get('n1')).rejects.toBeInstanceOf(LockedError);
    expect(await serviceError(lock.unlock('cabinet du Port'))).toBe('errLockWrongPassphrase');
    expect(await lock.unlock('cabinet du port')).toMatchObject({ locked: false });
    expect((await db.notes.get('n2'))?.text).toBe('Angine');
    // Enabling announces too (open panels journal off the disk from then on).
    expect(events).toEqual(['unlocked', 'locked', 'unlocked', 'onUnlocked']);
  });

  it('locking forgets the key in memory first, even when the session storage fails', async () => {
    const lock = await seeded();
    await lock.enable('cabinet du port', 10);
    let removing = false;
    stores.session.remove = async () => {
      removing = true;
      // While storage.session is being emptied, the data must already be closed.
      await expect(db.notes.get('n1')).rejects.toBeInstanceOf(LockedError);
      throw new Error('storage.session indisponible');
    };
    await expect(lock.lock()).rejects.toThrow('storage.session indisponible');
    expect(removing).toBe(true);
    await expect(db.notes.get('n1')).rejects.toBeInstanceOf(LockedError);
  });

  it('slows down repeated wrong passphrases, even across service worker restarts', async () => {
    const lock = await seeded();
    await lock.enable('cabinet du port', 10);
    await lock.lock();
    for (let i = 0; i < 5; i++) expect(await serviceError(lock.unlock('faux mot'))).toBe('errLockWrongPassphrase');
    const again = service();
    await again.restore();
    expect((await again.status()).retryInMs).toBe(30_000);
    expect(await serviceError(again.unlock('cabinet du port'))).toBe('errLockWait');
    clock += 30_000;
    expect(await again.unlock('cabinet du port')).toMatchObject({ locked: false, retryInMs: 0 });
  });

  it('cannot be outrun by parallel attempts: the wait applies to them too', async () => {
    const lock = await seeded();
    await lock.enable('cabinet du port', 10);
    await lock.lock();
    const results = await Promise.all(Array.from({ length: 8 }, () => serviceError(lock.unlock('faux mot'))));
    expect(results.filter((k) => k === 'errLockWrongPassphrase')).toHaveLength(5);
    expect(results.filter((k) => k === 'errLockWait')).toHaveLength(3);
  });

  it('stays unlocked when the service worker restarts, locked when the browser did', async () => {
    const lock = await seeded();
    await lock.enable('cabinet du port', 10);
    const woken = service();
    await woken.restore();
    expect(await woken.status()).toMatchObject({ enabled: true, locked: false });
    expect((await db.notes.get('n1'))?.text).toBe('Otite');
    delete stores.session.value; // storage.session is emptied when the browser closes
    const restarted = service();
    await restarted.restore();
    expect(await restarted.status()).toMatchObject({ enabled: true, locked: true });
    await expect(db.notes.toArray()).rejects.toBeInstanceOf(LockedError);
  });

  it('locks when the workstation goes idle or its screen locks, not while active', async () => {
    const lock = await seeded();
    await lock.onIdleState('idle'); // lock not enabled: nothing to do
    expect(await lock.status()).toMatchObject({ locked: false });
    await lock.enable('cabinet du port', 10);
    await lock.onIdleState('active');
    expect(await lock.status()).toMatchObject({ locked: false });
    await lock.onIdleState('idle');
    expect(await lock.status()).toMatchObject({ locked: true });
    await lock.unlock('cabinet du port');
    await lock.onIdleState('locked');
    expect(await lock.status()).toMatchObject({ locked: true });
  });

  it('changing the passphrase keeps the data and retires the old one', async () => {
    const lock = await seeded();
    await lock.enable('cabinet du port', 10);
    expect(await serviceError(lock.changePassphrase('mauvaise', 'nouvelle phrase'))).toBe('errLockWrongPassphrase');
    await lock.changePassphrase('cabinet du port', 'nouvelle phrase');
    await lock.lock();
    expect(await serviceError(lock.unlock('cabinet du port'))).toBe('errLockWrongPassphrase');
    await lock.unlock('nouvelle phrase');
    expect((await db.notes.get('n1'))?.text).toBe('Otite');
  });

  it('disabling asks for the passphrase and leaves every row plain', async () => {
    const lock = await seeded();
    await lock.enable('cabinet du port', 10);
    await lock.lock();
    expect(await serviceError(lock.disable('mauvaise'))).toBe('errLockWrongPassphrase');
    expect(await lock.disable('cabinet du port')).toMatchObject({ enabled: false, locked: false, pending: false });
    expect((await onDisk('notes', 'n1')).text).toBe('Otite');
    expect(stores.config.value).toBeUndefined();
    expect(stores.session.value).toBeUndefined();
    expect(idle).toBeNull();
  });

  it('an interrupted sealing pass resumes after a restart', async () => {
    const lock = await seeded();
    await lock.enable('cabinet du port', 10);
    // As if the worker died mid-pass: the setting says pending, and one row is still plain.
    stores.config.value = { ...(stores.config.value as object), pending: true };
    if (!raw.isOpen()) await raw.open();
    await raw.table('notes').put(note('n3', 'Plaie'));
    const woken = service();
    await woken.restore();
    await woken.unlock('cabinet du port'); // already unlocked: finishes the pass
    expect((await onDisk('notes', 'n3')).text).toBeUndefined();
    expect((await db.notes.get('n3'))?.text).toBe('Plaie');
    expect(await woken.status()).toMatchObject({ pending: false });
  });

  it('a damaged setting fails closed across a service-worker restart: nothing read, nothing written in clear', async () => {
    const lock = await seeded();
    await lock.enable('cabinet du port', 10);
    // A script damaged the setting; the service worker restarts (the session still holds the key).
    stores.config.value = { v: 1, enabled: 'yes' };
    const woken = service();
    await woken.restore();
    expect(await woken.status()).toMatchObject({ enabled: true, locked: true, damaged: true });
    await expect(db.notes.get('n1')).rejects.toBeInstanceOf(LockedError);
    await expect(db.notes.put(note('n4', 'Écrit après'))).rejects.toBeInstanceOf(LockedError);
    expect(await onDisk('notes', 'n4')).toBeUndefined();
    // The right passphrase cannot open what the damaged setting wrapped: the message says what to do.
    expect(await serviceError(woken.unlock('cabinet du port'))).toBe('errLockDamaged');
    expect(await serviceError(woken.enable('autre phrase', 10))).toBe('errLockDamaged');
  });

  it('a damaged setting with nothing sealed yet is closed too; "Tout supprimer" is the way out', async () => {
    stores.config.value = { v: 1, enabled: 'yes' };
    const lock = await seeded().catch(() => null);
    expect(lock).toBeNull(); // the seed writes themselves are refused
    const again = service();
    await again.restore();
    expect(await again.status()).toMatchObject({ enabled: true, locked: true, damaged: true });
    await expect(db.notes.put(note('n5', 'En clair ?'))).rejects.toBeInstanceOf(LockedError);
    const retention = createRetentionService({ db, now: () => clock, store: { get: async () => undefined, set: async () => undefined }, onWiped: () => again.reset() });
    await retention.wipeAll('SUPPRIMER');
    expect(await again.status()).toMatchObject({ enabled: false, locked: false });
    expect(stores.config.value).toBeUndefined();
    await db.notes.put(note('n6', 'Nouveau départ'));
    expect((await onDisk('notes', 'n6')).text).toBe('Nouveau départ');
  });

  it('a setting that cannot be read at start-up keeps the data closed, and is read again at the next unlock', async () => {
    const lock = await seeded();
    await lock.enable('cabinet du port', 10);
    delete stores.session.value;
    const real = stores.config.get;
    stores.config.get = async () => { throw new Error('IndexedDB indisponible'); };
    const woken = service();
    await expect(woken.restore()).rejects.toThrow('IndexedDB indisponible');
    expect(await woken.status()).toMatchObject({ locked: true });
    await expect(db.notes.put(note('n7', 'En clair ?'))).rejects.toBeInstanceOf(LockedError);
    stores.config.get = real;
    expect(await woken.unlock('cabinet du port')).toMatchObject({ enabled: true, locked: false });
    expect((await db.notes.get('n1'))?.text).toBe('Otite');
  });
});

describe('workstation lock after "delete everything"', () => {
  it('reset forgets the key material and the failed attempts', async () => {
    const lock = await seeded();
    await lock.enable('cabinet du port', 10);
    await lock.lock();
    await serviceError(lock.unlock('oubliée'));
    await lock.reset();
    expect(stores.config.value).toBeUndefined();
    expect(stores.failures.value).toBeUndefined();
    expect(await lock.status()).toMatchObject({ enabled: false, locked: false });
    expect(idle).toBeNull();
    expect(events.at(-1)).toBe('unlocked');
  });

  it('"delete everything" works while locked (the way out of a forgotten passphrase) and resets the lock', async () => {
    const lock = await seeded();
    await lock.enable('cabinet du port', 10);
    await lock.lock();
    const retention = createRetentionService({ db, now: () => clock, store: { get: async () => undefined, set: async () => undefined }, onWiped: () => lock.reset() });
    await retention.wipeAll('SUPPRIMER');
    expect(await db.notes.count()).toBe(0);
    expect(await db.patients.count()).toBe(0);
    expect(await lock.status()).toMatchObject({ enabled: false, locked: false });
    await db.notes.put(note('n9', 'Nouveau départ'));
    expect((await onDisk('notes', 'n9')).text).toBe('Nouveau départ');
  });
});
