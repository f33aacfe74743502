import type { SiteAdapter } from './adapter';
import { demoAdapter, type DemoMessages } from './demo';
import { genericAdapter } from './generic-adapter';
import type { GenericReasons } from './generic';

// Known record software, tried in order; the first adapter that recognises the page reads it.
// The generic detector comes last and accepts any page.
export function adapters(messages: DemoMessages, generic: GenericReasons): SiteAdapter[] {
  return [demoAdapter(messages), genericAdapter(generic)];
}

export function pickAdapter(list: SiteAdapter[], doc: Document, url: URL): SiteAdapter | undefined {
  return list.find((a) => a.matches(doc, url));
}
