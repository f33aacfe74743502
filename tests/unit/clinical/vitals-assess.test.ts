// assessVitals and the Zod schema of a vitals entry.
import { describe, expect, it } from 'vitest';
import { PEDIATRIC_NOTICE, VitalsEntrySchema, assessVitals } from '../../../clinical/vitals';
import { issueText } from '../../../clinical/message';
import { inFrench } from '../../i18n';

describe('assessVitals', () => {
  it('adult: derived values and flags from the mean of the TA readings', () => {
    const result = assessVitals(
      {
        bloodPressure: [
          { systolic: 152, diastolic: 94 },
          { systolic: 146, diastolic: 90 },
        ],
        heartRate: 72,
        temperature: 38.2,
        weightKg: 95,
        heightCm: 170,
        waistCm: 102,
        glycemia: { value: 7.2, unit: 'mmol/L', fasting: true },
        pain: 2,
      },
      { ageYears: 56, sex: 'M' },
    );
    // Mean 149/92 → TA élevée. IMC 95 / 1.7² = 32.87 → 32.9 → obésité I. Waist 102 > 94 (M).
    // Glycemia 7.2 mmol/L = 1.297 g/L à jeun → ≥ 1.26.
    expect(result.errors.map((e) => ({ ...e, message: inFrench(e.message) }))).toEqual([]);
    expect(result.meanBloodPressure).toEqual({ systolic: 149, diastolic: 92 });
    expect(result.bmi).toBe(32.9);
    expect(result.glycemia).toEqual({ gPerL: 1.3, mmolPerL: 7.2 });
    expect(result.flags.map((f) => f.code)).toEqual([
      'ta-elevee',
      'fievre',
      'imc-obesite-1',
      'tour-de-taille-eleve',
      'glycemie-a-jeun-elevee',
    ]);
    expect(result.adultThresholdsApplied).toBe(true);
  });

  it('the mean of readings can stay under the threshold when one reading is above', () => {
    const result = assessVitals(
      {
        bloodPressure: [
          { systolic: 142, diastolic: 91 },
          { systolic: 138, diastolic: 87 },
          { systolic: 135, diastolic: 85 },
        ],
      },
      { ageYears: 50 },
    );
    expect(result.meanBloodPressure).toEqual({ systolic: 138, diastolic: 88 });
    expect(result.flags).toEqual([]);
  });

  it('child: values recorded, IMC shown, no adult flag', () => {
    const result = assessVitals({ temperature: 39, weightKg: 30, heightCm: 130, heartRate: 120 }, { ageYears: 9, sex: 'F' });
    // IMC 30 / 1.3² = 17.75 → 17.8, without class.
    expect(result.bmi).toBe(17.8);
    expect(result.flags).toEqual([PEDIATRIC_NOTICE]);
    expect(result.adultThresholdsApplied).toBe(false);
  });

  it('applies adult thresholds from the 18th birthday', () => {
    expect(assessVitals({ temperature: 39 }, { ageYears: 17 }).flags).toEqual([PEDIATRIC_NOTICE]);
    expect(assessVitals({ temperature: 39 }, { ageYears: 18 }).flags.map((f) => f.code)).toEqual(['fievre']);
  });

  it('uses the 70-year IMC threshold', () => {
    // 55 / 1.6² = 21.48 → 21.5: maigreur at 72, nothing at 60.
    expect(assessVitals({ weightKg: 55, heightCm: 160 }, { ageYears: 72 }).flags.map((f) => f.code)).toEqual(['imc-maigreur']);
    expect(assessVitals({ weightKg: 55, heightCm: 160 }, { ageYears: 60 }).flags).toEqual([]);
  });

  it('reports implausible values and keeps them out of IMC and flags', () => {
    const result = assessVitals(
      { weightKg: 700, heightCm: 175, bloodPressure: [{ systolic: 80, diastolic: 90 }], spo2: 85 },
      { ageYears: 40 },
    );
    expect(result.errors.map((e) => ({ ...e, message: inFrench(e.message) }))).toEqual([
      { path: ['bloodPressure', 0], message: 'La systolique (80) doit être supérieure à la diastolique (90).' },
      { path: ['weightKg'], message: 'Poids de 700 kg hors des valeurs possibles (0,3 à 400 kg) : vérifiez la saisie.' },
    ]);
    expect(result.bmi).toBeNull();
    expect(result.meanBloodPressure).toBeNull();
    expect(result.flags.map((f) => f.code)).toEqual(['spo2-alerte']);
  });
});

describe('VitalsEntrySchema', () => {
  it('accepts a plausible entry and types it', () => {
    const parsed = VitalsEntrySchema.safeParse({ heartRate: 72, glycemia: { value: 1.1, unit: 'g/L' } });
    expect(parsed.success).toBe(true);
  });

  it('refuses an implausible value with its message (French rendering) and the field path', () => {
    const parsed = VitalsEntrySchema.safeParse({ weightKg: 700 });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => [i.path, inFrench(issueText(i))])).toEqual([
      [['weightKg'], 'Poids de 700 kg hors des valeurs possibles (0,3 à 400 kg) : vérifiez la saisie.'],
    ]);
  });

  it('refuses text where a number is expected', () => {
    const parsed = VitalsEntrySchema.safeParse({ heartRate: '72' });
    expect(parsed.error?.issues.map((i) => inFrench(issueText(i)))).toEqual(['Fréquence cardiaque : un nombre est attendu.']);
  });

  it('refuses an unknown glycemia unit', () => {
    const parsed = VitalsEntrySchema.safeParse({ glycemia: { value: 1, unit: 'mg/dL' } });
    expect(parsed.error?.issues.map((i) => inFrench(issueText(i)))).toEqual(['Glycémie : unité « g/L » ou « mmol/L » attendue.']);
  });
});
