import { browser } from 'wxt/browser';
import type { Handlers } from './server';
import { BUILTIN_PATTERNS } from '../sites/match-pattern';
import { BUILTINS_OFF_KEY as OFF_KEY, asPatternList } from '../messaging/storage-keys';
import { ServiceError } from '../storage/notes-service';

// Which sites get the record-page script: every origin whose host permission the user granted
// (optional host permissions, asked at run time from the popup), plus the demo's loopback
// origins unless switched off. Registrations are reconciled with permissions at every start.
const PREFIX = 'site:';
const SCRIPT = 'content-scripts/record.js';
// With the document: the record script is compiled and asks storage while the page loads, does
// nothing else until the page is parsed, then reads it at once (entrypoints/record.content). It waits
// for a frameset's frames itself (sites/frames.ts). Registrations made with another timing are replaced.
const RUN_AT = 'document_start' as const;

async function builtinsOff(): Promise<string[]> {
  return asPatternList((await browser.storage.local.get(OFF_KEY))[OFF_KEY]);
}

/** The sites the record script runs on: host access granted and not switched off. */
export async function activePatterns(): Promise<string[]> {
  const granted = (await browser.permissions.getAll()).origins ?? [];
  const off = await builtinsOff();
  return [...new Set(granted)].filter((p) => /^https?:\/\//.test(p) && !off.includes(p)).sort();
}

/** Registers what should be and removes what should not; returns the active patterns. */
export async function syncRegistrations(): Promise<string[]> {
  const want = await activePatterns();
  const have = (await browser.scripting.getRegisteredContentScripts()).filter((s) => s.id.startsWith(PREFIX));
  const current = (s: { id: string; runAt?: string }) => want.includes(s.id.slice(PREFIX.length)) && (s.runAt ?? RUN_AT) === RUN_AT;
  const stale = have.filter((s) => !current(s)).map((s) => s.id);
  if (stale.length) await browser.scripting.unregisterContentScripts({ ids: stale });
  const missing = want.filter((p) => !have.some((s) => s.id === PREFIX + p && current(s)));
  if (missing.length) {
    await browser.scripting.registerContentScripts(
      missing.map((p) => ({ id: PREFIX + p, matches: [p], js: [SCRIPT], runAt: RUN_AT, persistAcrossSessions: true })),
    );
    // Pages of these sites already open (installation, activation) get the script now.
    const open = await browser.tabs.query({ url: missing });
    await Promise.all(open.map((tab) => (tab.id === undefined ? undefined : inject(tab.id))));
  }
  return want;
}

/** A second injection replaces the first (WXT invalidates the older content-script context). */
function inject(tabId: number): Promise<unknown> {
  return browser.scripting.executeScript({ target: { tabId }, files: [`/${SCRIPT}`] }).catch(() => undefined);
}

export function sitesHandlers(): Pick<Handlers, 'sites.list' | 'sites.activate' | 'sites.deactivate'> {
  return {
    'sites.list': async () => ({ active: await syncRegistrations() }),
    async 'sites.activate'(r) {
      if (!(await browser.permissions.contains({ origins: [r.pattern] }))) throw new ServiceError('errSiteNoPermission');
      const off = await builtinsOff();
      if (off.includes(r.pattern)) await browser.storage.local.set({ [OFF_KEY]: off.filter((p) => p !== r.pattern) });
      const active = await syncRegistrations();
      // The page already open gets the script now, without a reload.
      if (r.tabId !== undefined) await inject(r.tabId);
      return { active };
    },
    async 'sites.deactivate'(r) {
      // Granted at install (the demo build's loopback origins): switched off, since a permission
      // the manifest asks for cannot be removed. In the store build the user granted it: removed.
      const atInstall = browser.runtime.getManifest().host_permissions ?? [];
      if (BUILTIN_PATTERNS.includes(r.pattern) && atInstall.includes(r.pattern)) {
        const off = await builtinsOff();
        await browser.storage.local.set({ [OFF_KEY]: [...new Set([...off, r.pattern])] });
      } else {
        await browser.permissions.remove({ origins: [r.pattern] });
      }
      return { active: await syncRegistrations() };
    },
  };
}
