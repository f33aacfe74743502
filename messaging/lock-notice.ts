// "The lock closed or opened", broadcast through storage.local like the notes' change notice, so
// that every panel and launcher follows at once. No secret in it. Zod-free: the record page reads it.
/** storage.local key of the "lock state changed" notice (no secret in it). */
export const LOCK_NOTICE_KEY = 'lockNotice';
export interface LockNotice { locked: boolean; at: number }
export const asLockNotice = (v: unknown): LockNotice | undefined => {
  const n = v as Partial<LockNotice> | undefined;
  return n && typeof n.locked === 'boolean' && typeof n.at === 'number' ? (n as LockNotice) : undefined;
};
