import { invalid, valid, type ValidationResult } from './validation-result';

/**
 * French postal code: 5 digits. Metropolitan codes start 01–95 (Corsica is 20xxx: "2A"/"2B"
 * are department numbers, never postal codes); overseas start 971–976 or 98x.
 * Spaces are tolerated ("75 011") and removed.
 */
export function validatePostalCode(input: string): ValidationResult {
  const compact = input.replace(/\s+/g, '').toUpperCase();
  if (/^2[AB]\d{3}$/.test(compact)) return invalid('postalCode.corsica');
  if (!/^\d{5}$/.test(compact)) return invalid('postalCode.format');
  const dept = Number(compact.slice(0, 2));
  if (dept >= 1 && dept <= 95) return valid(compact);
  const third = Number(compact[2]);
  if (dept === 97 && third >= 1 && third <= 6) return valid(compact);
  if (dept === 98) return valid(compact);
  return invalid('postalCode.department');
}
