// Plausibility of typed values: catches entry errors (700 kg, 80/90 mmHg) before anything is
// stored or flagged. Messages are descriptors (clinical/message.ts), ready to show next to the field.
import { roundTo } from './parse-decimal-fr';
import { gPerLToMmol, type GlycemiaUnit } from './glycemia-units';
import { MEASURES, type MeasureKey, type MeasureSpec } from './measures';
import { msg, num, type Msg } from '../message';

export type Plausibility = { readonly ok: true; readonly value: number } | { readonly ok: false; readonly message: Msg };

function checkAgainst(spec: MeasureSpec, value: number): Plausibility {
  if (!Number.isFinite(value)) return { ok: false, message: msg('vtErrNotNumeric', spec.label) };
  if (spec.integer && !Number.isInteger(value)) {
    return { ok: false, message: msg('vtErrInteger', spec.label, spec.min, spec.max, value) };
  }
  if (value < spec.min || value > spec.max) {
    return { ok: false, message: msg('vtErrRange', spec.label, num(value, spec.unit), spec.min, num(spec.max, spec.unit)) };
  }
  return { ok: true, value };
}

/** Range check of one measure from the reference table (not glycemia in mmol/L: see below). */
export function checkMeasure(key: MeasureKey, value: number): Plausibility {
  return checkAgainst(MEASURES[key], value);
}

/** Systolic and diastolic each in range, and systolic above diastolic. Empty list = valid. */
export function checkBloodPressure(systolic: number, diastolic: number): Msg[] {
  const errors = [checkMeasure('systolic', systolic), checkMeasure('diastolic', diastolic)].flatMap((r) =>
    r.ok ? [] : [r.message],
  );
  if (errors.length === 0 && systolic <= diastolic) errors.push(msg('vtErrSysDia', systolic, diastolic));
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
