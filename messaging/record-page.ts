import { browser } from 'wxt/browser';
import { sendRaw } from './client';
import type { DetectionQuery } from './tab-events';
import type { PageRequest } from './prefill-page';
import type { HandoffRequest } from './handoff-page';
import type { TabCommand, WorkspaceCommand } from './commands';

// How an extension page reaches the record page of a tab: messages to the scripts of its top
// frame (the record script, and the on-demand pre-fill and hand-off scripts) and injection of the
// on-demand scripts. The side panel has the tabs and scripting APIs and uses them. The overlay's
// panel goes through the background, in every browser: Firefox gives an extension frame inside a
// web page only runtime, storage and i18n (no tabs, no scripting; w3c/webextensions#787), and
// one path for both browsers keeps the Chromium tests covering it. The background relays for the
// panel's own tab only, to its top frame only, and injects only the on-demand scripts below.
// Firefox does not deliver runtime messages to such a frame either (its parent frames are not the
// extension's), so there the record script's broadcasts (the patient shown changed) reach the
// panel through a port the background forwards them to.

export const ON_DEMAND_SCRIPTS = {
  teach: '/content-scripts/teach.js',
  taught: '/content-scripts/taught.js',
  prefill: '/content-scripts/prefill.js',
  handoff: '/content-scripts/handoff.js',
} as const;
export type OnDemandScript = keyof typeof ON_DEMAND_SCRIPTS;

/** What an extension page may say to a record page: the detection query, pre-fill and hand-off requests, folding the overlay. */
export type PageMessage = DetectionQuery | PageRequest | HandoffRequest | TabCommand;
/** The relay checks the kind only; each page script validates its own requests. */
export function isPageMessage(x: unknown): x is PageMessage {
  const t = (x as { type?: unknown } | null)?.type;
  return typeof t === 'string' && (t === 'tab.getDetection' || t === 'tab.command' || /^(pf|ho)\.\w+$/.test(t));
}

export interface RecordPage {
  readonly tabId: number;
  /** Sends to the scripts of the record page's top frame; rejects when none is there to answer. */
  ask(message: PageMessage): Promise<unknown>;
  /** Runs an on-demand script in the record page's top frame (each script is idempotent). */
  inject(script: OnDemandScript): Promise<void>;
  /**
   * The top frame's broadcasts, for a page the browser does not deliver them to (else absent: the
   * page listens to runtime.onMessage). Each time the line is (re)opened, the listener is also
   * given the page's current reading, so that nothing broadcast while it was down is missed.
   */
  watch?(listener: (message: unknown) => void): () => void;
}

/** For extension pages that have the tabs and scripting APIs (the side panel). */
export function directPage(tabId: number): RecordPage {
  return {
    tabId,
    ask: (message) => browser.tabs.sendMessage(tabId, message, { frameId: 0 }),
    inject: async (script) => {
      await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: [ON_DEMAND_SCRIPTS[script]] });
    },
  };
}

// The relay between the overlay's panel and the background.
export type RelayRequest =
  | { type: 'relay.tab' }
  | { type: 'relay.ask'; message: PageMessage }
  | { type: 'relay.inject'; script: OnDemandScript };

/** The port name of the broadcast line (background → framed panel), then the panel's credential. */
export const BROADCAST_PORT = 'preconsult.record-page';
const LINE_CREDENTIAL = '|';
/** The credential a line's name carries (JSON after the port name), or undefined. */
export function lineCredential(name: string): unknown {
  if (!name.startsWith(BROADCAST_PORT + LINE_CREDENTIAL)) return undefined;
  try {
    return JSON.parse(name.slice(BROADCAST_PORT.length + LINE_CREDENTIAL.length));
  } catch {
    return undefined;
  }
}

export function isRelayRequest(x: unknown): x is { type: `relay.${string}` } {
  const t = (x as { type?: unknown } | null)?.type;
  return typeof t === 'string' && t.startsWith('relay.');
}

/**
 * The record page of the tab this page is framed in, through the background; undefined outside a
 * tab. `credential`: the overlay's panel's (messaging/panel-mount.ts), also given to the line.
 */
