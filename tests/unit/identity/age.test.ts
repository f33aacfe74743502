import { describe, expect, test } from 'vitest';
import { ageAt, formatAge } from '../../../clinical/identity';
import { inEnglish, inFrench } from '../../i18n';

describe('ageAt', () => {
  test('completed years: the day before and on the birthday', () => {
    expect(ageAt('1956-03-12', '2025-03-11')?.years).toBe(68);
    expect(ageAt('1956-03-12', '2025-03-12')?.years).toBe(69);
  });
  test('months for infants', () => {
    expect(ageAt('2025-01-15', '2025-10-14')).toMatchObject({ years: 0, months: 8 });
    expect(ageAt('2025-01-15', '2025-10-15')).toMatchObject({ years: 0, months: 9 });
    expect(ageAt('2025-10-01', '2025-10-14')).toEqual({ years: 0, months: 0, days: 13 });
  });
  test('end of month: born 31 January, one month on 28 February', () => {
    expect(ageAt('2025-01-31', '2025-02-27')?.months).toBe(0);
    expect(ageAt('2025-01-31', '2025-02-28')?.months).toBe(1);
  });
  test('born 29 February', () => {
    expect(ageAt('1964-02-29', '2025-02-27')?.years).toBe(60);
    expect(ageAt('1964-02-29', '2025-02-28')?.years).toBe(61);
    expect(ageAt('1964-02-29', '2024-02-28')?.years).toBe(59);
    expect(ageAt('1964-02-29', '2024-02-29')?.years).toBe(60);
  });
  test('accepts a Date (local day)', () => {
    expect(ageAt('1956-03-12', new Date(2025, 2, 12, 8, 30))?.years).toBe(69);
  });
  test('null before birth or on a bad date', () => {
    expect(ageAt('2025-03-12', '2025-03-11')).toBeNull();
    expect(ageAt('12/03/1956', '2025-03-11')).toBeNull();
    expect(ageAt('1956-03-12', new Date('x'))).toBeNull();
  });
});

describe('formatAge', () => {
  test.each([
    [{ years: 69, months: 828, days: 0 }, '69 ans'],
    [{ years: 2, months: 24, days: 0 }, '2 ans'],
    [{ years: 1, months: 18, days: 0 }, '18 mois'],
    [{ years: 0, months: 1, days: 31 }, '1 mois'],
    [{ years: 0, months: 0, days: 12 }, '12 jours'],
    [{ years: 0, months: 0, days: 1 }, '1 jour'],
  ])('%j → %s', (age, text) => expect(inFrench(formatAge(age))).toBe(text));

  test('in English, with English plurals', () => {
    expect(inEnglish(formatAge({ years: 69, months: 828, days: 0 }))).toBe('69 years');
    expect(inEnglish(formatAge({ years: 0, months: 1, days: 31 }))).toBe('1 month');
    expect(inEnglish(formatAge({ years: 0, months: 0, days: 0 }))).toBe('0 days');
    expect(inFrench(formatAge({ years: 0, months: 0, days: 0 }))).toBe('0 jour');
  });
});
