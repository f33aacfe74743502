// Plausibility of typed values: catches entry errors (700 kg, 80/90 mmHg) before anything is
// stored or flagged. Messages are French, ready to show next to the field.
import { formatDecimalFr, roundTo } from './parse-decimal-fr';
import { gPerLToMmol, type GlycemiaUnit } from './glycemia-units';
import { MEASURES, type MeasureKey, type MeasureSpec } from './measures';

export type Plausibility = { readonly ok: true; readonly value: number } | { readonly ok: false; readonly message: string };

function withUnit(value: number, unit: string): string {
  const n = formatDecimalFr(value);
  if (!unit) return n;
  return unit.startsWith('/') ? `${n}${unit}` : `${n} ${unit}`;
}

function checkAgainst(spec: MeasureSpec, value: number): Plausibility {
  if (!Number.isFinite(value)) return { ok: false, message: `${spec.label} : valeur non numérique, vérifiez la saisie.` };
  if (spec.integer && !Number.isInteger(value)) {
    return {
      ok: false,
      message: `${spec.label} : un nombre entier de ${spec.min} à ${spec.max} est attendu (saisi : ${formatDecimalFr(value)}).`,
    };
  }
  if (value < spec.min || value > spec.max) {
    const range = spec.unit
      ? `${formatDecimalFr(spec.min)} à ${withUnit(spec.max, spec.unit)}`
      : `${spec.min} à ${spec.max}`;
    return {
      ok: false,
      message: `${spec.label} de ${withUnit(value, spec.unit)} hors des valeurs possibles (${range}) : vérifiez la saisie.`,
    };
  }
  return { ok: true, value };
}

/** Range check of one measure from the reference table (not glycemia in mmol/L: see below). */
export function checkMeasure(key: MeasureKey, value: number): Plausibility {
  return checkAgainst(MEASURES[key], value);
}

/** Systolic and diastolic each in range, and systolic above diastolic. Empty list = valid. */
export function checkBloodPressure(systolic: number, diastolic: number): string[] {
  const errors = [checkMeasure('systolic', systolic), checkMeasure('diastolic', diastolic)].flatMap((r) =>
    r.ok ? [] : [r.message],
  );
  if (errors.length === 0 && systolic <= diastolic) {
    errors.push(
      `La systolique (${formatDecimalFr(systolic)}) doit être supérieure à la diastolique (${formatDecimalFr(diastolic)}).`,
    );
  }
  return errors;
}

/**
 * Glycemia in either unit. The mmol/L range is the g/L range converted and rounded to 0.1
 * (1,1 à 33,3 mmol/L), so the bounds the message shows are exactly the bounds applied.
 */
export function checkGlycemia(value: number, unit: GlycemiaUnit): Plausibility {
  const gl = MEASURES.glycemiaGL;
  if (unit === 'g/L') return checkAgainst(gl, value);
  return checkAgainst(
    { ...gl, unit: 'mmol/L', min: roundTo(gPerLToMmol(gl.min), 1), max: roundTo(gPerLToMmol(gl.max), 1) },
    value,
  );
}
