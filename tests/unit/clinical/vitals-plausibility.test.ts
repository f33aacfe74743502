// Plausible input ranges of the reference sheet ("Vital signs"), tested at each edge.
import { describe, expect, it } from 'vitest';
import { checkBloodPressure, checkGlycemia, checkMeasure, type MeasureKey, type Plausibility } from '../../../clinical/vitals';
import { inFrench } from '../../i18n';

/** The result with its message rendered in French. */
const fr = (r: Plausibility) => (r.ok ? r : { ok: false, message: inFrench(r.message) });

const EDGES: [MeasureKey, number, number, number][] = [
  // measure, min, max, a step just outside
  ['systolic', 50, 300, 1],
  ['diastolic', 20, 200, 1],
  ['heartRate', 20, 250, 1],
  ['spo2', 50, 100, 0.1],
  ['temperature', 30, 45, 0.1],
  ['weightKg', 0.3, 400, 0.01],
  ['heightCm', 20, 250, 0.1],
  ['waistCm', 20, 250, 0.1],
  ['glycemiaGL', 0.2, 6.0, 0.01],
  ['pain', 0, 10, 1],
];

describe('checkMeasure', () => {
  it.each(EDGES)('%s accepts %s and %s, refuses just outside', (key, min, max, step) => {
    expect(checkMeasure(key, min).ok).toBe(true);
    expect(checkMeasure(key, max).ok).toBe(true);
    expect(checkMeasure(key, min - step).ok).toBe(false);
    expect(checkMeasure(key, max + step).ok).toBe(false);
  });

  it('explains an out-of-range value (French rendering)', () => {
    expect(fr(checkMeasure('weightKg', 700))).toEqual({
      ok: false,
      message: 'Poids de 700 kg hors des valeurs possibles (0,3 à 400 kg) : vérifiez la saisie.',
    });
    expect(fr(checkMeasure('heartRate', 300))).toEqual({
      ok: false,
      message: 'Fréquence cardiaque de 300/min hors des valeurs possibles (20 à 250/min) : vérifiez la saisie.',
    });
    expect(fr(checkMeasure('temperature', 29.5))).toEqual({
      ok: false,
      message: 'Température de 29,5 °C hors des valeurs possibles (30 à 45 °C) : vérifiez la saisie.',
    });
    expect(fr(checkMeasure('spo2', 101))).toEqual({
      ok: false,
      message: 'SpO2 de 101 % hors des valeurs possibles (50 à 100 %) : vérifiez la saisie.',
    });
  });

  it('wants a whole number for pain (EVA 0–10)', () => {
    expect(fr(checkMeasure('pain', 3.5))).toEqual({
      ok: false,
      message: 'Douleur (EVA) : un nombre entier de 0 à 10 est attendu (saisi : 3,5).',
    });
    expect(fr(checkMeasure('pain', 11))).toEqual({
      ok: false,
      message: 'Douleur (EVA) de 11 hors des valeurs possibles (0 à 10) : vérifiez la saisie.',
    });
  });

  it('refuses NaN', () => {
    expect(checkMeasure('heartRate', Number.NaN).ok).toBe(false);
  });
});

describe('checkBloodPressure', () => {
  it('wants the systolic above the diastolic', () => {
    expect(checkBloodPressure(80, 90).map(inFrench)).toEqual(['La systolique (80) doit être supérieure à la diastolique (90).']);
    expect(checkBloodPressure(90, 90).map(inFrench)).toEqual(['La systolique (90) doit être supérieure à la diastolique (90).']);
    expect(checkBloodPressure(91, 90).map(inFrench)).toEqual([]);
  });

  it('reports each value out of range', () => {
    expect(checkBloodPressure(310, 10).map(inFrench)).toEqual([
      'TA systolique de 310 mmHg hors des valeurs possibles (50 à 300 mmHg) : vérifiez la saisie.',
      'TA diastolique de 10 mmHg hors des valeurs possibles (20 à 200 mmHg) : vérifiez la saisie.',
    ]);
  });
});

describe('checkGlycemia', () => {
  it('accepts g/L from 0.2 to 6.0', () => {
    expect(checkGlycemia(0.2, 'g/L').ok).toBe(true);
    expect(checkGlycemia(0.19, 'g/L').ok).toBe(false);
    expect(checkGlycemia(6.0, 'g/L').ok).toBe(true);
    expect(checkGlycemia(6.01, 'g/L').ok).toBe(false);
  });

  it('accepts mmol/L on the converted range, 1.1 to 33.3', () => {
    // 0.2 × 5.551 = 1.11 → 1.1; 6.0 × 5.551 = 33.31 → 33.3.
    expect(checkGlycemia(1.1, 'mmol/L').ok).toBe(true);
    expect(checkGlycemia(1.0, 'mmol/L').ok).toBe(false);
    expect(checkGlycemia(33.3, 'mmol/L').ok).toBe(true);
    expect(fr(checkGlycemia(33.4, 'mmol/L'))).toEqual({
      ok: false,
      message: 'Glycémie capillaire de 33,4 mmol/L hors des valeurs possibles (1,1 à 33,3 mmol/L) : vérifiez la saisie.',
    });
  });

  it('catches a g/L value typed as mmol/L the other way round', () => {
    // 12 g/L is impossible (max 6.0) — probably 12 mmol/L typed in the wrong unit.
    expect(checkGlycemia(12, 'g/L').ok).toBe(false);
    expect(checkGlycemia(12, 'mmol/L').ok).toBe(true);
  });
});
