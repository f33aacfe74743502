import { INJECT_REQUEST, PAGE_SCRIPTS, type PageScript } from '../messaging/page-inject';

// The background's half of `page.inject` (the contract is in messaging/page-inject.ts).

export interface InjectDeps {
  /** Whether the user activated this site (the record script runs only there). */
  isActive(pattern: string): Promise<boolean>;
  /** Runs the script in the tab's top frame. */
  inject(tabId: number, script: PageScript): Promise<unknown>;
}

/**
 * Background side. `page`: the sender as the browser describes it, a tab's top frame on the web
 * (background/sender-gate.ts contentPage), else undefined. Only these scripts, only into that very
 * tab, on an active site.
 */
export async function injectForPage(message: { script?: unknown }, page: { pattern: string; tabId: number } | undefined, deps: InjectDeps): Promise<{ ok: true; data: object } | { ok: false; error: string }> {
  const script = PAGE_SCRIPTS.find((s) => s === message.script);
  if (!script || !page || !(await deps.isActive(page.pattern))) return { ok: false, error: `${INJECT_REQUEST} : ${script ? 'sender' : 'script'}` };
  await deps.inject(page.tabId, script);
  return { ok: true, data: {} };
}
