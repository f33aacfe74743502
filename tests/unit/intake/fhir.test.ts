import { describe, expect, it } from 'vitest';
import { computeIntake, toFhirBundle } from '../../../clinical/intake';
import { adultInput, fullValues } from './fixtures';

const bundle = (values = fullValues()) => toFhirBundle(computeIntake(adultInput({ values })).vitals, '2026-11-23T09:30:00.000Z');
const byCode = (b: ReturnType<typeof bundle>) => Object.fromEntries(b.entry.map((e) => [e.resource.code.coding[0]!.code, e.resource]));

describe('FHIR R4 export of the vital signs', () => {
  it('is a collection Bundle of final vital-signs Observations coded with LOINC', () => {
    const b = bundle();
    expect(b.resourceType).toBe('Bundle');
    expect(b.type).toBe('collection');
    for (const e of b.entry) {
      expect(e.fullUrl).toMatch(/^urn:uuid:[0-9a-f-]{36}$/);
      expect(e.resource.resourceType).toBe('Observation');
      expect(e.resource.status).toBe('final');
      expect(e.resource.category[0]!.coding[0]!.code).toBe('vital-signs');
      expect(e.resource.code.coding[0]!.system).toBe('http://loinc.org');
      expect(e.resource.effectiveDateTime).toBe('2026-11-23T09:30:00.000Z');
    }
    expect(b.entry.map((e) => e.resource.code.coding[0]!.code)).toEqual(['85354-9', '8867-4', '29463-7', '8302-2', '39156-5', '8310-5', '59408-5', '41604-0', '8280-0', '72514-3']);
    expect(JSON.parse(JSON.stringify(b))).toEqual(b);
  });

  it('puts the mean blood pressure in a panel with systolic and diastolic components, in UCUM units', () => {
    const o = byCode(bundle());
    expect(o['85354-9']!.component).toEqual([
      { code: expect.objectContaining({ coding: [expect.objectContaining({ code: '8480-6' })] }), valueQuantity: { value: 149, unit: 'mmHg', system: 'http://unitsofmeasure.org', code: 'mm[Hg]' } },
      { code: expect.objectContaining({ coding: [expect.objectContaining({ code: '8462-4' })] }), valueQuantity: { value: 94, unit: 'mmHg', system: 'http://unitsofmeasure.org', code: 'mm[Hg]' } },
    ]);
    expect(o['85354-9']!.note).toEqual([{ text: 'Mean of 2 office readings' }]);
    expect(o['8310-5']!.valueQuantity).toEqual({ value: 36.8, unit: '°C', system: 'http://unitsofmeasure.org', code: 'Cel' });
    expect(o['39156-5']!.valueQuantity).toMatchObject({ value: 26.5, code: 'kg/m2' });
    expect(o['41604-0']!.valueQuantity).toMatchObject({ value: 1.1, code: 'g/L' });
    expect(o['72514-3']!.valueQuantity).toMatchObject({ value: 2, code: '{score}' });
    expect(o['59408-5']!.valueQuantity).toMatchObject({ value: 97, code: '%' });
  });

  it('codes capillary glucose by its fasting state', () => {
    const v = fullValues();
    v.glycemie = { text: '1,40', unit: 'g/L', fasting: false };
    expect(byCode(bundle(v))['41653-7']!.valueQuantity).toMatchObject({ value: 1.4, code: 'g/L' });
    v.glycemie = { text: '7,2', unit: 'mmol/L' };
    const o = byCode(bundle(v));
    expect(o['41653-7']!.code.coding[0]!.display).toBe('Glucose [Mass/volume] in Capillary blood by Glucometer');
    expect(o['41604-0']).toBeUndefined();
  });

  it('leaves out an implausible value and what is computed from it', () => {
    const v = fullValues();
    v.poids = { text: '820' };
    delete v.ta;
    const codes = bundle(v).entry.map((e) => e.resource.code.coding[0]!.code);
    expect(codes).not.toContain('29463-7');
    expect(codes).not.toContain('39156-5');
    expect(codes).not.toContain('85354-9');
    expect(codes).toContain('8302-2');
  });
});
