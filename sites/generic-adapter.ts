import type { SiteAdapter } from './adapter';
import { detectPatient, type GenericReasons } from './generic';

// The fallback for record software no adapter knows: the generic label/value detector.
// Its reading walks the page, so the fingerprint (URL + text) gates it: unchanged text, no walk.
export function genericAdapter(reasons: GenericReasons): SiteAdapter {
  return {
    id: 'generic',
    matches: () => true,
    // The URL counts: the record id may come from it.
    fingerprint: (doc) => doc.location.href + (doc.body?.textContent ?? ''),
    detect: (doc, url) => detectPatient(doc, url.origin, reasons),
  };
}
