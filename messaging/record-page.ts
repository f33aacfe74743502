import { browser } from 'wxt/browser';
import { sendRaw } from './client';
import type { DetectionQuery } from './tab-events';
import type { PageRequest } from './prefill-page';
import type { HandoffRequest } from './handoff-page';
import type { TabCommand } from './commands';

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
export const LINE_CREDENTIAL = '|';
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
