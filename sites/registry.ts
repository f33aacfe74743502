import type { SiteAdapter } from './adapter';
import { demoAdapter, type DemoMessages } from './demo';
import { genericAdapter } from './generic-adapter';
import type { GenericReasons } from './generic';
import type { SiteRule } from './site-rule';
import { taughtAdapter } from './taught-adapter';
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
}

/**
 * The reader of a page, in order: the site's own adapter, then rules the user taught for this
 * site, then the generic reader (which accepts any page). When the site's own adapter knows the
 * page, no need to ask for rules; nor when the background's index says this site has none (a
 * local read, not a round trip).
 */
export async function chooseAdapter({ known, generic, index, rules, missing }: AdapterChoice, doc: Document, url: URL): Promise<SiteAdapter> {
  const taught = known.matches(doc, url) || !mayHaveRules(await index, url.href) ? [] : await rules();
  return pickAdapter([known, ...taught.map((r) => taughtAdapter(r, missing)), generic], doc, url)!;
}
