import { describe, expect, it } from 'vitest';
import type { FillValues, ProfileFieldKey } from '../../../clinical/admin/field-keys';
import { classifyField } from '../../../sites/forms/classify-field';
import { collectFields } from '../../../sites/forms/collect-fields';
import type { CollectedField } from '../../../sites/forms/field-descriptor';
import { fill, undoFill } from '../../../sites/forms/fill';
import { proposeMapping, toFillPlan } from '../../../sites/forms/plan-fill';
import { loadFixture } from './load-fixture';
import { parseHtml } from './parse-html';

function planFor(doc: Document, keys: Record<string, ProfileFieldKey>) {
  const fields = collectFields(doc);
  const byId = (id: string) => fields.find((f) => f.elements.some((e) => e.id === id || (e as HTMLInputElement).name === id)) as CollectedField;
  return Object.entries(keys).map(([id, key]) => ({ field: byId(id), key }));
}
const value = (doc: Document, id: string) => (doc.getElementById(id) as HTMLInputElement).value;

const VALUES: FillValues = {
  birthName: 'DURAND',
  firstName: 'Marie',
  birthDate: '1956-05-09',
  sex: 'F',
  civility: 'Mme',
  phoneMobile: '06 12 34 56 78',
  nir: '256056912345615',
  email: 'marie@exemple.fr',
  address: '12 rue des Lilas\nBâtiment B',
  ald: 'true',
};

describe('fill: text, dates, limits', () => {
  it('writes ISO into date inputs and the announced format into text dates', () => {
    const doc = parseHtml(`
      <input id="iso" type="date"><input id="fr" placeholder="JJ/MM/AAAA"><input id="us" placeholder="MM/DD/YYYY">
      <input id="isoText" placeholder="aaaa-mm-jj"><input id="plain">`);
    fill(planFor(doc, { iso: 'birthDate', fr: 'birthDate', us: 'birthDate', isoText: 'birthDate', plain: 'birthDate' }), VALUES);
    expect(['iso', 'fr', 'us', 'isoText', 'plain'].map((id) => value(doc, id))).toEqual([
      '1956-05-09', '09/05/1956', '05/09/1956', '1956-05-09', '09/05/1956',
    ]);
  });

  it('fits phones and NIR to short fields, and refuses what cannot fit', () => {
    const doc = parseHtml(`<input id="tel" maxlength="10"><input id="nir13" maxlength="13"><input id="short" maxlength="3">`);
    const result = fill(planFor(doc, { tel: 'phoneMobile', nir13: 'nir', short: 'birthName' }), VALUES);
    expect(value(doc, 'tel')).toBe('0612345678');
    expect(value(doc, 'nir13')).toBe('2560569123456');
    expect(value(doc, 'short')).toBe('');
    expect(result.skipped.map((s) => s.reason)).toEqual(['tooLong']);
  });

  it('skips keys without a value and fields already holding it', () => {
    const doc = parseHtml(`<input id="a"><input id="b" value="DURAND">`);
    const result = fill(planFor(doc, { a: 'employer', b: 'birthName' }), VALUES);
    expect(result.skipped.map((s) => s.reason)).toEqual(['noValue', 'alreadySet']);
    expect(result.undo.entries).toEqual([]);
  });

  it('fills textareas and contenteditable as plain text, and undo restores the markup', () => {
    const doc = parseHtml(`<textarea id="ta">ancien</textarea><div id="ce" contenteditable="true" aria-label="Adresse"><b>vieux</b> texte</div>`);
    const result = fill(planFor(doc, { ta: 'address', ce: 'address' }), VALUES);
    expect(value(doc, 'ta')).toBe('12 rue des Lilas\nBâtiment B');
    const ce = doc.getElementById('ce')!;
    expect(ce.textContent).toBe('12 rue des Lilas\nBâtiment B');
    expect(ce.querySelector('b')).toBeNull();
    undoFill(result.undo);
    expect(value(doc, 'ta')).toBe('ancien');
    expect(ce.querySelector('b')?.textContent).toBe('vieux');
    expect(ce.textContent).toBe('vieux texte');
  });
});

