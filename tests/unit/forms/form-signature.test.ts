import { describe, expect, it } from 'vitest';
import { collectFields } from '../../../sites/forms/collect-fields';
import { fieldSignature, formSignature } from '../../../sites/forms/form-signature';
import { proposeMapping } from '../../../sites/forms/plan-fill';
import { loadFixture } from './load-fixture';
import { parseHtml } from './parse-html';

const FORM = `
  <form><label for="mat-input-3">Nom</label><input id="mat-input-3" name="nom">
  <label for="p">Prénom</label><input id="p" name="prenom">
  <select name="sexe"><option>Homme</option><option>Femme</option></select></form>`;

describe('formSignature', () => {
  it('is stable across loads, generated ids, typed values and field order', () => {
    const a = parseHtml(FORM);
    const b = parseHtml(FORM.replace(/mat-input-3/g, 'mat-input-17'));
    (b.querySelector('[name=nom]') as HTMLInputElement).value = 'DURAND';
    const c = parseHtml(FORM);
    const form = c.querySelector('form')!;
    form.append(form.querySelector('select')!);
    form.prepend(form.querySelector('[name=prenom]')!);
    expect(formSignature(a)).toBe(formSignature(parseHtml(FORM)));
    expect(formSignature(b)).toBe(formSignature(a));
    expect(formSignature(c)).toBe(formSignature(a));
    expect(formSignature(a)).toMatch(/^form1-[0-9a-z]+-3$/);
  });

  it('changes when a field is added, renamed or relabelled', () => {
    const base = formSignature(parseHtml(FORM));
    expect(formSignature(parseHtml(FORM.replace('</form>', '<input name="ville"></form>')))).not.toBe(base);
    expect(formSignature(parseHtml(FORM.replace('name="prenom"', 'name="prenoms"')))).not.toBe(base);
    expect(formSignature(parseHtml(FORM.replace('>Prénom<', '>Prénom usuel<')))).not.toBe(base);
  });

  it('differs between the fixture forms', () => {
    const sigs = ['cerfa-like.html', 'react-aria.html', 'legacy-table.html'].map((f) => formSignature(loadFixture(f)));
    expect(new Set(sigs).size).toBe(3);
  });
});

describe('remembered mappings', () => {
  it('a choice remembered by field signature beats the classifier, including "leave alone"', () => {
    const doc = parseHtml(FORM);
    const fields = collectFields(doc);
    const [nom, prenom] = fields.map((f) => fieldSignature(f.descriptor));
    const proposal = proposeMapping(fields, { remembered: { [nom!]: 'usedName', [prenom!]: null } });
    expect(proposal.map((p) => [p.key, p.remembered])).toEqual([
      ['usedName', true],
      [null, true],
      ['sex', false],
    ]);
  });

  it('leaves low-confidence answers for the user', () => {
    const doc = parseHtml(`<input name="nom">`);
    const [p] = proposeMapping(collectFields(doc), { minConfidence: 0.9 });
    expect(p!.classification.key).toBe('birthName');
    expect(p!.key).toBeNull();
  });
});
