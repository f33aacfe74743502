import type { SiteAdapter } from './adapter';
import { demoAdapter, type DemoMessages } from './demo';

// Known record software, tried in order; the first adapter that recognises the page reads it.
export function adapters(messages: DemoMessages): SiteAdapter[] {
  return [demoAdapter(messages)];
}

export function pickAdapter(list: SiteAdapter[], doc: Document, url: URL): SiteAdapter | undefined {
  return list.find((a) => a.matches(doc, url));
}
