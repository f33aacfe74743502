// Adult flag thresholds (clinical reference sheet, "Vital signs"). Comparisons are written once
// in flags.ts; the numbers live here.

export const ADULT_AGE_YEARS = 18;

export const BLOOD_PRESSURE = {
  /** HAS: office BP ≥ 140/90 suggests hypertension, to confirm outside the office. */
  high: { systolic: 140, diastolic: 90 },
  veryHigh: { systolic: 180, diastolic: 110 },
  lowSystolicBelow: 90,
} as const;

export const HEART_RATE = { lowBelow: 50, highAbove: 100 } as const;

export const SPO2 = { lowBelow: 95, alertBelow: 90 } as const;

export const TEMPERATURE = { feverFrom: 38.0, lowBelow: 35.0 } as const;

export const BMI = {
  underweightBelow: 18.5,
  /** HAS, diagnostic de la dénutrition de la personne de 70 ans et plus (2021): IMC < 22. */
  underweightBelowFrom70: 22,
  elderlyFromAge: 70,
  overweightFrom: 25,
  obesity1From: 30,
  obesity2From: 35,
  obesity3From: 40,
} as const;

export const WAIST_CM = { highAbove: { M: 94, F: 80 } } as const;

/** In g/L. */
export const GLYCEMIA = { lowBelow: 0.7, fastingHighFrom: 1.26, randomHighFrom: 2.0 } as const;

export const PAIN = { moderateFrom: 4, intenseFrom: 7 } as const;
