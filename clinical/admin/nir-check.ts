import { parseNir } from '../identity/nir';
import type { ValidationResult } from './validation-result';

/**
 * NIR check for the administrative profile, delegated to clinical/identity/nir.ts (shape,
 * month, department, key with 2A → 19 / 2B → 18) so the rule lives in one place.
 * Returns the compact upper-case NIR, or identity's message under code `nir.invalid`.
 */
export function checkNir(input: string): ValidationResult {
  const result = parseNir(input);
  return result.ok ? { ok: true, value: result.nir } : { ok: false, code: 'nir.invalid', message: result.error };
}
