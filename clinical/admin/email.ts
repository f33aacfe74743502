import { invalid, valid, type ValidationResult } from './validation-result';

// Deliberately simple: one @, no spaces, a dotted domain. Full RFC 5322 accepts
// addresses no record software would store.
const EMAIL = /^[^\s@]+@[^\s@.]+(?:\.[^\s@.]+)+$/;

/** E-mail address, trimmed, domain lower-cased (the local part may be case-sensitive). */
export function validateEmail(input: string): ValidationResult {
  const trimmed = input.trim();
  if (trimmed.length > 254 || !EMAIL.test(trimmed)) return invalid('email.format');
  const at = trimmed.lastIndexOf('@');
  return valid(`${trimmed.slice(0, at)}@${trimmed.slice(at + 1).toLowerCase()}`);
}
