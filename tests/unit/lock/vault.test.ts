import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { moveFromLocal, openVault, vaultSlot } from '../../../storage/lock/vault';
import { FAILURES_KEY, LOCK_KEY } from '../../../messaging/storage-keys';

// The lock's setting is kept out of content scripts' reach: they can write storage.local, not the
// extension's IndexedDB. What earlier versions kept in storage.local is moved once, then ignored.
let vault: ReturnType<typeof openVault>;
const local = { get: async (k: string) => (await fakeBrowser.storage.local.get(k))[k], remove: (k: string) => fakeBrowser.storage.local.remove(k) };
const setting = { v: 1, enabled: true, idleMinutes: 10, kdf: { iterations: 600000, salt: 'c2Fs' }, wrapped: { iv: 'aXY=', data: 'ZGF0YQ==' }, pending: false };

beforeEach(() => { vault = openVault(`vault-${Math.random()}`); });
afterEach(async () => {
  vault.close();
  await Dexie.delete(vault.name);
});

describe('lock vault', () => {
  it('moves the setting kept in storage.local by earlier versions, once, and then ignores storage.local', async () => {
    await fakeBrowser.storage.local.set({ [LOCK_KEY]: setting, [FAILURES_KEY]: { count: 3, last: 5 } });
    await moveFromLocal(vault, local, [LOCK_KEY, FAILURES_KEY]);
    expect(await vaultSlot(vault, LOCK_KEY).get()).toEqual(setting);
    expect(await vaultSlot(vault, FAILURES_KEY).get()).toEqual({ count: 3, last: 5 });
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    // A content script writes storage.local (it can): after a restart, nothing of it is read.
    await fakeBrowser.storage.local.set({ [LOCK_KEY]: { v: 1, enabled: false }, [FAILURES_KEY]: { count: 0, last: 0 } });
    await moveFromLocal(vault, local, [LOCK_KEY, FAILURES_KEY]);
    expect(await vaultSlot(vault, LOCK_KEY).get()).toEqual(setting);
    expect(await vaultSlot(vault, FAILURES_KEY).get()).toEqual({ count: 3, last: 5 });
  });

  it('a fresh workstation has no setting; removing it removes it', async () => {
    await moveFromLocal(vault, local, [LOCK_KEY]);
    const slot = vaultSlot(vault, LOCK_KEY);
    expect(await slot.get()).toBeUndefined();
    await slot.set(setting);
    await slot.remove();
    expect(await slot.get()).toBeUndefined();
  });
});
