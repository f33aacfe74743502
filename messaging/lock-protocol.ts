import * as z from 'zod/mini';

// The workstation lock (storage/lock/). Passphrases travel only from extension pages to the
// background, which never stores them.
const passphrase = z.string().check(z.maxLength(1000));
const idleMinutes = z.number();
export const lockRequests = [
  z.object({ type: z.literal('lock.status') }),
  z.object({ type: z.literal('lock.unlock'), passphrase }),
  z.object({ type: z.literal('lock.lock') }),
  z.object({ type: z.literal('lock.enable'), passphrase, idleMinutes }),
  z.object({ type: z.literal('lock.disable'), passphrase }),
  z.object({ type: z.literal('lock.change'), passphrase, next: passphrase }),
  z.object({ type: z.literal('lock.idle'), idleMinutes }),
] as const;

export interface LockStatus {
  /** Rows are sealed under the passphrase. */
  enabled: boolean;
  /** The data key is not in memory: patient data cannot be read or written until unlocked. */
  locked: boolean;
  idleMinutes: number;
  /** Rows are still being sealed (or opened back, when disabling). */
  pending: boolean;
  /** Wait before the next unlock attempt, after repeated wrong passphrases. */
  retryInMs: number;
  /** The lock's setting is damaged: the data stays closed; only "Tout supprimer" starts over. */
  damaged?: boolean;
}

type R = LockStatus;
export interface LockResponses {
  'lock.status': R;
  'lock.unlock': R;
  'lock.lock': R;
  'lock.enable': R;
  'lock.disable': R;
  'lock.change': R;
  'lock.idle': R;
}
