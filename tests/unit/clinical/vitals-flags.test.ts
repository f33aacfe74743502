// Adult flags at every threshold of the reference sheet: just below, at, just above.
// Thresholds: HAS (office BP ≥ 140/90, to confirm), HAS dénutrition 2021 (IMC < 22 from 70 years),
// OMS IMC classes; the others as given in the reference sheet.
import { describe, expect, it } from 'vitest';
import { inEnglish, inFrench } from '../../i18n';
import {
  bloodPressureFlags,
  bmiFlags,
  glycemiaFlags,
  heartRateFlags,
  painFlags,
  spo2Flags,
  temperatureFlags,
  waistFlags,
  type VitalFlag,
} from '../../../clinical/vitals';

const codes = (flags: VitalFlag[]) => flags.map((f) => f.code);

describe('bloodPressureFlags', () => {
  it.each([
    [139, 89, []],
    [140, 80, ['ta-elevee']],
    [141, 80, ['ta-elevee']],
    [130, 90, ['ta-elevee']],
    [130, 91, ['ta-elevee']],
    [179, 109, ['ta-elevee']],
    [180, 100, ['ta-tres-elevee']],
    [181, 100, ['ta-tres-elevee']],
    [150, 110, ['ta-tres-elevee']],
    [150, 111, ['ta-tres-elevee']],
    [91, 60, []],
    [90, 60, []],
    [89, 60, ['ta-basse']],
  ])('%s/%s → %j', (s, d, expected) => {
    expect(codes(bloodPressureFlags(s, d))).toEqual(expected);
  });

  it('labels describe the value, with the confirmation advice', () => {
    expect(bloodPressureFlags(150, 95).map((f) => ({ ...f, label: inFrench(f.label) }))).toEqual([
      { code: 'ta-elevee', level: 'attention', label: 'TA élevée (≥ 140/90 mmHg), à confirmer en dehors du cabinet' },
    ]);
    expect(bloodPressureFlags(185, 100)[0]?.level).toBe('alerte');
  });
});

describe('heartRateFlags', () => {
  it.each([
    [49, ['bradycardie']],
    [50, []],
    [51, []],
    [99, []],
    [100, []],
    [101, ['tachycardie']],
  ])('%s/min → %j', (bpm, expected) => {
    expect(codes(heartRateFlags(bpm))).toEqual(expected);
  });
});

describe('spo2Flags', () => {
  it.each([
    [96, []],
    [95, []],
    [94.9, ['spo2-basse']],
    [94, ['spo2-basse']],
    [90, ['spo2-basse']],
    [89.9, ['spo2-alerte']],
    [89, ['spo2-alerte']],
  ])('%s %% → %j', (value, expected) => {
    expect(codes(spo2Flags(value))).toEqual(expected);
  });

  it('below 90 % is an alert', () => {
    expect(spo2Flags(88)[0]?.level).toBe('alerte');
    expect(spo2Flags(93)[0]?.level).toBe('attention');
  });
});

describe('temperatureFlags', () => {
  it.each([
    [37.9, []],
    [38.0, ['fievre']],
    [38.1, ['fievre']],
    [35.1, []],
    [35.0, []],
    [34.9, ['hypothermie']],
  ])('%s °C → %j', (value, expected) => {
    expect(codes(temperatureFlags(value))).toEqual(expected);
  });
});

describe('bmiFlags (adults)', () => {
  it.each([
    [18.4, ['imc-maigreur']],
    [18.5, []],
    [18.6, []],
    [24.9, []],
    [25.0, ['imc-surpoids']],
    [25.1, ['imc-surpoids']],
    [29.9, ['imc-surpoids']],
    [30.0, ['imc-obesite-1']],
    [34.9, ['imc-obesite-1']],
    [35.0, ['imc-obesite-2']],
    [39.9, ['imc-obesite-2']],
    [40.0, ['imc-obesite-3']],
    [40.1, ['imc-obesite-3']],
  ])('IMC %s at 40 years → %j', (bmi, expected) => {
    expect(codes(bmiFlags(bmi, 40))).toEqual(expected);
  });

  it.each([
    [69, 21.9, []],
    [69, 18.4, ['imc-maigreur']],
    [70, 21.9, ['imc-maigreur']],
    [70, 22.0, []],
    [70, 22.1, []],
    [85, 20, ['imc-maigreur']],
  ])('at %s years, IMC %s → %j (HAS 2021: < 22 from 70 years)', (age, bmi, expected) => {
    expect(codes(bmiFlags(bmi, age))).toEqual(expected);
  });
});