describe('fill: selects and radios', () => {
  it('matches options by text or value, accent- and case-insensitive, through synonyms', () => {
    const doc = parseHtml(`
      <select id="s1"><option value=""></option><option value="1">Masculin</option><option value="2">FÉMININ</option></select>
      <select id="s2"><option value="">?</option><option value="H">H</option><option value="F">F</option></select>
      <select id="s3"><option>M.</option><option>Mme</option></select>
      <select id="s4"><option value="o">Oui</option><option value="n" selected>Non</option></select>
      <select id="s5"><option>Homme</option></select>`);
    const result = fill(planFor(doc, { s1: 'sex', s2: 'sex', s3: 'civility', s4: 'ald', s5: 'sex' }), VALUES);
    expect(['s1', 's2', 's3', 's4'].map((id) => value(doc, id))).toEqual(['2', 'F', 'Mme', 'o']);
    expect(result.skipped.map((s) => s.reason)).toEqual(['noMatchingOption']);
  });

  it('checks radios by label text or value', () => {
    const doc = parseHtml(`
      <label><input type="radio" name="civ" value="1"> Madame</label><label><input type="radio" name="civ" value="2"> Monsieur</label>
      <input type="radio" name="sx" value="M" id="sm"><input type="radio" name="sx" value="F" id="sf">
      <input type="radio" name="ald" value="yes" aria-label="Yes"><input type="radio" name="ald" value="no" aria-label="No" checked>`);
    const fields = collectFields(doc);
    const result = fill(
      [
        { field: fields[0]!, key: 'civility' },
        { field: fields[1]!, key: 'sex' },
        { field: fields[2]!, key: 'ald' },
      ],
      VALUES,
    );
    expect(result.skipped).toEqual([]);
    const checked = Array.from(doc.querySelectorAll<HTMLInputElement>('input:checked')).map((r) => `${r.name}=${r.value}`);
    expect(checked).toEqual(['civ=1', 'sx=F', 'ald=yes']);
    undoFill(result.undo);
    expect(Array.from(doc.querySelectorAll<HTMLInputElement>('input:checked')).map((r) => `${r.name}=${r.value}`)).toEqual(['ald=no']);
  });

  it('fills split birth dates, text parts and selects with month names, from the ISO date alone', () => {
    const doc = loadFixture('split-date-civilite.html');
    const plan = toFillPlan(proposeMapping(collectFields(doc)));
    const result = fill(plan, { birthDate: '1956-05-09', civility: 'Mme', birthName: 'DURAND' });
    expect(result.skipped.filter((s) => s.reason !== 'noValue').map((s) => [s.key, s.reason])).toEqual([['birthDate.year', 'noMatchingOption']]);
    expect(['ddn-j', 'ddn-m', 'ddn-a'].map((id) => value(doc, id))).toEqual(['09', '05', '1956']);
    const select = (name: string) => doc.querySelector<HTMLSelectElement>(`select[name=${name}]`)!;
    expect(select('jour').value).toBe('9');
    expect(select('mois').selectedOptions[0]!.textContent).toBe('mai');
    // 1956 is not offered by the child's year list: left alone, reported above.
    expect(select('annee').value).toBe('');
    expect(doc.querySelector<HTMLInputElement>('#civ-mme')!.checked).toBe(true);
  });
});

describe('fill: refusals at fill time', () => {
  it('refuses fields that became hidden, disabled or read-only after collection, and passwords', () => {
    const doc = parseHtml(`<input id="a"><input id="b"><input id="c"><input id="d"><input id="pw" type="password">`);
    const plan = planFor(doc, { a: 'birthName', b: 'birthName', c: 'birthName', d: 'birthName' });
    const pwField: CollectedField = { descriptor: plan[0]!.field.descriptor, elements: [doc.getElementById('pw')!] };
    doc.getElementById('a')!.style.display = 'none';
    (doc.getElementById('b') as HTMLInputElement).disabled = true;
    doc.getElementById('c')!.setAttribute('readonly', '');
    doc.getElementById('d')!.remove();
    const result = fill([...plan, { field: pwField, key: 'birthName' }], VALUES);
    expect(result.filled).toEqual([]);
    expect(result.skipped.map((s) => s.reason)).toEqual(['hidden', 'disabled', 'readonly', 'detached', 'password']);
    expect(value(doc, 'pw')).toBe('');
  });
});

describe('undo', () => {
  it('restores every changed field, dispatching the same events, and leaves fields the user changed since', () => {
    const doc = parseHtml(`<input id="a" value="old"><input id="b"><input type="checkbox" id="c">`);
    const events: string[] = [];
    doc.addEventListener('input', (e) => events.push(`input:${(e.target as HTMLElement).id}`));
    doc.addEventListener('change', (e) => events.push(`change:${(e.target as HTMLElement).id}`));
    const result = fill(planFor(doc, { a: 'birthName', b: 'firstName', c: 'ald' }), VALUES);
    expect(events).toEqual(['input:a', 'change:a', 'input:b', 'change:b', 'input:c', 'change:c']);
    (doc.getElementById('b') as HTMLInputElement).value = 'typed by the user';
    events.length = 0;
    const undone = undoFill(result.undo);
    expect(undone.restored).toBe(2);
    expect(undone.skipped.map((s) => s.reason)).toEqual(['changedSinceFill']);
    expect(value(doc, 'a')).toBe('old');
    expect(value(doc, 'b')).toBe('typed by the user');
    expect((doc.getElementById('c') as HTMLInputElement).checked).toBe(false);
    expect(events).toEqual(['input:c', 'change:c', 'input:a', 'change:a']);
  });
});

describe('pipeline on a fixture page', () => {
  it('collect → propose → fill → undo on the cerfa-like form', () => {
    const doc = loadFixture('cerfa-like.html');
    const fields = collectFields(doc);
    expect(fields.every((f) => classifyField(f).confidence <= 1)).toBe(true);
    const plan = toFillPlan(proposeMapping(fields));
    const result = fill(plan, { ...VALUES, insuredBirthName: 'DURAND', vitaleRole: 'assure', c2s: 'false', ald: 'true', postalCode: '69003' });
    expect(value(doc, 'c-nom')).toBe('DURAND');
    expect(value(doc, 'c-ddn')).toBe('09/05/1956');
    expect(value(doc, 'c-cp')).toBe('69003');
    expect(doc.querySelector<HTMLInputElement>('input[name=qualite][value="1"]')!.checked).toBe(true);
    expect(doc.querySelector<HTMLInputElement>('input[name=ald][value=o]')!.checked).toBe(true);
    expect(value(doc, 's-motif')).toBe('');
    undoFill(result.undo);
    expect(value(doc, 'c-nom')).toBe('');
    expect(doc.querySelectorAll('input:checked').length).toBe(0);
  });
});
