// The overlay's panel is a web-accessible page: any frame of any site could load it (a foreign
// iframe inside an activated record page, to show the patient's notes in it or to click through
// it). It serves only the frame the overlay created. The record script makes a secret for each
// overlay, registers it with the background for its tab (and its page's origin), and hands it
// to the panel in the frame's URL fragment, which no other frame can read. The panel presents
// it with every request, with its ancestors' origins where the browser tells them
// (location.ancestorOrigins: a foreign frame in between shows there). The first frame of that
// tab to present a secret owns it: a copy presented later from another frame is refused.

export const MOUNT_REQUEST = 'panel.mount';
/** The field of every panel request that carries its credential (the protocol's schemas drop it). */
export const MOUNT_FIELD = 'mount';
/** The path of the page that needs a credential (the only web-accessible page). */
export const PANEL_PATH = '/panel.html';

const TOKEN = /^[0-9a-f]{32}$/;

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
