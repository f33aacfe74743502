// One call for the vitals form: plausibility errors, derived values (mean TA, IMC, glycemia in
// both units) and flags. Implausible values are reported and left out of the flags.
// Under 18 years values are recorded without adult flags (reference sheet).
import { meanBloodPressure, type BloodPressureReading } from './blood-pressure';
import { computeBmi } from './bmi';
import type { VitalFlag } from './flag-types';
import {
  bloodPressureFlags,
  bmiFlags,
  glycemiaFlags,
  heartRateFlags,
  painFlags,
  spo2Flags,
  temperatureFlags,
  waistFlags,
} from './flags';
import { glycemiaBothUnits } from './glycemia-units';
import { vitalsEntryErrors, type FieldError, type VitalsEntry } from './schema';
import { ADULT_AGE_YEARS } from './thresholds';
import { msg } from '../message';

export interface PatientForVitals {
  readonly ageYears: number;
  readonly sex?: 'F' | 'M';
}

export interface VitalsAssessment {
  readonly errors: FieldError[];
  readonly meanBloodPressure: BloodPressureReading | null;
  /** kg/m², 1 decimal; shown for children too, without adult class. */
  readonly bmi: number | null;
  readonly glycemia: { readonly gPerL: number; readonly mmolPerL: number } | null;
  readonly flags: VitalFlag[];
  readonly adultThresholdsApplied: boolean;
}

export const PEDIATRIC_NOTICE: VitalFlag = {
  code: 'seuils-adultes-non-appliques',
  level: 'info',
  label: msg('vtPediatricNotice'),
};

export function assessVitals(entry: VitalsEntry, patient: PatientForVitals): VitalsAssessment {
  const errors = vitalsEntryErrors(entry);
  const invalid = (field: string) => errors.some((e) => e.path[0] === field);
  const invalidReading = (index: number) => errors.some((e) => e.path[0] === 'bloodPressure' && e.path[1] === index);
  const readings = (entry.bloodPressure ?? []).filter((_, index) => !invalidReading(index));
  const meanBp = meanBloodPressure(readings);
  const value = <K extends keyof VitalsEntry>(key: K): VitalsEntry[K] | undefined => (invalid(key) ? undefined : entry[key]);

  const weight = value('weightKg');
  const height = value('heightCm');
  const bmi = weight !== undefined && height !== undefined ? computeBmi(weight, height) : null;
  const glycemiaEntry = value('glycemia');
  const glycemia = glycemiaEntry ? glycemiaBothUnits(glycemiaEntry.value, glycemiaEntry.unit) : null;

  const adult = patient.ageYears >= ADULT_AGE_YEARS;
  const flags: VitalFlag[] = [];
  if (adult) {
    if (meanBp) flags.push(...bloodPressureFlags(meanBp.systolic, meanBp.diastolic));
    const hr = value('heartRate');
    if (hr !== undefined) flags.push(...heartRateFlags(hr));
    const spo2 = value('spo2');
    if (spo2 !== undefined) flags.push(...spo2Flags(spo2));
    const temperature = value('temperature');
    if (temperature !== undefined) flags.push(...temperatureFlags(temperature));
    if (bmi !== null) flags.push(...bmiFlags(bmi, patient.ageYears));
    const waist = value('waistCm');
    if (waist !== undefined) flags.push(...waistFlags(waist, patient.sex));
    if (glycemiaEntry) flags.push(...glycemiaFlags(glycemiaEntry.value, glycemiaEntry.unit, glycemiaEntry.fasting));
    const pain = value('pain');
    if (pain !== undefined) flags.push(...painFlags(pain));
  } else {
    flags.push(PEDIATRIC_NOTICE);
  }
  return { errors, meanBloodPressure: meanBp, bmi, glycemia, flags, adultThresholdsApplied: adult };
}
