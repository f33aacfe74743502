import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { SiteRuleSchema, type SiteRule } from '../../../sites/site-rule';
import { anchorFor } from '../../../sites/anchor';
import { locate } from '../../../sites/locate';
import { taughtAdapter } from '../../../sites/taught-adapter';
import { pickAdapter } from '../../../sites/registry';
import type { SiteAdapter } from '../../../sites/adapter';
import { openDb, type PreconsultDb } from '../../../storage/db';
import { createSiteRulesService } from '../../../storage/site-rules-service';

const rule = (over: Partial<SiteRule> = {}): SiteRule => ({
  id: 'rule-00000001',
  pattern: 'https://opticab.example.fr/*',
  createdAt: 1,
  fields: { birthName: { label: 'Ident.' }, firstNames: { label: 'Appel.' }, birthDate: { selector: '[data-qa="ddn"]' } },
  ...over,
});

function page(html: string): Document {
  document.body.replaceChildren();
  document.body.append(document.createRange().createContextualFragment(html));
  // happy-dom has no layout: make every element count as rendered.
  for (const el of document.body.querySelectorAll('*')) Object.defineProperty(el, 'offsetParent', { value: document.body, configurable: true });
  return document;
}

describe('site rule schema', () => {
  it('accepts labels and stable attributes', () => {
    expect(SiteRuleSchema.safeParse(rule()).success).toBe(true);
  });
  it.each(['#nom', 'span[data-qa="ddn"]', "[name='prenom']", 'input[aria-label="Nom de naissance"]', '#dossier input[name="nir"]', 'td[data-field="n\\"o"]', '#pat\\:nom', '[data-testid="é-naissance"]'])('accepts the stable selector %s', (selector) => {
    expect(SiteRuleSchema.safeParse(rule({ fields: { ...rule().fields, birthName: { selector } } })).success).toBe(true);
  });
  it('says in French why a selector is refused', () => {
    const r = SiteRuleSchema.safeParse(rule({ fields: { ...rule().fields, birthDate: { selector: 'div[' } } }));
    expect(r.error?.issues[0]?.message).toBe('Sélecteur illisible\u00a0: seuls un identifiant (#nom) ou des attributs ([name="nom"]) sont acceptés');
  });
  it.each([
    ['a positional selector', { birthDate: { selector: 'div > span:nth-child(3)' } }],
    ['a field with neither label nor selector', { birthDate: {} }],
    ['a selector that does not parse', { birthDate: { selector: 'div[' } }],
    ['a selector that does not parse (quote left open)', { birthName: { selector: '[data-qa="nom]' } }],
    ['a selector that is a list', { birthName: { selector: 'b, i' } }],
  ])('refuses %s', (_name, fields) => {
    const r = SiteRuleSchema.safeParse(rule({ fields: { ...rule().fields, ...fields } as SiteRule['fields'] }));
    expect(r.success).toBe(false);
  });
});

describe('anchoring and reading', () => {
  const html = `<div><span>Ident.</span><span class="x9f2">LEROY</span><span>Appel.</span><span class="x1">Anne</span>
    <span>Venue au monde</span><span data-qa="ddn">15.06.1972</span><span id="r-99812">OC-1</span></div>`;

  it('anchors on a stable attribute, else on the label, never on a generated id', () => {
    const doc = page(html);
    expect(anchorFor(doc.querySelector('[data-qa="ddn"]')!)).toEqual({ selector: 'span[data-qa="ddn"]', label: 'Venue au monde' });
    expect(anchorFor(doc.querySelector('.x9f2')!)).toEqual({ label: 'Ident.' });
    expect(anchorFor(doc.getElementById('r-99812')!)).toBeNull();
  });

  it('finds the element again by its label', () => {
    const doc = page(html);
    expect(locate(doc, { label: 'ident' })?.textContent).toBe('LEROY');
  });

  it('reads the patient with a taught rule', () => {
    const doc = page(html);
    const d = taughtAdapter(rule(), (f) => `manque ${f}`).detect(doc, new URL('https://opticab.example.fr/fiche'));
    expect(d).toEqual({
      kind: 'patient',
      patient: { adapter: 'taught:rule-00000001', origin: 'https://opticab.example.fr', birthName: 'LEROY', firstNames: 'Anne', birthDate: '1972-06-15', confidence: 0.9, recordId: undefined },
    });
  });

  it('a bad selector stored before it was checked never silences the site: the rule steps aside for the generic reader', () => {
    // As a browser does (happy-dom does not always throw on it): a selector that does not parse throws.
    const real = page(html);
    const refuse = (s: string) => { if (s.includes('div[')) throw new DOMException(`'${s}' is not a valid selector`, 'SyntaxError'); };
    const doc = Object.create(real, {
      querySelector: { value: (s: string) => (refuse(s), real.querySelector(s)) },
      querySelectorAll: { value: (s: string) => (refuse(s), real.querySelectorAll(s)) },
    }) as Document;
    const bad = taughtAdapter(rule({ fields: { ...rule().fields, birthDate: { selector: 'div[' } } }), (f) => `manque ${f}`);
    const generic: SiteAdapter = { id: 'generic', matches: () => true, fingerprint: () => '', detect: () => ({ kind: 'none', reason: 'générique' }) };
    const url = new URL('https://opticab.example.fr/fiche');
    expect(() => bad.detect(doc, url)).not.toThrow();
    expect(pickAdapter([bad, generic], doc, url)?.id).toBe('generic');
    expect(locate(doc, { selector: 'div[', label: 'ident' })?.textContent).toBe('LEROY');
  });

  it('says what is missing when the page changed under the rule', () => {
    const doc = page('<div><span>Ident.</span><span>LEROY</span></div>');
    expect(taughtAdapter(rule(), (f) => `manque ${f}`).detect(doc, new URL('https://opticab.example.fr/'))).toEqual({ kind: 'none', reason: 'manque firstNames' });
  });
});

