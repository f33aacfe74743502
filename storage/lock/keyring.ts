import type { SealState } from './middleware';

// What the sealing middleware reads synchronously: the data key (in memory while unlocked) and
// whether writes are sealed. The lock service is the only writer.
export function createKeyring() {
  let dataKey: Uint8Array | null = null;
  let sealing = false;
  const state: SealState & { set(k: Uint8Array | null): void; setSealing(on: boolean): void } = {
    key: () => dataKey,
    sealing: () => sealing,
    set: (k) => {
      dataKey?.fill(0);
      dataKey = k;
    },
    setSealing: (on) => {
      sealing = on;
    },
  };
  return state;
}
export type Keyring = ReturnType<typeof createKeyring>;
