import { ageWords } from './messages';
import type { Msg } from '../message';

/** Completed age: whole years, whole months (in total) and days (in total). */
export interface Age {
  years: number;
  months: number;
  days: number;
}

function parts(d: string | Date): [number, number, number] | null {
  if (d instanceof Date) return Number.isNaN(d.getTime()) ? null : [d.getFullYear(), d.getMonth() + 1, d.getDate()];
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(d);
  return m ? [+m[1]!, +m[2]!, +m[3]!] : null;
}

const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/**
 * Whole months from a birth to a day (year, month, day each), negative before the birth. A month
 * is complete on the same day number, or on the last day of a shorter month (born 31 January → one
 * month on 28/29 February; born 29 February → one year on 28 February). Shared with the page
 * reader (sites/generic/look.ts), which checks the age a record shows beside a date.
 */
export function completedMonths(b: number[], a: number[]): number {
  const months = (a[0]! - b[0]!) * 12 + (a[1]! - b[1]!);
  return a[2]! < b[2]! && a[2] !== lastDay(a[0]!, a[1]!) ? months - 1 : months;
}

/**
 * Age at a date (ISO string, or a Date read in local time), or null if `at` precedes the birth.
 * A month is complete on the same day number, or on the last day of a shorter month
 * (born 31 January → one month on 28/29 February; born 29 February → one year on 28 February).
 */
export function ageAt(birthDate: string, at: string | Date): Age | null {
  const b = parts(birthDate);
  const a = parts(at);
  if (!b || !a) return null;
  const months = completedMonths(b, a);
  const days = Math.round((Date.UTC(a[0], a[1] - 1, a[2]) - Date.UTC(b[0], b[1] - 1, b[2])) / 864e5);
  if (days < 0) return null;
  return { years: Math.floor(months / 12), months, days };
}

/** "69 ans", "1 an"; months under 2 years ("18 mois"), days under 1 month ("12 jours"), as French paediatrics writes it. */
export function formatAge(age: Age): Msg {
  if (age.years >= 2) return ageWords.years(age.years);
  if (age.months >= 1) return ageWords.months(age.months);
  return ageWords.days(age.days);
}
