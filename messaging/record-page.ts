import { browser } from 'wxt/browser';
import { sendRaw } from './client';
import type { DetectionQuery } from './tab-events';
import type { PageRequest } from './prefill-page';
import type { HandoffRequest } from './handoff-page';

// How an extension page reaches the record page of a tab: messages to the scripts of its top
// frame (the record script, and the on-demand pre-fill and hand-off scripts) and injection of the
// on-demand scripts. The side panel has the tabs and scripting APIs and uses them. The overlay's
// panel goes through the background, in every browser: Firefox gives an extension frame inside a
// web page only runtime, storage and i18n (no tabs, no scripting; w3c/webextensions#787), and
// one path for both browsers keeps the Chromium tests covering it. The background relays for the
// panel's own tab only, to its top frame only, and injects only the on-demand scripts below.

export const ON_DEMAND_SCRIPTS = {
  teach: '/content-scripts/teach.js',
  prefill: '/content-scripts/prefill.js',
  handoff: '/content-scripts/handoff.js',
} as const;
export type OnDemandScript = keyof typeof ON_DEMAND_SCRIPTS;

/** What an extension page may say to a record page: the detection query, pre-fill and hand-off requests. */
export type PageMessage = DetectionQuery | PageRequest | HandoffRequest;
/** The relay checks the kind only; each page script validates its own requests. */
export function isPageMessage(x: unknown): x is PageMessage {
  const t = (x as { type?: unknown } | null)?.type;
  return typeof t === 'string' && (t === 'tab.getDetection' || /^(pf|ho)\.\w+$/.test(t));
}

export interface RecordPage {
  readonly tabId: number;
  /** Sends to the scripts of the record page's top frame; rejects when none is there to answer. */
  ask(message: PageMessage): Promise<unknown>;
  /** Runs an on-demand script in the record page's top frame (each script is idempotent). */
  inject(script: OnDemandScript): Promise<void>;
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

export function isRelayRequest(x: unknown): x is { type: `relay.${string}` } {
  const t = (x as { type?: unknown } | null)?.type;
  return typeof t === 'string' && t.startsWith('relay.');
}

/** The record page of the tab this page is framed in, through the background; undefined outside a tab. */
export async function relayedPage(): Promise<RecordPage | undefined> {
  const own = (await sendRaw({ type: 'relay.tab' } satisfies RelayRequest).catch(() => null)) as { tabId?: unknown } | null;
  const tabId = own?.tabId;
  if (typeof tabId !== 'number') return undefined;
  return {
    tabId,
    ask: async (message) => ((await sendRaw({ type: 'relay.ask', message } satisfies RelayRequest)) as { reply?: unknown }).reply,
    inject: async (script) => void (await sendRaw({ type: 'relay.inject', script } satisfies RelayRequest)),
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
}
export type RelayResponse = { ok: true; data: unknown } | { ok: false; error: string };

/** Background side. `invalid` words the refusal in the user's language. */
export async function handleRelay(raw: unknown, sender: RelaySender, tabs: RelayTabs, invalid: (detail: string) => string): Promise<RelayResponse> {
  const tabId = sender.tab?.id;
  // A content script (its sender URL is the web page's) or a page outside any tab may not relay.
  if (!sender.url?.startsWith(tabs.extensionOrigin) || typeof tabId !== 'number' || !sender.frameId) {
    return { ok: false, error: invalid('relay.sender') };
  }
  const req = raw as Partial<{ type: string; message: unknown; script: unknown }>;
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
