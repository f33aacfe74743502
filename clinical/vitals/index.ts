// Public API of the vital signs checks.
export { parseDecimalFr, roundTo } from './parse-decimal-fr';
export { MEASURES } from './measures';
export type { MeasureKey, MeasureSpec } from './measures';
export { checkMeasure, checkBloodPressure, checkGlycemia } from './plausibility';
export type { Plausibility } from './plausibility';
export { GLYCEMIA_UNITS, MMOL_PER_G, gPerLToMmol, mmolToGPerL, toGPerL, glycemiaBothUnits } from './glycemia-units';
export type { GlycemiaUnit } from './glycemia-units';
export { computeBmi } from './bmi';
export { meanBloodPressure } from './blood-pressure';
export type { BloodPressureReading } from './blood-pressure';
export {
  bloodPressureFlags,
  heartRateFlags,
  spo2Flags,
  temperatureFlags,
  bmiFlags,
  waistFlags,
  glycemiaFlags,
  painFlags,
} from './flags';
export { FLAG_LEVELS } from './flag-types';
export type { FlagLevel, VitalFlag } from './flag-types';
export { VitalsEntrySchema, BloodPressureReadingSchema, GlycemiaSchema, vitalsEntryErrors } from './schema';
export type { VitalsEntry, BloodPressureReadingInput, GlycemiaInput, FieldError } from './schema';
export { assessVitals, PEDIATRIC_NOTICE } from './assess';
export type { PatientForVitals, VitalsAssessment } from './assess';
export * as THRESHOLDS from './thresholds';
