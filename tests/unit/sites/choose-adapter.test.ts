import { describe, expect, it, vi } from 'vitest';
import { chooseAdapter, mayHaveRules } from '../../../sites/registry';
import { taughtAdapter } from '../../../sites/taught-adapter';
import type { SiteAdapter } from '../../../sites/adapter';
import type { SiteRule } from '../../../sites/site-rule';

// The record script's choice of a reader (sites/registry.ts): the site's own adapter, else a rule
// the user taught for the site, else the generic reader; the background is asked for rules only
// when the site's own adapter does not know the page and the index of taught sites lists it.
const URL_ = new URL('https://opticab.example.fr/dossier/12');
const reader = (id: string, matches: boolean): SiteAdapter => ({ id, matches: () => matches, fingerprint: () => '', detect: () => ({ kind: 'none', reason: id }) });
const rule: SiteRule = {
  id: 'rule-00000001',
  pattern: 'https://opticab.example.fr/*',
  createdAt: 1,
  fields: { birthName: { label: 'Ident.' }, firstNames: { label: 'Appel.' }, birthDate: { selector: '[data-qa="ddn"]' } },
};

describe('chooseAdapter', () => {
  it('takes the site’s own adapter without asking for rules', async () => {
    const rules = vi.fn(async () => [rule]);
    const a = await chooseAdapter({ known: reader('demo', true), generic: reader('generic', true), index: Promise.resolve(['https://opticab.example.fr/*']), rules, missing: String, several: 'plusieurs', reader: async () => taughtAdapter }, document, URL_);
    expect(a.id).toBe('demo');
    expect(rules).not.toHaveBeenCalled();
  });

  it('asks for rules only when the index lists the site, and then takes the taught rule', async () => {
    const rules = vi.fn(async () => [rule]);
    const known = reader('demo', false);
    const none = await chooseAdapter({ known, generic: reader('generic', true), index: Promise.resolve(['https://other.example.fr/*']), rules, missing: String, several: 'plusieurs', reader: async () => taughtAdapter }, document, URL_);
    expect(none.id).toBe('generic');
    expect(rules).not.toHaveBeenCalled();
    const taught = await chooseAdapter({ known, generic: reader('generic', true), index: Promise.resolve(['https://opticab.example.fr/*']), rules, missing: String, several: 'plusieurs', reader: async () => taughtAdapter }, document, URL_);
    expect(taught.id).toBe('taught:rule-00000001');
    expect(rules).toHaveBeenCalledTimes(1);
  });

  it('asks when there is no index yet (an older background, storage unreadable)', () => {
    expect(mayHaveRules(undefined, URL_.href)).toBe(true);
    expect(mayHaveRules([], URL_.href)).toBe(false);
  });
});
