// Repeated office readings are averaged (HAS: several measures), the flags use the mean.
export interface BloodPressureReading {
  readonly systolic: number;
  readonly diastolic: number;
}

/** Mean of the readings, rounded to the whole mmHg; null when there is none. */
export function meanBloodPressure(readings: readonly BloodPressureReading[]): BloodPressureReading | null {
  if (readings.length === 0) return null;
  const sum = readings.reduce((acc, r) => ({ s: acc.s + r.systolic, d: acc.d + r.diastolic }), { s: 0, d: 0 });
  return { systolic: Math.round(sum.s / readings.length), diastolic: Math.round(sum.d / readings.length) };
}
