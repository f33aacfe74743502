import { invalid, valid, type ValidationResult } from './validation-result';

// Overseas departments dialled from abroad with their own country code; their national
// numbers still read 0 + 9 digits (e.g. +262 692 12 34 56 → 06 92 12 34 56).
const OVERSEAS_CODES = ['262', '590', '594', '596'];

/**
 * French phone number, national (`06 12 34 56 78`, dots or dashes allowed) or international
 * (`+33 6 12 34 56 78`, `+33 (0)6…`, `0033…`, overseas `+262…`).
 * Normalised to the national form grouped by two: `06 12 34 56 78`.
 */
export function validatePhone(input: string): ValidationResult {
  let digits = input.trim().replace(/[\s.\-/]/g, '').replace('(0)', '');
  if (digits.startsWith('00')) digits = `+${digits.slice(2)}`;
  if (digits.startsWith('+33')) {
    digits = `0${digits.slice(3)}`;
  } else if (digits.startsWith('+')) {
    const code = OVERSEAS_CODES.find((c) => digits.startsWith(`+${c}`));
    if (!code) return invalid('phone.format');
    digits = `0${digits.slice(1 + code.length)}`;
  }
  if (!/^0[1-9]\d{8}$/.test(digits)) return invalid('phone.format');
  return valid(formatPhone(digits, 'national'));
}

/** Reformat a valid national number (any spacing) for a field: grouped, compact or E.164. */
export function formatPhone(national: string, style: 'national' | 'compact' | 'e164'): string {
  const digits = national.replace(/\D/g, '');
  if (style === 'compact') return digits;
  if (style === 'e164') return `+33${digits.slice(1)}`;
  return digits.replace(/(\d{2})(?=\d)/g, '$1 ');
}
