import type { Sender } from '../background/sender-gate';

// The overlay's panel is a web-accessible page: any frame of any site could load it (a foreign
// iframe inside an activated record page, to show the patient's notes in it or to click through
// it). It serves only the frame the overlay created. The record script makes a secret for each
// overlay, registers it with the background for its tab (and its page's origin), and hands it
// to the panel in the frame's URL fragment, which no other frame can read. The panel presents
// it with every request, with its ancestors' origins where the browser tells them
// (location.ancestorOrigins: a foreign frame in between shows there). The first frame of that
// tab to present a secret owns it: a copy presented later from another frame is refused.

export const MOUNT_REQUEST = 'panel.mount';
/** storage.session key of the registered secrets (background only). */
export const MOUNTS_KEY = 'panelMounts';
/** The field of every panel request that carries its credential (the protocol's schemas drop it). */
export const MOUNT_FIELD = 'mount';
/** The path of the page that needs a credential (the only web-accessible page). */
export const PANEL_PATH = '/panel.html';

const TOKEN = /^[0-9a-f]{32}$/;
/** At most this many overlays remembered per tab (a frameset remounts, an SPA reloads). */
const PER_TAB = 4;

export interface MountCredential {
  token: string;
  /** location.ancestorOrigins, innermost first, where the browser has it. */
  ancestors?: string[];
}

export function newMountToken(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
}

export const panelUrlFor = (panelUrl: string, token: string): string => `${panelUrl.split('#')[0]}#${token}`;

export function asMountCredential(x: unknown): MountCredential | undefined {
  const c = x as { token?: unknown; ancestors?: unknown } | null | undefined;
  if (typeof c?.token !== 'string' || !TOKEN.test(c.token)) return undefined;
  if (c.ancestors === undefined) return { token: c.token };
  if (!Array.isArray(c.ancestors) || c.ancestors.length > 16 || !c.ancestors.every((a) => typeof a === 'string')) return undefined;
  return { token: c.token, ancestors: c.ancestors as string[] };
}

/** The panel's own credential: the secret in its URL's fragment and the origins of the frames around it. */
export function readMountCredential(loc: { hash: string; ancestorOrigins?: ArrayLike<string> }): MountCredential | undefined {
  const token = loc.hash.replace(/^#/, '');
  if (!TOKEN.test(token)) return undefined;
  return loc.ancestorOrigins ? { token, ancestors: Array.from(loc.ancestorOrigins) } : { token };
}

/** Panel side: a frame between this panel and the record page is foreign (the overlay's frames are all of the page's origin). */
export const framedByForeignFrame = (c: MountCredential): boolean => !!c.ancestors && new Set(c.ancestors).size > 1;

export function isMountRequest(x: unknown): x is { type: typeof MOUNT_REQUEST; token: string } {
  const m = x as { type?: unknown; token?: unknown } | null;
  return m?.type === MOUNT_REQUEST && typeof m.token === 'string' && TOKEN.test(m.token);
}

/** Whether this sender is the panel page of this extension (in a frame or, forced by a page, in a tab). */
export function isPanelSender(sender: Sender, extensionOrigin: string): boolean {
  if (!sender.url?.startsWith(extensionOrigin)) return false;
  try {
    return new URL(sender.url).pathname === PANEL_PATH;
  } catch {
    return false;
  }
}

interface MountRow {
  tabId: number;
  origin: string;
  token: string;
  /** The frame that presented it first, which owns it from then on. */
  frameId?: number;
}

/** Memory-only storage the pages of the web cannot reach (storage.session): survives the service worker stopping. */
export interface MountStore {
  get(): Promise<unknown>;
  set(rows: MountRow[]): Promise<void>;
}

const asRows = (x: unknown): MountRow[] =>
  Array.isArray(x)
    ? x.filter((r): r is MountRow => typeof r?.tabId === 'number' && typeof r.origin === 'string' && typeof r.token === 'string' && (r.frameId === undefined || typeof r.frameId === 'number'))
    : [];

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
