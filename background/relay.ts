import type { WorkspaceCommand } from '../messaging/commands';
import { BROADCAST_PORT, LINE_CREDENTIAL, ON_DEMAND_SCRIPTS, isPageMessage, lineCredential, type OnDemandScript, type PageMessage } from '../messaging/record-page';

// The background's side of messaging/record-page.ts: the relay between the overlay's panel and
// its own tab's record page, and the broadcast line that carries the record script's broadcasts
// to that panel where the browser does not deliver them (Firefox).

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
