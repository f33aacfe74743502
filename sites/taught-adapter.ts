import { candidate, type SiteAdapter } from './adapter';
import { locate, readValue, selectorWorks } from './locate';
import type { SiteRule } from './site-rule';
import { parseDate } from '../clinical/identity/date';

// A site rule taught by the user, as an adapter: it reads exactly the elements the user pointed at.
export function taughtAdapter(rule: SiteRule, missing: (field: string) => string): SiteAdapter {
  const read = (doc: Document) => {
    const get = (k: Exclude<keyof SiteRule['fields'], 'noteField'>) => {
      const loc = rule.fields[k];
      const el = loc && locate(doc, loc);
      return el ? readValue(el) || undefined : undefined;
    };
    return { birthName: get('birthName'), firstNames: get('firstNames'), birthDate: get('birthDate'), recordId: get('recordId') };
  };
  return {
    id: `taught:${rule.id}`,
    // A rule with a selector this page's browser cannot use steps aside: the next rule, or the
    // generic reader, reads the page rather than nothing at all.
    matches: (doc) => Object.values(rule.fields).every((loc) => !loc?.selector || selectorWorks(doc, loc.selector)),
    fingerprint: (doc) => JSON.stringify(read(doc)),
    detect(doc, url) {
      const r = read(doc);
      return candidate(
        {
          adapter: `taught:${rule.id}`,
          origin: url.origin,
          recordId: r.recordId,
          birthName: r.birthName,
          firstNames: r.firstNames,
          birthDate: r.birthDate ? parseDate(r.birthDate) ?? undefined : undefined,
          confidence: 0.9,
        },
        missing,
      );
    },
  };
}
