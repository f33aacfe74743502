import { describe, expect, it } from 'vitest';
import { SiteRuleSchema, type SiteRule } from '../../../sites/site-rule';
import { anchorFor } from '../../../sites/anchor';
import { locateAll } from '../../../sites/locate';
import { nameText, readRule, taughtAdapter } from '../../../sites/taught-adapter';

// Taught rules that take several traits out of one element, read a trait in a same-origin
// frame, and refuse a page that shows a taught trait with several values (a list).
const url = new URL('https://dpi.example.fr/dossier');
const base = (fields: SiteRule['fields']): SiteRule => ({ id: 'rule-00000009', pattern: 'https://dpi.example.fr/*', createdAt: 1, fields });

function page(html: string): Document {
  document.body.replaceChildren();
  document.body.append(document.createRange().createContextualFragment(html));
  for (const el of document.body.querySelectorAll('*')) Object.defineProperty(el, 'offsetParent', { value: document.body, configurable: true });
  return document;
}

describe('traits taken out of one element', () => {
  it('cuts the birth-date phrase off the names', () => {
    expect(nameText('Mme DUPONT Marie, née le 12/03/1945 à Lyon')).toBe('Mme DUPONT Marie');
    expect(nameText('12/03/1945 — DUPONT Marie')).toBe('DUPONT Marie');
    expect(nameText('Ms. Amara Nkechi Eze')).toBe('Ms. Amara Nkechi Eze');
  });

  it('reads name, first names, sex and birth date from one banner', () => {
    const doc = page('<h2 id="b">Mme DUPONT Marie Claire, née le 12/03/1945</h2>');
    const loc = { selector: '#b' };
    const rule = base({ birthName: { ...loc, part: 'name' }, firstNames: { ...loc, part: 'name' }, birthDate: { ...loc, part: 'date' } });
    expect(SiteRuleSchema.safeParse(rule).success).toBe(true);
    expect(taughtAdapter(rule, (f) => f).detect(doc, url)).toMatchObject({
      kind: 'patient', patient: { birthName: 'DUPONT', firstNames: 'Marie Claire', birthDate: '1945-03-12', sex: 'F' },
    });
  });

  it('reads given names first where the rule says so', () => {
    const doc = page('<h3 id="t">Élodie Marie Fontaine</h3><span data-qa="ddn">1986-02-14</span>');
    const rule = base({ birthName: { selector: '#t', part: 'name-given-first' }, firstNames: { selector: '#t', part: 'name-given-first' }, birthDate: { selector: 'span[data-qa="ddn"]' } });
    expect(readRule(rule, doc).values).toEqual({ birthName: 'Fontaine', firstNames: 'Élodie Marie', birthDate: '1986-02-14' });
  });

  it('refuses an unknown way of cutting, and an unstable frame selector', () => {
    const ok = base({ birthName: { selector: '#t' }, firstNames: { selector: '#t' }, birthDate: { selector: '#d' } });
    expect(SiteRuleSchema.safeParse({ ...ok, fields: { ...ok.fields, birthName: { selector: '#t', part: 'guess' } } }).success).toBe(false);
    expect(SiteRuleSchema.safeParse({ ...ok, fields: { ...ok.fields, birthDate: { selector: '#d', frame: 'iframe:nth-child(2)' } } }).success).toBe(false);
    expect(SiteRuleSchema.safeParse({ ...ok, fields: { ...ok.fields, birthDate: { selector: '#d', frame: '#frame' }, sex: { label: 'Sexe' } } }).success).toBe(true);
  });
});

describe('a rule never picks one patient out of several', () => {
  it('is ambiguous where a taught trait shows several values (the page became a list)', () => {
    const doc = page(`<p><span>Nom</span><b>MARTIN</b><span>Prénom</span><b>Paul</b><span>Né le</span><b>03/04/1950</b></p>
      <p><span>Nom</span><b>BERNARD</b><span>Prénom</span><b>Luc</b><span>Né le</span><b>09/10/1961</b></p>`);
    const rule = base({ birthName: { label: 'Nom' }, firstNames: { label: 'Prénom' }, birthDate: { label: 'Né le' } });
    expect(taughtAdapter(rule, (f) => f, 'plusieurs').detect(doc, url)).toEqual({ kind: 'ambiguous', reason: 'plusieurs', candidates: [] });
  });

  it('reads a trait repeated with the same value (the name in a header and a card) as one', () => {
    const doc = page('<b data-qa="n">MARTIN</b><b data-qa="n">MARTIN</b><b data-qa="p">Paul</b><b data-qa="d">03/04/1950</b>');
    const rule = base({ birthName: { selector: 'b[data-qa="n"]' }, firstNames: { selector: 'b[data-qa="p"]' }, birthDate: { selector: 'b[data-qa="d"]' } });
    expect(taughtAdapter(rule, (f) => f).detect(doc, url).kind).toBe('patient');
  });
});

describe('anchoring what record software writes', () => {
  it('anchors on a label written as bare text before the value, and finds it again', () => {
    const doc = page('<div id="ehr-patient"><i></i>&nbsp; patient: <b>Ms. Amara Nkechi Eze</b>, age: <b>39 years</b></div>');
    const b = doc.querySelector('b')!;
    expect(anchorFor(b)).toEqual({ label: 'patient:' });
    expect(locateAll(doc, { label: 'patient:' })).toEqual([b]);
  });

  it('anchors on Frappe’s and Angular’s field names', () => {
    const doc = page('<input data-fieldname="dob" value="14-02-1986"><input formcontrolname="nom" value="DURAND">');
    expect(anchorFor(doc.querySelector('[data-fieldname]')!)).toEqual({ selector: 'input[data-fieldname="dob"]' });
    expect(anchorFor(doc.querySelector('[formcontrolname]')!)).toEqual({ selector: 'input[formcontrolname="nom"]' });
  });

  it('prefers a locator that finds the element only', () => {
    const doc = page('<span>Nom</span><b name="nom-patient">MARTIN</b><span>Nom</span><b>BERNARD</b>');
    // The label finds two values; the attribute finds this one only.
    expect(anchorFor(doc.querySelector('b')!)).toEqual({ selector: 'b[name="nom-patient"]', label: 'Nom' });
  });

  it('reads a trait inside a same-origin frame', () => {
    const doc = page('<iframe id="app"></iframe>');
    // happy-dom loads no frame: the frame's document is given as a browser would.
    const inner = document.implementation.createHTMLDocument('app');
    Object.defineProperty(doc.getElementById('app'), 'contentDocument', { value: inner });
    inner.body.append(inner.createRange().createContextualFragment('<span>"birthDate"</span>: <span>"1987-05-23"</span>'));
    for (const el of inner.body.querySelectorAll('*')) Object.defineProperty(el, 'offsetParent', { value: inner.body, configurable: true });
    expect(locateAll(doc, { label: '"birthDate"', frame: '#app' }).map((e) => e.textContent)).toEqual(['"1987-05-23"']);
    expect(locateAll(doc, { label: '"birthDate"', frame: '#absent' })).toEqual([]);
  });
});
