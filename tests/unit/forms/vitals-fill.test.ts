import { h, render } from 'preact';
import { useState } from 'preact/hooks';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { collectFields } from '../../../sites/forms/collect-fields';
import { classifyVitalField, proposeVitalMapping } from '../../../sites/forms/classify-vital';
import { fillVitals } from '../../../sites/forms/fill-vitals';
import { undoFill } from '../../../sites/forms/fill';
import { computeIntake, vitalFieldValues } from '../../../clinical/intake';
import { adultInput } from '../intake/fixtures';
import { mountInDocument } from './parse-html';

// The record's vital-signs fields (« constantes »): classified from their words, filled with the
// intake's measures the way typing would (framework-controlled inputs), undone on request.
afterEach(() => render(null, document.body));

const keysOf = (html: string) => {
  mountInDocument(html);
  const fields = collectFields(document);
  return fields.map((f) => [f.descriptor.labels[0] ?? f.descriptor.name, classifyVitalField(f).key]);
};

describe('vital-signs field classifier', () => {
  it('names the fields of a French constantes form', () => {
    const labels = ['PAS (mmHg)', 'PAD (mmHg)', 'Pouls (/min)', 'Poids (kg)', 'Taille (cm)', 'Tour de taille (cm)', 'Température (°C)', 'SpO2 (%)', 'Glycémie capillaire (g/L)', 'EVA (0 à 10)', 'TA'];
    const html = labels.map((l, i) => `<label for="f${i}">${l}</label><input id="f${i}">`).join('') + '<label>Bras <select><option value="">—</option><option>Droit</option><option>Gauche</option></select></label>';
    expect(keysOf(html)).toEqual([
      ['PAS (mmHg)', 'bpSys'], ['PAD (mmHg)', 'bpDia'], ['Pouls (/min)', 'heartRate'], ['Poids (kg)', 'weight'], ['Taille (cm)', 'height'],
      ['Tour de taille (cm)', 'waist'], ['Température (°C)', 'temperature'], ['SpO2 (%)', 'spo2'], ['Glycémie capillaire (g/L)', 'glycemia'],
      ['EVA (0 à 10)', 'pain'], ['TA', 'bp'], ['Bras', 'bpArm'],
    ]);
  });

  it('names English fields and a glycaemia in mmol/L', () => {
    const labels = ['Systolic BP', 'Diastolic BP', 'Heart rate', 'Weight (kg)', 'Height (cm)', 'BMI', 'Temperature', 'O2 saturation', 'Blood glucose (mmol/L)', 'Pain score'];
    expect(keysOf(labels.map((l) => `<label>${l} <input></label>`).join('')).map(([, k]) => k))
      .toEqual(['bpSys', 'bpDia', 'heartRate', 'weight', 'height', 'bmi', 'temperature', 'spo2', 'glycemiaMmol', 'pain']);
  });

  it('leaves alone what is not today’s measure, or not a measure field', () => {
    const html = '<label>Poids de naissance <input></label><label>TA cible <input></label><label>Nom <input></label>'
      + '<label>Tension <textarea></textarea></label><label>Bras <input></label><label>Taille <select><option>S</option><option>M</option></select></label>';
    expect(keysOf(html).map(([, k]) => k)).toEqual([null, null, null, null, null, null]);
  });

  it('proposes nothing for a measure two fields claim', () => {
    mountInDocument('<label>Poids <input></label><label>Poids (kg) <input></label><label>Pouls <input></label>');
    expect(proposeVitalMapping(collectFields(document)).map((p) => p.key)).toEqual(['heartRate']);
  });
});

function VitalsForm() {
  const [v, setV] = useState({ pas: '', pad: '', bras: '', poids: '', temp: '72' });
  const bind = (k: keyof typeof v) => ({ value: v[k], onInput: (e: Event) => setV((s) => ({ ...s, [k]: (e.currentTarget as HTMLInputElement).value })) });
  return h('form', null,
    h('label', null, 'PAS', h('input', bind('pas'))),
    h('label', null, 'PAD', h('input', bind('pad'))),
    h('label', null, 'Bras', h('select', { value: v.bras, onChange: (e: Event) => setV((s) => ({ ...s, bras: (e.currentTarget as HTMLSelectElement).value })) },
      h('option', { value: '' }, '—'), h('option', { value: 'D' }, 'Droit'), h('option', { value: 'G' }, 'Gauche'))),
    h('label', null, 'Poids (kg)', h('input', { type: 'number', step: 'any', ...bind('poids') })),
    // Already holds a value typed by someone else: left alone.
    h('label', null, 'Température', h('input', bind('temp'))),
    h('output', { id: 'state' }, JSON.stringify(v)));
}

describe('vital-signs fill', () => {
  it('fills framework-controlled fields with the intake’s measures, leaves a filled one alone, and undoes', async () => {
    const root = document.createElement('div');
    document.body.replaceChildren(root);
    act(() => render(h(VitalsForm, null), root));
    const calc = computeIntake(adultInput());
    const values = { ...vitalFieldValues(calc.vitals, 'droit'), temperature: '36,8' };
    const fields = collectFields(document);
    const plan = proposeVitalMapping(fields).map((p) => ({ field: fields[p.index]!, key: p.key }));
    let result!: ReturnType<typeof fillVitals>;
    await act(async () => { result = fillVitals(plan, values); });
    const state = () => JSON.parse(document.getElementById('state')!.textContent!) as Record<string, string>;
    expect(state()).toEqual({ pas: '149', pad: '94', bras: 'D', poids: '82', temp: '72' });
    expect(result.skipped.map((s) => [s.key, s.reason])).toEqual([['temperature', 'alreadyFilled']]);
    await act(async () => { expect(undoFill(result.undo).restored).toBe(4); });
    expect(state()).toEqual({ pas: '', pad: '', bras: '', poids: '', temp: '72' });
  });

  it('gives refused measures no value, and French decimals otherwise', () => {
    const calc = computeIntake({ ...adultInput(), values: { ...adultInput().values, poids: { text: '820' }, temperature: { text: '36,8' } } });
    const v = vitalFieldValues(calc.vitals);
    expect(v.weight).toBeUndefined();
    expect(v.bmi).toBeUndefined();
    expect(v.temperature).toBe('36,8');
    expect(v.bp).toBe('149/94');
    expect(v.bpArm).toBeUndefined();
  });
});
