import { describe, expect, it } from 'vitest';
import { computeIntake, toFhirBundle, type FhirObservation, type FhirPatientInput } from '../../../clinical/intake';
import { adultInput, fullValues } from './fixtures';
import { validateVitalSignsBundle } from './fhir-vitals-profile';

const LEFEBVRE: FhirPatientInput = { birthName: 'LEFEBVRE', firstNames: 'Nicolas', birthDate: '1976-01-25', sex: 'M', nir: '176015935001245', insStatus: 'qualifiee' };
const bundle = (values = fullValues(), patient = LEFEBVRE) => toFhirBundle(computeIntake(adultInput({ values })).vitals, '2026-11-23T09:30:00.000Z', patient);
const observations = (b: ReturnType<typeof bundle>) => b.entry.map((e) => e.resource).filter((r): r is FhirObservation => r.resourceType === 'Observation');
const byCode = (b: ReturnType<typeof bundle>) => Object.fromEntries(observations(b).map((o) => [o.code.coding[0]!.code, o]));

describe('FHIR R4 export of the vital signs', () => {
  it('passes the R4 vital-signs profiles’ required elements (encoded in fhir-vitals-profile.ts)', () => {
    expect(validateVitalSignsBundle(bundle())).toEqual([]);
    // Without an INS (identity not qualified) and with a used name, still valid.
    expect(validateVitalSignsBundle(bundle(fullValues(), { ...LEFEBVRE, usedName: 'DURAND', insStatus: 'provisoire' }))).toEqual([]);
    expect(JSON.parse(JSON.stringify(bundle()))).toEqual(bundle());
  });

  it('the profile check fails what a strict validator refuses', () => {
    const broken = (edit: (b: ReturnType<typeof bundle>) => void) => { const b = structuredClone(bundle()); edit(b); return validateVitalSignsBundle(b); };
    const obs = (b: ReturnType<typeof bundle>, code: string) => observations(b).find((o) => o.code.coding[0]!.code === code)!;
    expect(broken((b) => { delete (obs(b, '8867-4') as Partial<FhirObservation>).subject; })).toEqual(['entry[2].resource.subject: required']);
    expect(broken((b) => { obs(b, '29463-7').valueQuantity!.code = 'kilogram'; })).toEqual(['entry[3].resource.valueQuantity.code: kilogram not in kg, g, [lb_av]']);
    expect(broken((b) => { obs(b, '2708-6').code.coding.shift(); })).toEqual(['entry[7].resource.code: LOINC 2708-6 required by http://hl7.org/fhir/StructureDefinition/oxygensat']);
    expect(broken((b) => { obs(b, '85354-9').component!.pop(); })).toEqual(['entry[1].resource.component: exactly one diastolic (8462-4) required']);
    expect(broken((b) => { obs(b, '8310-5').category = []; })).toEqual(['entry[6].resource.category: vital-signs required by http://hl7.org/fhir/StructureDefinition/bodytemp']);
    expect(broken((b) => { obs(b, '8302-2').effectiveDateTime = '23/11/2026'; })).toContain('entry[4].resource.effectiveDateTime: invalid');
    expect(broken((b) => { obs(b, '8302-2').subject.reference = 'urn:uuid:00000000-0000-4000-8000-000000000099'; })).toEqual(['entry[4].resource.subject: does not resolve to a Patient in the Bundle']);
  });

  it('holds the Patient first, with the INS of a qualified identity, name, birth date and gender, and every Observation refers to it', () => {
    const b = bundle();
    expect(b.entry[0]).toEqual({
      fullUrl: 'urn:uuid:00000000-0000-4000-8000-000000000000',
      resource: {
        resourceType: 'Patient', id: 'patient',
        identifier: [{ use: 'official', type: { coding: [{ system: 'https://hl7.fr/ig/fhir/core/CodeSystem/fr-core-cs-v2-0203', code: 'INS-NIR', display: 'NIR définitif' }] }, system: 'urn:oid:1.2.250.1.213.1.4.8', value: '176015935001245' }],
        name: [{ use: 'official', family: 'LEFEBVRE', given: ['Nicolas'] }],
        gender: 'male', birthDate: '1976-01-25',
      },
    });
    for (const o of observations(b)) expect(o.subject).toEqual({ reference: 'urn:uuid:00000000-0000-4000-8000-000000000000' });
    // No INS unless the identity is qualified, nor with a NIR whose key is wrong.
    expect(bundle(fullValues(), { ...LEFEBVRE, insStatus: 'validee' }).entry[0]!.resource).not.toHaveProperty('identifier');
    expect(bundle(fullValues(), { ...LEFEBVRE, nir: '176015935001246' }).entry[0]!.resource).not.toHaveProperty('identifier');
    expect(bundle(fullValues(), { birthName: 'X', birthDate: '2000-01-01' }).entry[0]!.resource).toMatchObject({ gender: 'unknown' });
  });

  it('codes each measure: vital signs with their profile, the others with their own category', () => {
    const b = bundle();
    expect(observations(b).map((o) => [o.code.coding[0]!.code, o.category[0]!.coding[0]!.code, o.meta?.profile[0]?.split('/').pop()])).toEqual([
      ['85354-9', 'vital-signs', 'bp'], ['8867-4', 'vital-signs', 'heartrate'], ['29463-7', 'vital-signs', 'bodyweight'], ['8302-2', 'vital-signs', 'bodyheight'],
      ['39156-5', 'vital-signs', 'bmi'], ['8310-5', 'vital-signs', 'bodytemp'], ['2708-6', 'vital-signs', 'oxygensat'],
      ['41604-0', 'laboratory', undefined], ['8280-0', 'exam', undefined], ['72514-3', 'survey', undefined],
    ]);
    for (const o of observations(b)) {
      expect(o.status).toBe('final');
      expect(o.effectiveDateTime).toBe('2026-11-23T09:30:00.000Z');
    }
    expect(byCode(b)['2708-6']!.code.coding.map((c) => c.code)).toEqual(['2708-6', '59408-5']);
  });

  it('puts the mean blood pressure in a panel with systolic and diastolic components, in UCUM units', () => {
    const o = byCode(bundle());
    expect(o['85354-9']!.component).toEqual([
      { code: expect.objectContaining({ coding: [expect.objectContaining({ code: '8480-6' })] }), valueQuantity: { value: 149, unit: 'mmHg', system: 'http://unitsofmeasure.org', code: 'mm[Hg]' } },
      { code: expect.objectContaining({ coding: [expect.objectContaining({ code: '8462-4' })] }), valueQuantity: { value: 94, unit: 'mmHg', system: 'http://unitsofmeasure.org', code: 'mm[Hg]' } },
    ]);
    expect(o['85354-9']!.valueQuantity).toBeUndefined();
    expect(o['85354-9']!.note).toEqual([{ text: 'Mean of 2 office readings' }]);
    expect(o['8310-5']!.valueQuantity).toEqual({ value: 36.8, unit: '°C', system: 'http://unitsofmeasure.org', code: 'Cel' });
    expect(o['39156-5']!.valueQuantity).toMatchObject({ value: 26.5, code: 'kg/m2' });
    expect(o['41604-0']!.valueQuantity).toMatchObject({ value: 1.1, code: 'g/L' });
    expect(o['72514-3']!.valueQuantity).toMatchObject({ value: 2, code: '{score}' });
    expect(o['2708-6']!.valueQuantity).toMatchObject({ value: 97, code: '%' });
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
    const b = bundle(v);
    const codes = observations(b).map((o) => o.code.coding[0]!.code);
    expect(codes).not.toContain('29463-7');
    expect(codes).not.toContain('39156-5');
    expect(codes).not.toContain('85354-9');
    expect(codes).toContain('8302-2');
    expect(validateVitalSignsBundle(b)).toEqual([]);
  });
});
