import type { PreconsultDb } from '../db';
import { SEALED_TABLES } from '../db';
import type { LockStatus } from '../../messaging/lock-protocol';
import { ServiceError } from '../notes-service';
import { ITERATIONS, deriveKey, fromB64, toB64 } from '../backup/crypto';
import type { Keyring } from './keyring';
import { DEFAULT_IDLE_MINUTES, FailuresSchema, IDLE_MAX, IDLE_MIN, LockConfigSchema, MIN_PASSPHRASE, unlockDelayMs, type Failures, type LockConfig } from './config';

// The optional lock of shared workstations. When enabled, the rows holding patient data are sealed
// under a random data key (see middleware.ts); that key is kept wrapped under the passphrase in
// the vault (vault.ts), and unwrapped only in memory and in storage.session (which the browser
// empties when it closes, and which survives the service worker being stopped). Locking forgets it.
// It fails closed: a setting that is there but does not read is a lock nobody can open, never "off"
// (which would write new notes in clear); the way out is "Tout supprimer", as for a lost passphrase.
export interface Slot<T = unknown> {
  get(): Promise<T | undefined>;
  set(v: T): Promise<void>;
  remove(): Promise<void>;
}

export interface LockDeps {
  db: PreconsultDb;
  keyring: Keyring;
  config: Slot;
  /** The unwrapped data key (base64), memory-only storage. */
  session: Slot<string>;
  failures: Slot;
  now?: () => number;
  iterations?: number;
  /** Tells open panels and launchers the lock state changed. */
  notify?: (locked: boolean) => void;
  /** Applies the idle delay to the browser's idle detection (null: lock disabled). */
  applyIdle?: (minutes: number | null) => void;
  /** Runs after each unlock (work that needed the data, e.g. the daily retention). */
  onUnlocked?: () => void;
}

const BATCH = 1000;

