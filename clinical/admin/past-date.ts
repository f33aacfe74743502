import { invalid, valid, type ValidationResult } from './validation-result';

/**
 * A date that has already happened (birth date, declaration date), given as ISO `AAAA-MM-JJ`
 * or French `JJ/MM/AAAA` (also `JJ.MM.AAAA`, `JJ-MM-AAAA`). Returns ISO.
 * `today` is ISO `AAAA-MM-JJ`, passed in so the check is pure and testable.
 */
export function validatePastDate(input: string, today: string): ValidationResult {
  const iso = toIsoDate(input.trim());
  if (iso === null) return invalid('date.format');
  if (!isCalendarDate(iso)) return invalid('date.calendar');
  // ISO dates compare correctly as strings.
  if (iso > today) return invalid('date.future');
  return valid(iso);
}

/** The local calendar day as ISO `AAAA-MM-JJ` (a birth date "today" is not in the future). */
export function localIsoDate(d: Date): string {
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** ISO `AAAA-MM-JJ` as French `JJ/MM/AAAA`; anything else unchanged. */
export function frenchDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}

function toIsoDate(input: string): string | null {
  if (/^\d{4}-\d{2}-\d{2}$/.test(input)) return input;
  const fr = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(input);
  if (!fr) return null;
  const [, d, m, y] = fr;
  return `${y}-${m!.padStart(2, '0')}-${d!.padStart(2, '0')}`;
}

function isCalendarDate(iso: string): boolean {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}
