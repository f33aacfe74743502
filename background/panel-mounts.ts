import type { Sender } from './sender-gate';
import { PANEL_PATH, type MountCredential } from '../messaging/panel-mount';
import { asMountRows as asRows, type MountRow } from '../messaging/storage-keys';

// The background's side of the overlays' secrets (messaging/panel-mount.ts says why they exist):
// which frame is the panel the overlay of its tab created.

/** At most this many overlays remembered per tab (a frameset remounts, an SPA reloads). */
const PER_TAB = 4;

/** Whether this sender is the panel page of this extension (in a frame or, forced by a page, in a tab). */
export function isPanelSender(sender: Sender, extensionOrigin: string): boolean {
  if (!sender.url?.startsWith(extensionOrigin)) return false;
  try {
    return new URL(sender.url).pathname === PANEL_PATH;
  } catch {
    return false;
  }
}

/** Memory-only storage the pages of the web cannot reach (storage.session): survives the service worker stopping. */
export interface MountStore {
  get(): Promise<unknown>;
  set(rows: MountRow[]): Promise<void>;
}

/** Background side: the overlays' secrets, per tab. */
export function createPanelMounts(store: MountStore) {
  let rows: MountRow[] | undefined;
  // One change at a time: two frames presenting one secret at once cannot both own it.
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T,>(f: (rows: MountRow[]) => Promise<T>): Promise<T> => {
    const run = queue.then(async () => f((rows ??= asRows(await store.get()))));
    queue = run.catch(() => undefined);
    return run;
  };
  return {
    /** The record script of a tab's top frame, on `origin`, created an overlay with this secret. */
    register(tabId: number, origin: string, token: string): Promise<void> {
      return serial(async (all) => {
        const mine = all.filter((r) => r.tabId === tabId && r.token !== token).slice(-(PER_TAB - 1));
        rows = [...all.filter((r) => r.tabId !== tabId), ...mine, { tabId, origin, token }];
        await store.set(rows);
      });
    },
    /** Whether a request from a panel page comes from the frame the overlay of its tab created. */
    verify(sender: Sender, credential: MountCredential | undefined): Promise<boolean> {
      const tabId = sender.tab?.id;
      const frameId = sender.frameId;
      if (!credential || typeof tabId !== 'number' || typeof frameId !== 'number' || frameId === 0) return Promise.resolve(false);
      return serial(async (all) => {
        const row = all.find((r) => r.tabId === tabId && r.token === credential.token);
        if (!row) return false;
        if (credential.ancestors && (credential.ancestors.length === 0 || credential.ancestors.some((a) => a !== row.origin))) return false;
        if (row.frameId === undefined) {
          row.frameId = frameId;
          await store.set(all);
        }
        return row.frameId === frameId;
      });
    },
    forgetTab(tabId: number): Promise<void> {
      return serial(async (all) => {
        rows = all.filter((r) => r.tabId !== tabId);
        await store.set(rows);
      });
    },
  };
}
export type PanelMounts = ReturnType<typeof createPanelMounts>;
