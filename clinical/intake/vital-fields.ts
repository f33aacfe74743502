// The intake's vital signs as values for the record's own vital-signs fields (« constantes »):
// one key per kind of field a record page may have, each value as French record software shows
// it (decimal comma). Implausible (refused) measures give nothing. The page side classifies its
// fields into these keys (sites/forms/classify-vital.ts) and fills them.
import type { IntakeVitals } from './vitals';

export const VITAL_FIELD_KEYS = [
  /** One field for both numbers, « 152/96 ». */
  'bp',
  'bpSys',
  'bpDia',
  /** 'droit' | 'gauche'. */
  'bpArm',
  'heartRate',
  'weight',
  'height',
  'bmi',
  'waist',
  'temperature',
  'spo2',
  /** In g/L. */
  'glycemia',
  /** In mmol/L, for a field that says so. */
  'glycemiaMmol',
  'pain',
] as const;
export type VitalFieldKey = (typeof VITAL_FIELD_KEYS)[number];
export type VitalFieldValues = Partial<Record<VitalFieldKey, string>>;

export const isVitalFieldKey = (x: unknown): x is VitalFieldKey => typeof x === 'string' && (VITAL_FIELD_KEYS as readonly string[]).includes(x);

/** 36.8 → « 36,8 »; at most `digits` decimals, no trailing zeros. */
export const frenchDecimal = (n: number, digits = 2): string => String(Number(n.toFixed(digits))).replace('.', ',');

export function vitalFieldValues(v: IntakeVitals, arm?: 'droit' | 'gauche'): VitalFieldValues {
  const out: VitalFieldValues = {};
  const ok = (k: keyof IntakeVitals['errors']) => !v.errors[k]?.length;
  const a = v.assessment;
  const e = v.entry;
  if (a.meanBloodPressure && ok('ta')) {
    out.bp = `${a.meanBloodPressure.systolic}/${a.meanBloodPressure.diastolic}`;
    out.bpSys = String(a.meanBloodPressure.systolic);
    out.bpDia = String(a.meanBloodPressure.diastolic);
    if (arm) out.bpArm = arm;
  }
  const put = (key: VitalFieldKey, k: keyof IntakeVitals['errors'], n: number | undefined | null, digits?: number) => {
    if (n !== undefined && n !== null && ok(k)) out[key] = frenchDecimal(n, digits);
  };
  put('heartRate', 'fc', e.heartRate);
  put('weight', 'poids', e.weightKg);
  put('height', 'taille', e.heightCm);
  if (ok('poids') && ok('taille')) put('bmi', 'poids', a.bmi, 1);
  put('waist', 'tour-taille', e.waistCm);
  put('temperature', 'temperature', e.temperature);
  put('spo2', 'spo2', e.spo2);
  put('glycemia', 'glycemie', a.glycemia?.gPerL);
  put('glycemiaMmol', 'glycemie', a.glycemia?.mmolPerL, 1);
  put('pain', 'eva', e.pain);
  return out;
}
