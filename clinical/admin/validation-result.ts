import { ADMIN_MESSAGES, type AdminErrorCode } from './messages';
import type { Msg } from '../message';

/** What every administrative validator returns: the normalised value, or why it was refused. */
export type ValidationResult<T = string> =
  | { ok: true; value: T }
  | { ok: false; code: AdminErrorCode; message: Msg };

export function valid<T>(value: T): ValidationResult<T> {
  return { ok: true, value };
}

export function invalid<T = string>(code: AdminErrorCode): ValidationResult<T> {
  return { ok: false, code, message: ADMIN_MESSAGES[code] };
}