export async function relayedPage(credential?: object): Promise<RecordPage | undefined> {
  const own = (await sendRaw({ type: 'relay.tab' } satisfies RelayRequest).catch(() => null)) as { tabId?: unknown } | null;
  const tabId = own?.tabId;
  if (typeof tabId !== 'number') return undefined;
  const ask = async (message: PageMessage) => ((await sendRaw({ type: 'relay.ask', message } satisfies RelayRequest)) as { reply?: unknown }).reply;
  // The browsers that withhold the tabs API from a framed extension page (Firefox) also withhold
  // runtime messages from it: then the broadcasts come through the background.
  const delivered = typeof (browser as { tabs?: unknown }).tabs !== 'undefined';
  return {
    tabId,
    ask,
    inject: async (script) => void (await sendRaw({ type: 'relay.inject', script } satisfies RelayRequest)),
    ...(delivered ? {} : { watch: (listener: (message: unknown) => void) => broadcastLine(ask, listener, credential) }),
  };
}

/** Keeps a port to the background open (it closes when an idle background is suspended) and re-asks the page on each opening. */
function broadcastLine(ask: (m: PageMessage) => Promise<unknown>, listener: (message: unknown) => void, credential?: object): () => void {
  const name = credential ? `${BROADCAST_PORT}${LINE_CREDENTIAL}${JSON.stringify(credential)}` : BROADCAST_PORT;
  return keepLine(() => browser.runtime.connect({ name }), (port) => {
    port.onMessage.addListener((m: unknown) => listener(m));
    void ask({ type: 'tab.getDetection' }).then(listener, () => undefined); // the re-ask covers the gap
  });
}

export interface LinePort {
  onMessage: { addListener(cb: (m: unknown) => void): void };
  onDisconnect: { addListener(cb: () => void): void };
  disconnect(): void;
}
export interface LineOptions {
  setTimeout?: (f: () => void, ms: number) => unknown;
  now?: () => number;
}
/** First wait before reopening, doubled after each line that closed at once, at most MAX. */
export const LINE_RETRY = { first: 100, max: 30_000, healthyMs: 10_000, giveUpAfter: 10 };

/**
 * Reopens a line each time it closes: at once when it had lived (an idle background suspended),
 * with a growing wait when it closes as soon as opened (a background that refuses or keeps dying),
 * and not at all after LINE_RETRY.giveUpAfter such failures in a row (the panel's own requests
 * still work; reopening the panel starts over).
 */
export function keepLine(open: () => LinePort, onOpen: (port: LinePort) => void, { setTimeout: later = setTimeout, now = Date.now }: LineOptions = {}): () => void {
  let stopped = false;
  let failures = 0;
  let port: LinePort | undefined;
  const connect = () => {
    if (stopped) return;
    const openedAt = now();
    let heard = false;
    port = open();
    port.onMessage.addListener(() => { heard = true; });
    port.onDisconnect.addListener(() => {
      if (stopped) return;
      failures = heard || now() - openedAt >= LINE_RETRY.healthyMs ? 0 : failures + 1;
      if (failures > LINE_RETRY.giveUpAfter) return;
      later(connect, failures === 0 ? LINE_RETRY.first : Math.min(LINE_RETRY.first * 2 ** failures, LINE_RETRY.max));
    });
    onOpen(port);
  };
  connect();
  return () => {
    stopped = true;
    port?.disconnect();
  };
}

export interface RelaySender {
  tab?: { id?: number };
  frameId?: number;
  url?: string;
}
export interface RelayTabs {
  /** `moz-extension://…/` or `chrome-extension://…/`: only this extension's pages may relay. */
  extensionOrigin: string;
  sendMessage(tabId: number, message: PageMessage): Promise<unknown>;
  executeScript(tabId: number, file: (typeof ON_DEMAND_SCRIPTS)[OnDemandScript]): Promise<unknown>;
  /** Whether the sender is the frame the overlay of its tab created (its credential: messaging/panel-mount.ts). */
  verify(sender: RelaySender, credential: unknown): Promise<boolean>;
}
export type RelayResponse = { ok: true; data: unknown } | { ok: false; error: string };

