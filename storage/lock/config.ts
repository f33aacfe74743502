import * as z from 'zod/mini';

// The lock's settings and key material, in the vault (vault.ts; validated when read), under the
// keys of messaging/storage-keys.ts. The data key is stored only wrapped (AES-GCM) under a key
// derived from the passphrase; the passphrase never is. Failed unlock attempts are kept too, so a
// restarted service worker does not reset the delay.

// 10 characters, as for backups: a stolen disk allows an offline attack on the wrapped key, and
// 600 000 PBKDF2 iterations do not make 6 characters safe. Checked when a passphrase is chosen;
// one chosen before (6 to 9 characters) still opens the lock, and is refused at the next change.
export const MIN_PASSPHRASE = 10;
export const IDLE_MIN = 1;
export const IDLE_MAX = 480;
export const DEFAULT_IDLE_MINUTES = 10;

const b64 = z.string().check(z.regex(/^[A-Za-z0-9+/]*={0,2}$/));
export const LockConfigSchema = z.object({
  v: z.literal(1),
  /** Off while a disable is finishing: rows are then opened back to plain text. */
  enabled: z.boolean(),
  idleMinutes: z.number().check(z.int(), z.gte(IDLE_MIN), z.lte(IDLE_MAX)),
  kdf: z.object({ iterations: z.number().check(z.int(), z.gte(100_000)), salt: b64 }),
  wrapped: z.object({ iv: b64, data: b64 }),
  /** Rows may not all be in the enabled/disabled form yet (a pass was interrupted). */
  pending: z.boolean(),
});
export type LockConfig = z.infer<typeof LockConfigSchema>;

export const FailuresSchema = z.object({ count: z.number().check(z.int(), z.gte(0)), last: z.number() });
export type Failures = z.infer<typeof FailuresSchema>;

/** Wait imposed before the next attempt: none for the first 5 failures, then 30 s doubling, capped at 15 min. */
export function unlockDelayMs(f: Failures | undefined, now: number): number {
  if (!f || f.count < 5) return 0;
  const wait = Math.min(30_000 * 2 ** (f.count - 5), 15 * 60_000);
  return Math.max(0, f.last + wait - now);
}