describe('site rules service', () => {
  let db: PreconsultDb;
  const notices: string[] = [];
  beforeEach(() => { db = openDb(`rules-${Math.random()}`); notices.length = 0; });
  afterEach(async () => { db.close(); await Dexie.delete(db.name); });
  const service = () => createSiteRulesService({ db, notify: (p) => notices.push(p) });

  it('keeps one rule per site, finds it by page URL, and tells the site’s pages', async () => {
    const s = service();
    await s.save(rule());
    await s.save(rule({ id: 'rule-00000002' }));
    expect((await s.list()).map((r) => r.id)).toEqual(['rule-00000002']);
    expect(await s.forUrl('https://opticab.example.fr/patients/1')).toHaveLength(1);
    expect(await s.forUrl('https://autre.example.fr/')).toHaveLength(0);
    expect(notices).toEqual(['https://opticab.example.fr/*', 'https://opticab.example.fr/*']);
  });

  it('publishes the sites that have a rule after each change, and on demand after a bulk change', async () => {
    const published: string[][] = [];
    const s = createSiteRulesService({ db, publish: async (p) => void published.push(p) });
    await s.save(rule());
    await s.save(rule({ id: 'rule-00000002', pattern: 'https://dpi.example/*' }));
    expect(published.at(-1)).toEqual(['https://dpi.example/*', 'https://opticab.example.fr/*']);
    await s.remove('rule-00000001');
    expect(published.at(-1)).toEqual(['https://dpi.example/*']);
    await db.siteRules.clear(); // as a wipe does, behind the service's back
    await s.syncIndex();
    expect(published.at(-1)).toEqual([]);
  });

  it('exports and imports rules, and refuses a damaged file whole with the reason', async () => {
    const s = service();
    await s.save(rule());
    const file = await s.exportFile();
    expect(await s.remove('rule-00000001')).toBe(true);
    expect(await s.importFile(file)).toBe(1);
    await expect(s.importFile('{ pas du json')).rejects.toThrow('errRulesFileNotJson');
    const damaged = JSON.parse(file);
    damaged.rules[0].fields.birthDate = { selector: 'td:nth-child(2)' };
    await expect(s.importFile(JSON.stringify(damaged))).rejects.toThrow('errRuleInvalid');
    damaged.rules[0].fields.birthDate = { selector: 'div[' };
    await expect(s.importFile(JSON.stringify(damaged))).rejects.toThrow('errRuleInvalid');
    await expect(s.save({ ...rule(), fields: { ...rule().fields, birthName: { selector: 'div[' } } })).rejects.toThrow('errRuleInvalid');
    expect(await s.list()).toHaveLength(1);
  });
});

describe('taught note field', () => {
  it('is used for the hand-off when no adapter knows the note field', async () => {
    const { findNoteField } = await import('../../../sites/note-field');
    document.body.replaceChildren();
    document.body.append(document.createRange().createContextualFragment('<label for="obs">Observation</label><textarea id="obs-7781"></textarea><textarea name="autre"></textarea>'));
    for (const el of document.body.querySelectorAll('*')) {
      Object.defineProperty(el, 'offsetParent', { value: document.body, configurable: true });
      Object.defineProperty(el, 'getClientRects', { value: () => [{}], configurable: true });
    }
    expect(findNoteField(document)).toBeNull();
    expect(findNoteField(document, { selector: 'textarea[name="autre"]' })?.getAttribute('name')).toBe('autre');
    expect(SiteRuleSchema.safeParse(rule({ fields: { ...rule().fields, noteField: { selector: 'textarea[name="autre"]' } } })).success).toBe(true);
  });
});