describe('waistFlags', () => {
  it.each([
    ['M', 94, []],
    ['M', 94.5, ['tour-de-taille-eleve']],
    ['M', 95, ['tour-de-taille-eleve']],
    ['F', 80, []],
    ['F', 80.5, ['tour-de-taille-eleve']],
    ['F', 81, ['tour-de-taille-eleve']],
  ] as const)('%s %s cm → %j', (sex, cm, expected) => {
    expect(codes(waistFlags(cm, sex))).toEqual(expected);
  });

  it('needs the sex to flag', () => {
    expect(waistFlags(120, undefined)).toEqual([]);
  });
});

describe('glycemiaFlags', () => {
  it.each([
    [0.69, undefined, ['glycemie-basse']],
    [0.7, undefined, []],
    [0.71, true, []],
    [1.25, true, []],
    [1.26, true, ['glycemie-a-jeun-elevee']],
    [1.27, true, ['glycemie-a-jeun-elevee']],
    [2.5, true, ['glycemie-a-jeun-elevee']],
    [1.99, false, []],
    [2.0, false, ['glycemie-elevee']],
    [2.01, false, ['glycemie-elevee']],
    [1.25, undefined, []],
    [1.26, undefined, ['glycemie-a-preciser']],
    [2.0, undefined, ['glycemie-elevee']],
  ])('%s g/L, à jeun: %s → %j', (value, fasting, expected) => {
    expect(codes(glycemiaFlags(value, 'g/L', fasting))).toEqual(expected);
  });

  it.each([
    [3.8, undefined, ['glycemie-basse']], // 0.685 g/L
    [3.9, undefined, []], // 0.703 g/L
    [6.9, true, []], // 1.243 g/L
    [7.0, true, ['glycemie-a-jeun-elevee']], // 1.261 g/L
    [11.1, false, []], // 1.9996 g/L, just under 2.00
    [11.2, false, ['glycemie-elevee']], // 2.018 g/L
  ])('%s mmol/L, à jeun: %s → %j', (value, fasting, expected) => {
    expect(codes(glycemiaFlags(value, 'mmol/L', fasting))).toEqual(expected);
  });

  it('a low glucose is an alert', () => {
    expect(glycemiaFlags(0.5, 'g/L')[0]?.level).toBe('alerte');
  });
});

describe('painFlags', () => {
  it.each([
    [0, []],
    [3, []],
    [4, ['douleur-moderee']],
    [5, ['douleur-moderee']],
    [6, ['douleur-moderee']],
    [7, ['douleur-intense']],
    [8, ['douleur-intense']],
    [10, ['douleur-intense']],
  ])('EVA %s → %j', (score, expected) => {
    expect(codes(painFlags(score))).toEqual(expected);
  });
});

describe('labels', () => {
  it('never name a diagnosis', () => {
    const all = [
      ...bloodPressureFlags(200, 120),
      ...bloodPressureFlags(150, 80),
      ...bloodPressureFlags(85, 50),
      ...heartRateFlags(40),
      ...heartRateFlags(120),
      ...spo2Flags(85),
      ...temperatureFlags(39),
      ...temperatureFlags(34),
      ...glycemiaFlags(0.5, 'g/L'),
      ...glycemiaFlags(3, 'g/L'),
    ];
    for (const flag of all) {
      expect(inFrench(flag.label)).not.toMatch(/hypertension|HTA|diabète|hypoglycémie|infection|insuffisance/i);
      expect(inEnglish(flag.label)).not.toMatch(/hypertension|diabetes|hypoglyc|infection|failure/i);
    }
  });
});
