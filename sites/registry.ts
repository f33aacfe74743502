import type { SiteAdapter } from './adapter';
import { demoAdapter, type DemoMessages } from './demo';
import { genericAdapter } from './generic-adapter';
import type { GenericReasons } from './generic';
import type { SiteRule } from './site-rule';
import type { taughtAdapter } from './taught-adapter';
import { sitePattern } from './match-pattern';

// Known record software, tried in order; the first adapter that recognises the page reads it.
// The generic detector comes last and accepts any page.
export function adapters(messages: DemoMessages, generic: GenericReasons): SiteAdapter[] {
  return [demoAdapter(messages), genericAdapter(generic)];
}

export function pickAdapter(list: SiteAdapter[], doc: Document, url: URL): SiteAdapter | undefined {
  return list.find((a) => a.matches(doc, url));
}

/** False only when the background's index of taught sites is there and does not list this one. */
export function mayHaveRules(index: unknown, href: string): boolean {
  return !Array.isArray(index) || index.includes(sitePattern(href));
}

export interface AdapterChoice {
  /** The site's own adapter and the generic reader, from `adapters()`. */
  known: SiteAdapter;
  generic: SiteAdapter;
  /** The index of taught sites (storage.local), as read at start or afresh. */
  index: Promise<unknown>;
  /** The site's taught rules, from the background (a round trip). */
  rules: () => Promise<SiteRule[]>;
  missing: (field: string) => string;
  /** The reason given when a taught field shows several values. */
  several: string;
  /**
   * The taught-rules reader: not carried by every record page (the record script's budget), loaded
   * only where there are rules (entrypoints/taught.content); undefined when it could not be.
   */
  reader: () => Promise<typeof taughtAdapter | undefined>;
}

/**
 * The reader of a page, in order: the site's own adapter, then rules the user taught for this
 * site, then the generic reader (which accepts any page). When the site's own adapter knows the
 * page, no need to ask for rules; nor when the background's index says this site has none (a
 * local read, not a round trip).
 */
export async function chooseAdapter({ known, generic, index, rules, missing, several, reader }: AdapterChoice, doc: Document, url: URL): Promise<SiteAdapter> {
  const found = known.matches(doc, url) || !mayHaveRules(await index, url.href) ? [] : await rules();
  const taught = found.length ? await reader() : undefined;
  return pickAdapter([known, ...(taught ? found.map((r) => taught(r, missing, several)) : []), generic], doc, url)!;
}
