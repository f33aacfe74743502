// Flags per measure for adults (≥ 18 years). Each function returns at most the most relevant
// flag(s) for its measure; children get no adult flag (see assess.ts).
import { formatDecimalFr } from './parse-decimal-fr';
import type { VitalFlag } from './flag-types';
import { toGPerL, type GlycemiaUnit } from './glycemia-units';
import { BLOOD_PRESSURE, BMI, GLYCEMIA, HEART_RATE, PAIN, SPO2, TEMPERATURE, WAIST_CM } from './thresholds';

const fr = (n: number) => formatDecimalFr(n);

export function bloodPressureFlags(systolic: number, diastolic: number): VitalFlag[] {
  const { high, veryHigh, lowSystolicBelow } = BLOOD_PRESSURE;
  if (systolic >= veryHigh.systolic || diastolic >= veryHigh.diastolic) {
    return [{ code: 'ta-tres-elevee', level: 'alerte', label: `TA très élevée (≥ ${veryHigh.systolic}/${veryHigh.diastolic} mmHg)` }];
  }
  if (systolic >= high.systolic || diastolic >= high.diastolic) {
    return [
      {
        code: 'ta-elevee',
        level: 'attention',
        label: `TA élevée (≥ ${high.systolic}/${high.diastolic} mmHg), à confirmer en dehors du cabinet`,
      },
    ];
  }
  if (systolic < lowSystolicBelow) {
    return [{ code: 'ta-basse', level: 'attention', label: `TA basse (systolique < ${lowSystolicBelow} mmHg)` }];
  }
  return [];
}

export function heartRateFlags(bpm: number): VitalFlag[] {
  if (bpm < HEART_RATE.lowBelow) {
    return [{ code: 'bradycardie', level: 'attention', label: `Fréquence cardiaque basse (< ${HEART_RATE.lowBelow}/min)` }];
  }
  if (bpm > HEART_RATE.highAbove) {
    return [{ code: 'tachycardie', level: 'attention', label: `Fréquence cardiaque élevée au repos (> ${HEART_RATE.highAbove}/min)` }];
  }
  return [];
}

export function spo2Flags(percent: number): VitalFlag[] {
  if (percent < SPO2.alertBelow) return [{ code: 'spo2-alerte', level: 'alerte', label: `SpO2 très basse (< ${SPO2.alertBelow} %)` }];
  if (percent < SPO2.lowBelow) return [{ code: 'spo2-basse', level: 'attention', label: `SpO2 basse (< ${SPO2.lowBelow} %)` }];
  return [];
}

export function temperatureFlags(celsius: number): VitalFlag[] {
  if (celsius >= TEMPERATURE.feverFrom) {
    return [{ code: 'fievre', level: 'attention', label: `Fièvre (≥ ${fr(TEMPERATURE.feverFrom)} °C)` }];
  }
  if (celsius < TEMPERATURE.lowBelow) {
    return [{ code: 'hypothermie', level: 'alerte', label: `Température basse (< ${fr(TEMPERATURE.lowBelow)} °C)` }];
  }
  return [];
}

/** `bmi` is the rounded value from computeBmi. */
export function bmiFlags(bmi: number, ageYears: number): VitalFlag[] {
  const lowBelow = ageYears >= BMI.elderlyFromAge ? BMI.underweightBelowFrom70 : BMI.underweightBelow;
  if (bmi < lowBelow) {
    const who = ageYears >= BMI.elderlyFromAge ? `, seuil de ${BMI.elderlyFromAge} ans et plus` : '';
    return [{ code: 'imc-maigreur', level: 'attention', label: `IMC bas : maigreur (< ${fr(lowBelow)}${who})` }];
  }
  if (bmi >= BMI.obesity3From) {
    return [{ code: 'imc-obesite-3', level: 'attention', label: `IMC ≥ ${BMI.obesity3From} : obésité de classe III` }];
  }
  if (bmi >= BMI.obesity2From) {
    return [{ code: 'imc-obesite-2', level: 'attention', label: `IMC de ${BMI.obesity2From} à 39,9 : obésité de classe II` }];
  }
  if (bmi >= BMI.obesity1From) {
    return [{ code: 'imc-obesite-1', level: 'info', label: `IMC de ${BMI.obesity1From} à 34,9 : obésité de classe I` }];
  }
  if (bmi >= BMI.overweightFrom) {
    return [{ code: 'imc-surpoids', level: 'info', label: `IMC de ${BMI.overweightFrom} à 29,9 : surpoids` }];
  }
  return [];
}

export function waistFlags(waistCm: number, sex: 'F' | 'M' | undefined): VitalFlag[] {
  if (!sex) return []; // threshold depends on sex
  const limit = WAIST_CM.highAbove[sex];
  return waistCm > limit
    ? [{ code: 'tour-de-taille-eleve', level: 'info', label: `Tour de taille élevé (> ${limit} cm)` }]
    : [];
}

/**
 * `fasting` true: à jeun; false: non à jeun; undefined: unknown, then only the threshold that
 * holds either way (≥ 2,00 g/L) is flagged, and 1,26–1,99 g/L asks to say whether fasting.
 */
export function glycemiaFlags(value: number, unit: GlycemiaUnit, fasting?: boolean): VitalFlag[] {
  const gl = toGPerL(value, unit);
  if (gl < GLYCEMIA.lowBelow) {
    return [{ code: 'glycemie-basse', level: 'alerte', label: `Glycémie basse (< ${fr(GLYCEMIA.lowBelow)} g/L)` }];
  }
  if (gl >= GLYCEMIA.randomHighFrom && fasting !== true) {
    return [{ code: 'glycemie-elevee', level: 'attention', label: `Glycémie élevée (≥ ${fr(GLYCEMIA.randomHighFrom)} g/L)` }];
  }
  if (gl >= GLYCEMIA.fastingHighFrom) {
    if (fasting === true) {
      return [
        { code: 'glycemie-a-jeun-elevee', level: 'attention', label: `Glycémie à jeun élevée (≥ ${fr(GLYCEMIA.fastingHighFrom)} g/L)` },
      ];
    }
    if (fasting === undefined) {
      return [
        {
          code: 'glycemie-a-preciser',
          level: 'info',
          label: `Glycémie ≥ ${fr(GLYCEMIA.fastingHighFrom)} g/L : préciser si la mesure est à jeun`,
        },
      ];
    }
  }
  return [];
}

export function painFlags(score: number): VitalFlag[] {
  if (score >= PAIN.intenseFrom) return [{ code: 'douleur-intense', level: 'alerte', label: `Douleur intense (EVA ≥ ${PAIN.intenseFrom})` }];
  if (score >= PAIN.moderateFrom) return [{ code: 'douleur-moderee', level: 'attention', label: `Douleur modérée (EVA ≥ ${PAIN.moderateFrom})` }];
  return [];
}
