import { nirErrorMessage, type NirErrorCode } from './messages';
import type { Sex } from './sex';
import type { Msg } from '../message';

/** What a valid NIR says about its holder. */
export interface NirInfo {
  ok: true;
  /** 15 characters, no spaces, upper case (2A/2B kept). */
  nir: string;
  sex: Sex;
  /** Two digits, as written: "56", "05". */
  birthYear: string;
  /** 1–12, or null when the NIR uses a special month (20–42, 50–99: month unknown at registration). */
  birthMonth: number | null;
  /** "75", "2A", "971" (overseas: 3 digits), "99" (born abroad). */
  department: string;
  /** First digit 3, 4, 7 or 8: temporary or foreign-born registration number. */
  temporary: boolean;
}
export type NirResult = NirInfo | { ok: false; error: Msg };

const SHAPE = /^([1-478])(\d\d)(\d\d)(\d\d|2A|2B)(\d{6})(\d\d)$/;

/** Removes spaces, dots and hyphens; upper case. */
export function normaliseNir(input: string): string {
  return input.replace(/[\s.\u00a0\u202f-]/g, '').toUpperCase();
}

/**
 * Key of the 13 first characters: 97 − (number mod 97), with 2A → 19 and 2B → 18.
 * Computed digit by digit so no intermediate value approaches 2^53.
 */
export function nirKey(first13: string): number {
  const digits = first13.slice(0, 5) + first13.slice(5, 7).replace('2A', '19').replace('2B', '18') + first13.slice(7, 13);
  let r = 0;
  for (const d of digits) r = (r * 10 + Number(d)) % 97;
  return 97 - r;
}

/** Why a NIR is refused; `parseNir` turns it into a message. */
export type NirError = { ok: false; code: NirErrorCode; nir: string };

/** Validates a NIR without building a message (the content script only needs yes/no). */
export function checkNir(input: string): NirInfo | NirError {
  const s = normaliseNir(input);
  const no = (code: NirErrorCode): NirError => ({ ok: false, code, nir: s });
  if (!s) return no('empty');
  if (!/^[0-9]+(?:2[AB][0-9]*)?$/.test(s)) return no('chars');
  if (s.length === 13) return no('missingKey');
  if (s.length !== 15) return no('length');
  if (!/^[1-478]/.test(s)) return no('sexDigit');
  const m = SHAPE.exec(s);
  if (!m || m[4] === '00') return no('department');
  const month = Number(m[3]);
  if (month === 0 || (month > 12 && month < 20) || (month > 42 && month < 50)) return no('month');
  if (nirKey(s) !== Number(s.slice(13))) return no('key');
  return {
    ok: true,
    nir: s,
    sex: Number(m[1]) % 2 ? 'M' : 'F',
    birthYear: m[2]!,
    birthMonth: month <= 12 ? month : null,
    department: m[4] === '97' || m[4] === '98' ? s.slice(5, 8) : m[4]!,
    temporary: !/^[12]/.test(s),
  };
}

/** Validates a NIR (numéro de sécurité sociale, matricule INS): shape, month, department, key. */
export function parseNir(input: string): NirResult {
  const r = checkNir(input);
  return r.ok ? r : { ok: false, error: nirErrorMessage(r.code, r.nir) };
}

// A NIR written anywhere in a text, with spaces or dots anywhere ("1 56 03 75 123 456 78",
// "2.56.03.2A.123.456.12", "1831 12B0 3311 297"): 13 or 15 characters once normalised.
const IN_TEXT = /(?<![\dA-Z])[1-478](?:[\s.]?[\dAB]){12,14}(?![\dA-Z])/gi;
const NIR_SHAPE = /^[1-478]\d{4}(?:\d\d|2[AB])\d{6}(?:\d\d)?$/;

/** First NIR-shaped number in a text, normalised (13 or 15 characters, key not checked), or null. */
export function findNir(text: string): string | null {
  for (const m of text.matchAll(IN_TEXT)) {
    const s = normaliseNir(m[0]);
    if (NIR_SHAPE.test(s)) return s;
  }
  return null;
}
