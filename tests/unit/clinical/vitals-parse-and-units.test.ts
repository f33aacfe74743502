// Decimal input (comma or point), glycemia unit conversion (mmol/L = g/L × 5.551), IMC and mean BP.
import { describe, expect, it } from 'vitest';
import {
  computeBmi,
  glycemiaBothUnits,
  gPerLToMmol,
  meanBloodPressure,
  mmolToGPerL,
  parseDecimalFr,
} from '../../../clinical/vitals';

describe('parseDecimalFr', () => {
  it.each([
    ['37,5', 37.5],
    ['37.5', 37.5],
    [' 72 ', 72],
    ['0,3', 0.3],
    [',5', 0.5],
    ['-1', -1],
    ['1,26', 1.26],
    ['36\u00a0', 36],
  ])('reads %j as %s', (text, value) => {
    expect(parseDecimalFr(text)).toBe(value);
  });

  it.each(['', ' ', 'abc', '37,', '1,2,3', '1e3', '1 250', '37°', '12/8', 'NaN'])('refuses %j', (text) => {
    expect(parseDecimalFr(text)).toBeNull();
  });
});

describe('glycemia units', () => {
  it('converts with the factor 5.551', () => {
    expect(gPerLToMmol(1)).toBeCloseTo(5.551, 10);
    expect(mmolToGPerL(5.551)).toBeCloseTo(1, 10);
    expect(gPerLToMmol(1.26)).toBeCloseTo(6.99426, 5);
  });

  it('shows both units, g/L to 2 decimals and mmol/L to 1', () => {
    expect(glycemiaBothUnits(1.26, 'g/L')).toEqual({ gPerL: 1.26, mmolPerL: 7 });
    expect(glycemiaBothUnits(7, 'mmol/L')).toEqual({ gPerL: 1.26, mmolPerL: 7 });
    expect(glycemiaBothUnits(0.7, 'g/L')).toEqual({ gPerL: 0.7, mmolPerL: 3.9 });
  });
});

describe('computeBmi', () => {
  it('divides kg by m² and rounds to 1 decimal', () => {
    expect(computeBmi(70, 175)).toBe(22.9); // 22.857…
    expect(computeBmi(100, 200)).toBe(25);
    expect(computeBmi(50, 160)).toBe(19.5); // 19.53…
    expect(computeBmi(119.8, 200)).toBe(30); // 29.95 rounds up, half away from zero
    expect(computeBmi(3.5, 50)).toBe(14); // newborn: value only
  });
});

describe('meanBloodPressure', () => {
  it('averages readings and rounds to the whole mmHg', () => {
    // (142 + 138 + 135) / 3 = 138.3 → 138; (91 + 87 + 85) / 3 = 87.7 → 88.
    expect(
      meanBloodPressure([
        { systolic: 142, diastolic: 91 },
        { systolic: 138, diastolic: 87 },
        { systolic: 135, diastolic: 85 },
      ]),
    ).toEqual({ systolic: 138, diastolic: 88 });
    expect(meanBloodPressure([{ systolic: 120, diastolic: 80 }])).toEqual({ systolic: 120, diastolic: 80 });
    expect(meanBloodPressure([])).toBeNull();
  });
});
