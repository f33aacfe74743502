import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { ageAt } from '../../../clinical/identity/age';
import { ageFits, monthsOld } from '../../../sites/generic/look';
import { plausibleBirth } from '../../../sites/generic/birth-signs';

// The age beside a date confirms it as the birth date only when it is the age the record shows,
// counted as clinical/identity/age.ts counts it (the panel's own age): a month is complete on the
// same day number, or on the last day of a shorter month.
const today = (iso: string) => vi.setSystemTime(new Date(`${iso}T12:00:00`));
beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('monthsOld: whole months to today, as the record counts them', () => {
  test.each([
    // [today, birth, months] — month ends: was one month short on each of these.
    ['2025-02-28', '2025-01-31', 1],
    ['2024-02-29', '2024-01-31', 1],
    ['2025-04-30', '2025-03-31', 1],
    ['2025-02-28', '2023-08-31', 18],
    // Born on 29 February: one year on 28 February of a common year, on the 29th of a leap year.
    ['2025-02-28', '2024-02-29', 12],
    ['2027-02-28', '2000-02-29', 27 * 12],
    ['2028-02-28', '2024-02-29', 47],
    ['2028-02-29', '2024-02-29', 48],
    // Ordinary days, unchanged.
    ['2025-03-11', '1945-03-12', 959],
    ['2025-03-12', '1945-03-12', 960],
    ['2025-03-12', '2025-03-12', 0],
  ])('on %s, born %s: %i months', (now, birth, months) => {
    today(now);
    expect(monthsOld(birth)).toBe(months);
    expect(monthsOld(birth)).toBe(ageAt(birth, now)!.months);
  });

  test('a date to come is no age', () => {
    today('2025-02-28');
    expect(monthsOld('2025-03-01')).toBeLessThan(0);
    expect(monthsOld('2025-02-28')).toBe(0);
    expect(plausibleBirth('2025-03-01')).toBe(false);
    expect(plausibleBirth('2025-02-28')).toBe(true);
    expect(plausibleBirth('1905-03-01')).toBe(true); // 119 years and 11 months
    expect(plausibleBirth('1905-02-28')).toBe(false); // 120 years
  });
});

describe('ageFits: an age shown in months or years against a birth date', () => {
  test('a baby born on 31 August is 18 months old on 28 February (was 17: « 16 mois » fitted, « 19 mois » did not)', () => {
    today('2025-02-28');
    expect(ageFits(18, '2023-08-31')).toBe(true);
    expect(ageFits(19, '2023-08-31')).toBe(true); // a page may count a little later
    expect(ageFits(16, '2023-08-31')).toBe(false);
  });

  test('born on 31 January: « 1 mois » on 28 February, not « 0 mois » two months on', () => {
    today('2025-02-28');
    expect(ageFits(1, '2025-01-31')).toBe(true);
    today('2025-03-31');
    expect(ageFits(0, '2025-01-31')).toBe(false);
    expect(ageFits(2, '2025-01-31')).toBe(true);
  });

  test('years: the completed years shown, within a year', () => {
    today('2027-02-28');
    expect(ageFits(27 * 12, '2000-02-29')).toBe(true);
    expect(ageFits(29 * 12, '2000-02-29')).toBe(false);
    expect(ageFits(25 * 12, '2000-02-29')).toBe(false);
  });
});