export function createLockService({ db, keyring, config, session, failures, now = Date.now, iterations = ITERATIONS, notify, applyIdle, onUnlocked }: LockDeps) {
  let cfg: LockConfig | null = null;
  /** A setting is stored but does not read: everything stays closed until the data is wiped. */
  let damaged = false;
  /** The setting could not be read at start-up (storage failure): closed, read again at the next unlock. */
  let unread = false;
  let converging: Promise<void> | null = null;

  const status = async (): Promise<LockStatus> => ({
    enabled: !!cfg?.enabled || damaged || unread,
    locked: (!!cfg && !keyring.key()) || damaged || unread,
    ...(damaged ? { damaged } : {}),
    idleMinutes: cfg?.idleMinutes ?? DEFAULT_IDLE_MINUTES,
    pending: !!cfg?.pending,
    retryInMs: unlockDelayMs(await loadFailures(), now()),
  });

  async function loadFailures(): Promise<Failures | undefined> {
    const p = FailuresSchema.safeParse(await failures.get());
    return p.success ? p.data : undefined;
  }

  async function saveConfig(next: LockConfig | null): Promise<void> {
    if (next) await config.set(next);
    else await config.remove();
    cfg = next;
    damaged = false;
    keyring.setSealing(!!next?.enabled);
    applyIdle?.(next?.enabled ? next.idleMinutes : null);
  }

  async function rememberKey(k: Uint8Array | null): Promise<void> {
    if (k) {
      await session.set(toB64(k));
      keyring.set(k);
    } else {
      // Forgotten in memory first: locking takes effect even if the session storage is slow or fails.
      keyring.set(null);
      await session.remove();
    }
  }

  async function wrap(dataKey: Uint8Array, passphrase: string): Promise<Pick<LockConfig, 'kdf' | 'wrapped'>> {
    const salt = crypto.getRandomValues(new Uint8Array(16));
    const iv = crypto.getRandomValues(new Uint8Array(12));
    const kek = await deriveKey(passphrase, salt, iterations);
    const data = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, kek, dataKey as Uint8Array<ArrayBuffer>));
    return { kdf: { iterations, salt: toB64(salt) }, wrapped: { iv: toB64(iv), data: toB64(data) } };
  }

  // Attempts run one after the other: parallel ones would all pass the wait check at once.
  let attempts: Promise<unknown> = Promise.resolve();
  function unwrap(passphrase: string): Promise<Uint8Array> {
    const attempt = attempts.then(() => tryPassphrase(passphrase));
    attempts = attempt.catch(() => undefined);
    return attempt;
  }

  /** The data key, if the passphrase is right. Failed attempts slow the next ones down. */
  async function tryPassphrase(passphrase: string): Promise<Uint8Array> {
    if (damaged) throw new ServiceError('errLockDamaged');
    if (!cfg) throw new ServiceError('errLockNotEnabled');
    const wait = unlockDelayMs(await loadFailures(), now());
    if (wait > 0) throw new ServiceError('errLockWait', [String(Math.ceil(wait / 1000))]);
    const kek = await deriveKey(passphrase, fromB64(cfg.kdf.salt), cfg.kdf.iterations);
    try {
      const k = new Uint8Array(await crypto.subtle.decrypt({ name: 'AES-GCM', iv: fromB64(cfg.wrapped.iv) }, kek, fromB64(cfg.wrapped.data)));
      await failures.remove();
      return k;
    } catch {
      const f = await loadFailures();
      await failures.set({ count: (f?.count ?? 0) + 1, last: now() } satisfies Failures);
      throw new ServiceError('errLockWrongPassphrase');
    }
  }

  const checkNew = (passphrase: string) => {
    if (passphrase.normalize('NFC').length < MIN_PASSPHRASE) throw new ServiceError('errLockShort', [String(MIN_PASSPHRASE)]);
  };
  const checkIdle = (m: number) => {
    if (!Number.isInteger(m) || m < IDLE_MIN || m > IDLE_MAX) throw new ServiceError('errLockIdle', [String(IDLE_MIN), String(IDLE_MAX)]);
  };

  /**
   * Rewrites every patient row in the form the setting asks for (sealed when enabled, plain when
   * disabled). Idempotent and in small transactions: a stopped service worker resumes it later.
   */
  function converge(): Promise<void> {
    converging ??= (async () => {
      try {
        for (const name of SEALED_TABLES) {
          const table = db.table(name);
          // Keys in order, then each batch read as one key range (a single getAll, not one get per key).
          const keys = await table.toCollection().primaryKeys();
          for (let i = 0; i < keys.length; i += BATCH) {
            const first = keys[i]!;
            const last = keys[Math.min(i + BATCH, keys.length) - 1]!;
            await db.transaction('rw', table, async () => {
              const rows = await table.where(':id').between(first, last, true, true).toArray();
              await table.bulkPut(rows);
            });
          }
        }
        if (cfg && !cfg.enabled) {
          // Disabling is finished: nothing is sealed any more, the key material can go.
          await saveConfig(null);
          await rememberKey(null);
          notify?.(false);
        } else if (cfg) await saveConfig({ ...cfg, pending: false });
      } finally {
        converging = null;
      }
    })();
    return converging;
  }

  const service = {
    /** Start-up: the saved setting, and the key if this browser session unlocked it already. */
    async restore(): Promise<void> {
      let raw: unknown;
      try {
        raw = await config.get();
      } catch (e) {
        // Not knowing the setting is not "off": closed until it reads.
        unread = true;
        keyring.set(null);
        keyring.setSealing(true);
        throw e;
      }
      unread = false;
      const p = LockConfigSchema.safeParse(raw);
      cfg = p.success ? p.data : null;
      damaged = raw !== undefined && !p.success;
      if (damaged) {
        // Fail closed: nothing is read, and nothing is written in clear, until "Tout supprimer".
        keyring.set(null);
        keyring.setSealing(true);
        applyIdle?.(null);
        return;
      }
      keyring.setSealing(!!cfg?.enabled);
      const k = await session.get();
      if (cfg && typeof k === 'string') keyring.set(fromB64(k));
      else if (!cfg && k !== undefined) await session.remove();
      applyIdle?.(cfg?.enabled ? cfg.idleMinutes : null);
      if (cfg?.pending && keyring.key()) void converge().catch((e) => console.error('lock', e));
    },

    status,

    async enable(passphrase: string, idleMinutes: number): Promise<LockStatus> {
      if (damaged) throw new ServiceError('errLockDamaged');
      if (cfg) throw new ServiceError('errLockAlreadyEnabled');
      checkNew(passphrase);
      checkIdle(idleMinutes);
      const dataKey = crypto.getRandomValues(new Uint8Array(32));
      const material = await wrap(dataKey, passphrase);
      await rememberKey(dataKey);
      await saveConfig({ v: 1, enabled: true, idleMinutes, ...material, pending: true });
      notify?.(false); // open pages now keep their drafts off the disk
      await converge();
      return status();
    },

    async unlock(passphrase: string): Promise<LockStatus> {
      if (unread) await service.restore();
      if (damaged) throw new ServiceError('errLockDamaged');
      if (!cfg) throw new ServiceError('errLockNotEnabled');
      if (!keyring.key()) {
        await rememberKey(await unwrap(passphrase));
        notify?.(false);
        onUnlocked?.();
      }
      if (cfg.pending) await converge();
      return status();
    },

    async lock(): Promise<LockStatus> {
      if (cfg && keyring.key()) {
        await rememberKey(null);
        notify?.(true);
      }
      return status();
    },

    async changePassphrase(passphrase: string, next: string): Promise<LockStatus> {
      if (!cfg?.enabled) throw new ServiceError('errLockNotEnabled');
      checkNew(next);
      const dataKey = await unwrap(passphrase);
      // Only the wrapping changes: the rows stay sealed under the same data key.
      await saveConfig({ ...cfg, ...(await wrap(dataKey, next)) });
      return status();
    },

    async setIdle(idleMinutes: number): Promise<LockStatus> {
      if (damaged) throw new ServiceError('errLockDamaged');
      if (!cfg?.enabled) throw new ServiceError('errLockNotEnabled');
      checkIdle(idleMinutes);
      await saveConfig({ ...cfg, idleMinutes });
      return status();
    },

    async disable(passphrase: string): Promise<LockStatus> {
      if (!cfg) throw new ServiceError('errLockNotEnabled');
      const dataKey = await unwrap(passphrase);
      if (!keyring.key()) await rememberKey(dataKey);
      await saveConfig({ ...cfg, enabled: false, pending: true });
      await converge();
      return status();
    },

    /** After "delete everything": nothing is left to protect; the lock starts over (off). */
    async reset(): Promise<void> {
      const was = !!cfg || damaged;
      await saveConfig(null);
      await rememberKey(null);
      await failures.remove();
      if (was) notify?.(false);
    },

    /** The browser says the workstation is idle (or its screen locked). */
    async onIdleState(state: 'active' | 'idle' | 'locked'): Promise<void> {
      if (state !== 'active' && cfg?.enabled) await service.lock();
    },
  };
  return service;
}
export type LockService = ReturnType<typeof createLockService>;
