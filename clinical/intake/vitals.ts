// From the typed values of the measure items to clinical/vitals: the entry, the assessment,
// and each error and flag attached to the item it belongs to.
import { assessVitals, parseDecimalFr, type VitalFlag, type VitalsAssessment, type VitalsEntry } from '../vitals';
import type { MeasureItemKey, TemplateItem } from '../templates';
import type { Values } from './values';
import { msg, type Msg, type Text } from '../message';

type SingleField = 'heartRate' | 'spo2' | 'temperature' | 'weightKg' | 'heightCm' | 'waistCm' | 'pain';
const SINGLE: Partial<Record<MeasureItemKey, SingleField>> = {
  fc: 'heartRate', poids: 'weightKg', taille: 'heightCm', 'tour-taille': 'waistCm', temperature: 'temperature', spo2: 'spo2', eva: 'pain',
};
const FIELD_TO_MEASURE: Record<string, MeasureItemKey> = {
  bloodPressure: 'ta', heartRate: 'fc', weightKg: 'poids', heightCm: 'taille', waistCm: 'tour-taille', temperature: 'temperature', spo2: 'spo2', glycemia: 'glycemie', pain: 'eva',
};

/** Which measure a flag code speaks about (IMC flags go with the weight). */
export function flagMeasure(code: string): MeasureItemKey | 'imc' | null {
  if (code.startsWith('ta-')) return 'ta';
  if (code === 'bradycardie' || code === 'tachycardie') return 'fc';
  if (code.startsWith('spo2')) return 'spo2';
  if (code === 'fievre' || code === 'hypothermie') return 'temperature';
  if (code.startsWith('imc-')) return 'imc';
  if (code.startsWith('tour-de-taille')) return 'tour-taille';
  if (code.startsWith('glycemie')) return 'glycemie';
  if (code.startsWith('douleur')) return 'eva';
  return null;
}

export interface IntakeVitals {
  entry: VitalsEntry;
  assessment: VitalsAssessment;
  /** Messages per measure (not a number, implausible, systolic ≤ diastolic). */
  errors: Partial<Record<MeasureItemKey, Msg[]>>;
  flags: Partial<Record<MeasureItemKey | 'imc', VitalFlag[]>>;
}

const notNumber = (label: Text, text: string) => msg('vtErrNotNumber', label, text);

export function intakeVitals(items: readonly TemplateItem[], values: Values, patient: { ageYears: number; sex?: 'F' | 'M' }): IntakeVitals {
  const entry: VitalsEntry = {};
  const errors: IntakeVitals['errors'] = {};
  const addError = (k: MeasureItemKey, m: Msg) => (errors[k] ??= []).push(m);
  for (const item of items) {
    if (item.kind !== 'measure') continue;
    const v = values[item.id];
    if (!v) continue;
    if (item.measure === 'ta') {
      const readings: { systolic: number; diastolic: number }[] = [];
      for (const r of v.readings ?? []) {
        if (r.sys.trim() === '' && r.dia.trim() === '') continue;
        const s = parseDecimalFr(r.sys);
        const d = parseDecimalFr(r.dia);
        if (s === null) addError('ta', notNumber(msg('vtMeasure_systolic'), r.sys));
        if (d === null) addError('ta', notNumber(msg('vtMeasure_diastolic'), r.dia));
        if (s !== null && d !== null) readings.push({ systolic: s, diastolic: d });
      }
      if (readings.length) entry.bloodPressure = readings;
      continue;
    }
    const text = (v.text ?? '').trim();
    if (!text) continue;
    const n = parseDecimalFr(text);
    if (n === null) {
      addError(item.measure, notNumber(item.label, text));
      continue;
    }
    if (item.measure === 'glycemie') entry.glycemia = { value: n, unit: v.unit ?? 'g/L', ...(v.fasting === undefined ? {} : { fasting: v.fasting }) };
    else entry[SINGLE[item.measure]!] = n;
  }
  const assessment = assessVitals(entry, patient);
  for (const e of assessment.errors) {
    const k = FIELD_TO_MEASURE[String(e.path[0])];
    if (k) addError(k, e.message);
  }
  const flags: IntakeVitals['flags'] = {};
  for (const f of assessment.flags) {
    const k = flagMeasure(f.code);
    if (k) (flags[k] ??= []).push(f);
  }
  return { entry, assessment, errors, flags };
}