/** The tab an extension page of ours is framed in; undefined for a content script (its URL is the web page's) or a page outside any tab. */
function framingTab(sender: RelaySender | undefined, extensionOrigin: string): number | undefined {
  const tabId = sender?.tab?.id;
  return sender?.url?.startsWith(extensionOrigin) && typeof tabId === 'number' && sender.frameId ? tabId : undefined;
}

/** Background side. `invalid` words the refusal in the user's language. */
export async function handleRelay(raw: unknown, sender: RelaySender, tabs: RelayTabs, invalid: (detail: string) => string): Promise<RelayResponse> {
  const tabId = framingTab(sender, tabs.extensionOrigin);
  const req = raw as Partial<{ type: string; message: unknown; script: unknown; mount: unknown }>;
  // A frame of ours is not enough: any page can frame the panel. Only the overlay's own frame.
  if (tabId === undefined || !(await tabs.verify(sender, req.mount))) return { ok: false, error: invalid('relay.sender') };
  try {
    switch (req.type) {
      case 'relay.tab':
        return { ok: true, data: { tabId } };
      case 'relay.ask':
        if (!isPageMessage(req.message)) break;
        return { ok: true, data: { reply: await tabs.sendMessage(tabId, req.message) } };
      case 'relay.inject':
        if (typeof req.script !== 'string' || !Object.hasOwn(ON_DEMAND_SCRIPTS, req.script)) break;
        await tabs.executeScript(tabId, ON_DEMAND_SCRIPTS[req.script as OnDemandScript]);
        return { ok: true, data: {} };
    }
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e) };
  }
  return { ok: false, error: invalid(String(req.type)) };
}

export interface BroadcastPort {
  name: string;
  sender?: RelaySender;
  postMessage(message: unknown): void;
  disconnect(): void;
  onDisconnect: { addListener(cb: () => void): void };
}

/**
 * Background side of the broadcast line: framed pages of ours connect, each for its own tab; what
 * the record script of a tab's top frame broadcasts is passed to that tab's lines.
 */
export function broadcastForwarder(extensionOrigin: string, verify: (sender: RelaySender, credential: unknown) => Promise<boolean> = async () => true) {
  const lines = new Map<number, Set<BroadcastPort>>();
  return {
    async connect(port: BroadcastPort): Promise<void> {
      if (port.name !== BROADCAST_PORT && !port.name.startsWith(BROADCAST_PORT + LINE_CREDENTIAL)) return;
      const tabId = framingTab(port.sender, extensionOrigin);
      if (tabId === undefined) return port.disconnect();
      let closed = false;
      port.onDisconnect.addListener(() => { closed = true; });
      if (!(await verify(port.sender!, lineCredential(port.name)))) return port.disconnect();
      if (closed) return;
      const set = lines.get(tabId) ?? new Set();
      set.add(port);
      lines.set(tabId, set);
      port.onDisconnect.addListener(() => {
        set.delete(port);
        if (set.size === 0 && lines.get(tabId) === set) lines.delete(tabId);
      });
    },
    /**
     * A keyboard command for the overlay's panel of `tabId` (Firefox, where the panel hears no
     * runtime message). Returns whether a panel of that tab holds a line (it is then delivered).
     */
    post(tabId: number, message: WorkspaceCommand): boolean {
      let sent = false;
      for (const port of lines.get(tabId) ?? []) {
        try {
          port.postMessage(message);
          sent = true;
        } catch {
          // closed meanwhile
        }
      }
      return sent;
    },
    /** A message the background saw pass by; only a top frame's detection broadcast is forwarded. */
    forward(message: unknown, sender: RelaySender): void {
      const tabId = sender.tab?.id;
      if ((message as { type?: unknown } | null)?.type !== 'tab.detection' || sender.frameId !== 0 || tabId === undefined) return;
      if (sender.url?.startsWith(extensionOrigin)) return; // from a content script only
      for (const port of lines.get(tabId) ?? []) {
        try {
          port.postMessage(message);
        } catch {
          // closed meanwhile: its onDisconnect removes it
        }
      }
    },
  };
}
