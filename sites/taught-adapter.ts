import { candidate, type SiteAdapter } from './adapter';
import { locateAll, readValue, selectorWorks } from './locate';
import type { Detection } from '../clinical/identity/patient-context';
import type { Locator, SiteRule } from './site-rule';
import { findDate, findDates, parseDate } from '../clinical/identity/date';
import { parseName } from '../clinical/identity/name';
import { parseSex } from '../clinical/identity/sex';

type Read = 'birthName' | 'firstNames' | 'birthDate' | 'sex' | 'recordId';
const READ: Read[] = ['birthName', 'firstNames', 'birthDate', 'sex', 'recordId'];

// What announces a birth date after the name ("…, née le", "born", "DOB:").
const BIRTH_TAIL = /(?:^|[\s,;(·|–—-])(?:n[ée]e?(?:\s*\(e\))?|born|dob|ddn|date de naissance)(?:\s+(?:le|on))?\s*:?\s*$/i;

/** The names part of a text that may also hold the birth date ("Mme DUPONT Marie, née le 12/03/1945"). */
export function nameText(text: string): string {
  const d = findDates(text)[0];
  const t = d ? text.slice(0, d.index).trim() || text.slice(d.index + d.length) : text;
  return t.replace(BIRTH_TAIL, '').replace(/^[\s,;:·|–—-]+|[\s,;:·|–—-]+$/g, '');
}

/** One trait out of an element's text, as the locator says (its whole text, or a part of it). */
export function traitOf(field: Read, loc: Locator, text: string): string | undefined {
  if (loc.part === 'name' || loc.part === 'name-given-first') {
    const n = parseName(nameText(text), loc.part === 'name' ? 'family-first' : 'given-first');
    return field === 'sex' ? n.sex ?? undefined : field === 'birthName' || field === 'firstNames' ? n[field] : undefined;
  }
  if (field === 'birthDate') return (loc.part === 'date' ? findDate(text) : parseDate(text)) ?? undefined;
  if (field === 'sex') return parseSex(text) ?? undefined;
  return text || undefined;
}

export interface RuleReading {
  values: Partial<Record<Read, string>>;
  /** Traits the page shows more than once with different values (a list, two patients). */
  several: Read[];
}

/** What a rule reads on a page: each trait once, or the traits the page shows with several values. */
export function readRule(rule: SiteRule, doc: Document): RuleReading {
  const values: RuleReading['values'] = {};
  const several: Read[] = [];
  for (const k of READ) {
    // The sex may come with the name ("Mme DUPONT Marie") when no element was taught for it.
    const loc = rule.fields[k] ?? (k === 'sex' && rule.fields.birthName.part ? rule.fields.birthName : undefined);
    if (!loc) continue;
    const found = new Set(locateAll(doc, loc).map((el) => traitOf(k, loc, readValue(el))).filter((v): v is string => !!v));
    if (found.size > 1) several.push(k);
    else if (found.size === 1) values[k] = [...found][0];
  }
  return { values, several };
}

/** The detection a rule gives on a page: one patient, the trait missing, or several patients shown. */
export function ruleDetection(rule: SiteRule, doc: Document, url: URL, missing: (field: string) => string, several: string): Detection {
  const r = readRule(rule, doc);
  // A rule that points at a trait shown several times would pick one patient out of a list: refused.
  if (r.several.length) return { kind: 'ambiguous', reason: several, candidates: [] };
  const v = r.values;
  return candidate(
    {
      adapter: `taught:${rule.id}`,
      origin: url.origin,
      recordId: v.recordId,
      birthName: v.birthName,
      firstNames: v.firstNames,
      birthDate: v.birthDate,
      ...(v.sex === 'F' || v.sex === 'M' ? { sex: v.sex } : {}),
      confidence: 0.9,
    },
    missing,
  );
}

// A site rule taught by the user, as an adapter: it reads exactly the elements the user pointed at.
export function taughtAdapter(rule: SiteRule, missing: (field: string) => string, several = ''): SiteAdapter {
  return {
    id: `taught:${rule.id}`,
    // A rule with a selector this page's browser cannot use steps aside: the next rule, or the
    // generic reader, reads the page rather than nothing at all.
    matches: (doc) => Object.values(rule.fields).every((loc) => !loc?.selector || selectorWorks(doc, loc.selector)),
    fingerprint: (doc) => JSON.stringify(readRule(rule, doc)),
    detect: (doc, url) => ruleDetection(rule, doc, url, missing, several),
  };
}
