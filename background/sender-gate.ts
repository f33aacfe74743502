import { sitePattern } from '../sites/match-pattern';
import { CONTENT_SCRIPT_REQUESTS, type RequestType, type Response } from '../messaging/protocol';
import { handleMessage, type ServerOptions } from './server';
import { MOUNT_FIELD, asMountCredential } from '../messaging/panel-mount';
import { isPanelSender, type PanelMounts } from './panel-mounts';

// Who may ask what, decided in the background from what the browser says of the sender (never
// from what the message claims). A record page's script is bound to the page it runs in: the top
// frame of a tab, on a site the user activated, and only about that page's own origin. A script
// that is compromised (or a message forged in its world) can then reach no other site's patients
// or rules.

/** What the browser tells the background about a message's sender (runtime.MessageSender). */
export interface Sender {
  id?: string;
  tab?: { id?: number };
  frameId?: number;
  url?: string;
}

export interface ContentGateDeps {
  /** Whether the user activated this site (`https://host/*`): permission granted and not switched off. */
  isActive(pattern: string): Promise<boolean>;
}

/** The page a record-page script runs in, or undefined when the sender is not a tab's top frame on the web. */
export function contentPage(sender: Sender): { origin: string; pattern: string; tabId: number } | undefined {
  const tabId = sender.tab?.id;
  if (sender.frameId !== 0 || typeof tabId !== 'number' || !sender.url) return undefined;
  const pattern = sitePattern(sender.url);
  if (!pattern) return undefined;
  return { origin: new URL(sender.url).origin, pattern, tabId };
}

const field = (message: unknown, name: string): unknown => (message as Record<string, unknown> | null)?.[name];
const nested = (message: unknown, name: string, sub: string): unknown => field(field(message, name), sub);

/**
 * Refusal detail for a request from a record-page script, or undefined when it may pass. Each
 * allowed request is checked against the sender's own origin: the launcher's count only for a
 * patient of this origin, the rules only of this site.
 */
export async function refuseContentRequest(message: unknown, sender: Sender, deps: ContentGateDeps): Promise<string | undefined> {
  const type = field(message, 'type');
  if (!CONTENT_SCRIPT_REQUESTS.has(type as RequestType)) return `${String(type)} : sender`;
  const page = contentPage(sender);
  if (!page) return `${String(type)} : frame`;
  if (!(await deps.isActive(page.pattern))) return `${String(type)} : site`;
  switch (type) {
    case 'patient.status':
      return nested(message, 'patient', 'origin') === page.origin ? undefined : `${type} : origin`;
    case 'siteRules.forUrl': {
      const url = field(message, 'url');
      return typeof url === 'string' && sitePattern(url) === page.pattern ? undefined : `${type} : origin`;
    }
    case 'siteRules.save':
      return nested(message, 'rule', 'pattern') === page.pattern ? undefined : `${type} : origin`;
  }
  return `${String(type)} : sender`;
}

export interface PageGateDeps {
  /** `chrome-extension://…/` or `moz-extension://…/`. */
  extensionOrigin: string;
  /** The overlays' secrets (messaging/panel-mount.ts). */
  mounts: PanelMounts;
}

/**
 * Refusal detail for a request from one of the extension's pages, or undefined. The panel page is
 * the one any web page can load: it is served only in the frame the overlay created.
 */
export async function refusePageRequest(message: unknown, sender: Sender, deps: PageGateDeps): Promise<string | undefined> {
  if (!isPanelSender(sender, deps.extensionOrigin)) return undefined;
  return (await deps.mounts.verify(sender, asMountCredential(field(message, MOUNT_FIELD)))) ? undefined : `${String(field(message, 'type'))} : panel`;
}

/** A record script registers the secret of the overlay it mounted (messaging/panel-mount.ts). */
export async function registerMount(token: string, sender: Sender, deps: ContentGateDeps & PageGateDeps): Promise<boolean> {
  const page = fromExtensionPage(sender, deps.extensionOrigin) ? undefined : contentPage(sender);
  if (!page || !(await deps.isActive(page.pattern))) return false;
  await deps.mounts.register(page.tabId, page.origin, token);
  return true;
}

export interface RouteDeps extends ContentGateDeps, PageGateDeps {
  server: ServerOptions;
}

/** Whether the sender is one of this extension's own pages (panel, side panel, options, popup). */
export const fromExtensionPage = (sender: Sender, extensionOrigin: string): boolean => !!sender.url?.startsWith(extensionOrigin);

/** The background's door for protocol requests: the sender is checked, then the message validated and handled. */
export async function routeRequest(message: unknown, sender: Sender, deps: RouteDeps): Promise<Response> {
  const refused = fromExtensionPage(sender, deps.extensionOrigin) ? await refusePageRequest(message, sender, deps) : await refuseContentRequest(message, sender, deps);
  if (refused) return { ok: false, error: deps.server.invalidMessage(refused) };
  return handleMessage(message, deps.server);
}
