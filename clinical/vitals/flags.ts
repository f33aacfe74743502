// Flags per measure for adults (≥ 18 years). Each function returns at most the most relevant
// flag(s) for its measure; children get no adult flag (see assess.ts).
import type { FlagLevel, VitalFlag } from './flag-types';
import { toGPerL, type GlycemiaUnit } from './glycemia-units';
import { BLOOD_PRESSURE, BMI, GLYCEMIA, HEART_RATE, PAIN, SPO2, TEMPERATURE, WAIST_CM } from './thresholds';
import { msg, type Msg } from '../message';

const flag = (code: string, level: FlagLevel, label: Msg): VitalFlag[] => [{ code, level, label }];

export function bloodPressureFlags(systolic: number, diastolic: number): VitalFlag[] {
  const { high, veryHigh, lowSystolicBelow } = BLOOD_PRESSURE;
  if (systolic >= veryHigh.systolic || diastolic >= veryHigh.diastolic) {
    return flag('ta-tres-elevee', 'alerte', msg('vtFlagBpVeryHigh', veryHigh.systolic, veryHigh.diastolic));
  }
  if (systolic >= high.systolic || diastolic >= high.diastolic) {
    return flag('ta-elevee', 'attention', msg('vtFlagBpHigh', high.systolic, high.diastolic));
  }
  if (systolic < lowSystolicBelow) return flag('ta-basse', 'attention', msg('vtFlagBpLow', lowSystolicBelow));
  return [];
}

export function heartRateFlags(bpm: number): VitalFlag[] {
  if (bpm < HEART_RATE.lowBelow) return flag('bradycardie', 'attention', msg('vtFlagHrLow', HEART_RATE.lowBelow));
  if (bpm > HEART_RATE.highAbove) return flag('tachycardie', 'attention', msg('vtFlagHrHigh', HEART_RATE.highAbove));
  return [];
}

export function spo2Flags(percent: number): VitalFlag[] {
  if (percent < SPO2.alertBelow) return flag('spo2-alerte', 'alerte', msg('vtFlagSpo2Alert', SPO2.alertBelow));
  if (percent < SPO2.lowBelow) return flag('spo2-basse', 'attention', msg('vtFlagSpo2Low', SPO2.lowBelow));
  return [];
}

export function temperatureFlags(celsius: number): VitalFlag[] {
  if (celsius >= TEMPERATURE.feverFrom) return flag('fievre', 'attention', msg('vtFlagFever', TEMPERATURE.feverFrom));
  if (celsius < TEMPERATURE.lowBelow) return flag('hypothermie', 'alerte', msg('vtFlagHypothermia', TEMPERATURE.lowBelow));
  return [];
}

/** `bmi` is the rounded value from computeBmi. */
export function bmiFlags(bmi: number, ageYears: number): VitalFlag[] {
  const elderly = ageYears >= BMI.elderlyFromAge;
  const lowBelow = elderly ? BMI.underweightBelowFrom70 : BMI.underweightBelow;
  if (bmi < lowBelow) {
    return flag('imc-maigreur', 'attention', elderly ? msg('vtFlagBmiUnderElderly', lowBelow, BMI.elderlyFromAge) : msg('vtFlagBmiUnder', lowBelow));
  }
  // Classes are read on the value rounded to 1 decimal: each ends 0,1 below the next threshold.
  const upTo = (next: number) => Math.round((next - 0.1) * 10) / 10;
  if (bmi >= BMI.obesity3From) return flag('imc-obesite-3', 'attention', msg('vtFlagObesity3', BMI.obesity3From));
  if (bmi >= BMI.obesity2From) return flag('imc-obesite-2', 'attention', msg('vtFlagObesity2', BMI.obesity2From, upTo(BMI.obesity3From)));
  if (bmi >= BMI.obesity1From) return flag('imc-obesite-1', 'info', msg('vtFlagObesity1', BMI.obesity1From, upTo(BMI.obesity2From)));
  if (bmi >= BMI.overweightFrom) return flag('imc-surpoids', 'info', msg('vtFlagOverweight', BMI.overweightFrom, upTo(BMI.obesity1From)));
  return [];
}

export function waistFlags(waistCm: number, sex: 'F' | 'M' | undefined): VitalFlag[] {
  if (!sex) return []; // threshold depends on sex
  const limit = WAIST_CM.highAbove[sex];
  return waistCm > limit ? flag('tour-de-taille-eleve', 'info', msg('vtFlagWaistHigh', limit)) : [];
}

/**
 * `fasting` true: à jeun; false: non à jeun; undefined: unknown, then only the threshold that
 * holds either way (≥ 2,00 g/L) is flagged, and 1,26–1,99 g/L asks to say whether fasting.
 */
export function glycemiaFlags(value: number, unit: GlycemiaUnit, fasting?: boolean): VitalFlag[] {
  const gl = toGPerL(value, unit);
  if (gl < GLYCEMIA.lowBelow) return flag('glycemie-basse', 'alerte', msg('vtFlagGlyLow', GLYCEMIA.lowBelow));
  if (gl >= GLYCEMIA.randomHighFrom && fasting !== true) {
    return flag('glycemie-elevee', 'attention', msg('vtFlagGlyHigh', GLYCEMIA.randomHighFrom));
  }
  if (gl >= GLYCEMIA.fastingHighFrom) {
    if (fasting === true) return flag('glycemie-a-jeun-elevee', 'attention', msg('vtFlagGlyFastingHigh', GLYCEMIA.fastingHighFrom));
    if (fasting === undefined) return flag('glycemie-a-preciser', 'info', msg('vtFlagGlyAskFasting', GLYCEMIA.fastingHighFrom));
  }
  return [];
}

export function painFlags(score: number): VitalFlag[] {
  if (score >= PAIN.intenseFrom) return flag('douleur-intense', 'alerte', msg('vtFlagPainSevere', PAIN.intenseFrom));
  if (score >= PAIN.moderateFrom) return flag('douleur-moderee', 'attention', msg('vtFlagPainModerate', PAIN.moderateFrom));
  return [];
}
