import { validateEmail } from './email';
import type { ProfileFieldKey } from './field-keys';
import { checkNir } from './nir-check';
import { frenchDate, validatePastDate } from './past-date';
import { nameKey as fold } from '../identity/text';
import { validatePhone } from './phone';
import { validatePostalCode } from './postal-code';
import type { AdminProfile } from './profile-schema';
import type { Sourced } from './sourced';
import { msg, type Msg } from '../message';

// The administrative profile as a flat list of editable fields: where each sits in the nested
// profile, how a typed (or page-read) text becomes its value, and how the value reads back as
// text. The panel's form and the capture from record pages both go through this list, so a
// value is validated the same way whoever entered it.

export type FieldInput = 'text' | 'date' | 'email' | 'tel' | 'choice' | 'yesno' | 'list';

export interface ProfileField {
  /** Dotted path in the profile, e.g. `address.postalCode`. */
  id: string;
  /** Form keys whose captured value feeds this field (see captureToFields for compound ones). */
  keys: readonly ProfileFieldKey[];
  input: FieldInput;
  /** For 'choice': stored value → label. */
  choices?: readonly (readonly [string, Msg])[];
  parse: (text: string, today: string) => ParseResult;
  format: (value: unknown) => string;
}

export type ParseResult = { ok: true; value: unknown } | { ok: false; message: Msg };

const ok = (value: unknown): ParseResult => ({ ok: true, value });
const fail = (message: Msg): ParseResult => ({ ok: false, message });
const fromValidator = (r: { ok: true; value: string } | { ok: false; message: Msg }): ParseResult => (r.ok ? ok(r.value) : fail(r.message));


function text(s: string): ParseResult {
  const v = s.trim().replace(/\s+/g, ' ');
  return v.length > 200 ? fail(msg('admErr_tooLong')) : ok(v);
}

function choice(words: Record<string, readonly string[]>) {
  return (s: string): ParseResult => {
    const f = fold(s);
    for (const [value, list] of Object.entries(words)) if (list.some((w) => fold(w) === f)) return ok(value);
    return fail(msg('admErr_unknownValue', s.trim()));
  };
}

const yesNoWord = choice({ true: ['oui', 'yes', 'vrai', 'true', 'o'], false: ['non', 'no', 'faux', 'false', 'n', 'aucun', 'aucune'] });
const yesNo = (s: string): ParseResult => {
  const r = yesNoWord(s);
  return r.ok ? ok(r.value === 'true') : r;
};

function list(s: string): ParseResult {
  const items = s.split(/[,;\n]/).map((x) => x.trim().replace(/\s+/g, ' ')).filter(Boolean);
  if (items.some((x) => x.length > 200)) return fail(msg('admErr_itemTooLong'));
  return ok(items);
}

const asText = (v: unknown) => (v === undefined || v === null ? '' : String(v));
const asList = (v: unknown) => (Array.isArray(v) ? v.join(', ') : '');
const asYesNo = (v: unknown) => (v === true ? 'true' : v === false ? 'false' : '');
const asDate = (v: unknown) => (typeof v === 'string' ? frenchDate(v) : asText(v));

const textField = (id: string, keys: ProfileFieldKey[]): ProfileField => ({ id, keys, input: 'text', parse: text, format: asText });
const phoneField = (id: string, keys: ProfileFieldKey[]): ProfileField => ({
  id, keys, input: 'tel', parse: (s) => fromValidator(validatePhone(s)), format: asText,
});
const yesNoField = (id: string, keys: ProfileFieldKey[]): ProfileField => ({ id, keys, input: 'yesno', parse: yesNo, format: asYesNo });

export const PROFILE_FIELDS: readonly ProfileField[] = [
  {
    id: 'identity.civility', keys: ['civility'], input: 'choice', choices: [['Mme', msg('admChoice_civility_Mme')], ['M', msg('admChoice_civility_M')]],
    parse: choice({ Mme: ['mme', 'madame', 'mrs', 'ms', 'mlle', 'mademoiselle'], M: ['m', 'm.', 'monsieur', 'mr'] }), format: asText,
  },
  textField('identity.birthName', ['birthName']),
  textField('identity.usedName', ['usedName']),
  textField('identity.firstNames', ['firstNames', 'firstName']),
  {
    id: 'identity.birthDate', keys: ['birthDate'], input: 'date',
    parse: (s, today) => fromValidator(validatePastDate(s, today)), format: asDate,
  },
  textField('identity.birthPlace', ['birthPlace']),
  textField('identity.birthCountry', ['birthCountry']),
  {
    id: 'identity.sex', keys: ['sex'], input: 'choice', choices: [['F', msg('admChoice_sex_F')], ['M', msg('admChoice_sex_M')], ['I', msg('admChoice_sex_I')]],
    parse: choice({ F: ['f', 'féminin', 'femme', 'female'], M: ['m', 'masculin', 'homme', 'male'], I: ['i', 'indéterminé'] }), format: asText,
  },
  { id: 'nir', keys: ['nir'], input: 'text', parse: (s) => fromValidator(checkNir(s)), format: asText },
  textField('insurance.regime', ['regime']),
  textField('insurance.caisse', ['caisse']),
  {
    id: 'insurance.vitaleRole', keys: ['vitaleRole'], input: 'choice', choices: [['assure', msg('admChoice_vitale_assure')], ['ayant-droit', msg('admChoice_vitale_ayantDroit')]],
    parse: choice({ assure: ['assuré', 'assurée', 'assuré(e)', 'titulaire'], 'ayant-droit': ['ayant droit', 'ayant-droit', 'bénéficiaire'] }),
    format: asText,
  },
  // The card holder, only for a patient who is an ayant droit.
  textField('insurance.holder.birthName', ['insuredBirthName']),
  textField('insurance.holder.firstNames', ['insuredFirstName']),
  { id: 'insurance.holder.nir', keys: ['insuredNir'], input: 'text', parse: (s) => fromValidator(checkNir(s)), format: asText },
  textField('insurance.complementary.name', ['complementaryName']),
  textField('insurance.complementary.memberNumber', ['complementaryMemberNumber']),
  yesNoField('insurance.c2s', ['c2s']),
  yesNoField('insurance.ame', ['ame']),
  yesNoField('doctor.declared', ['doctorDeclared']),
  textField('doctor.name', ['doctorName']),
  yesNoField('ald.active', ['ald']),
  { id: 'ald.conditions', keys: ['aldList'], input: 'list', parse: list, format: asList },
  {
    id: 'address.lines', keys: ['address', 'addressLine1'], input: 'list',
    parse: (s) => {
      const r = list(s.replace(/,/g, '\n'));
      return r.ok && (r.value as string[]).length > 4 ? fail(msg('admErr_addressLines')) : r;
    },
    format: (v) => (Array.isArray(v) ? v.join(', ') : ''),
  },
  { id: 'address.postalCode', keys: ['postalCode'], input: 'text', parse: (s) => fromValidator(validatePostalCode(s)), format: asText },
  textField('address.city', ['city']),
  textField('address.country', ['country']),
  phoneField('phones.mobile', ['phoneMobile']),
  phoneField('phones.home', ['phoneHome']),
  phoneField('phones.work', ['phoneWork']),
  { id: 'email', keys: ['email'], input: 'email', parse: (s) => fromValidator(validateEmail(s)), format: asText },
  textField('trustedPerson.lastName', ['trustedPersonLastName', 'trustedPersonName']),
  textField('trustedPerson.firstName', ['trustedPersonFirstName']),
  textField('trustedPerson.relation', ['trustedPersonRelation']),
  phoneField('trustedPerson.phone', ['trustedPersonPhone']),
  textField('emergencyContact.lastName', ['emergencyContactLastName', 'emergencyContactName']),
  textField('emergencyContact.firstName', ['emergencyContactFirstName']),
  textField('emergencyContact.relation', ['emergencyContactRelation']),
  phoneField('emergencyContact.phone', ['emergencyContactPhone']),
  textField('employer', ['employer']),
];

export function profileField(id: string): ProfileField | undefined {
  return PROFILE_FIELDS.find((f) => f.id === id);
}

/** The sourced value at a field's path, if any. */
export function getSourced(profile: AdminProfile, id: string): Sourced<unknown> | undefined {
  let node: unknown = profile;
  for (const part of id.split('.')) node = (node as Record<string, unknown> | undefined)?.[part];
  return node as Sourced<unknown> | undefined;
}

/**
 * A copy of the profile with one field set (or removed when `value` is undefined).
 * Parents are created as needed and dropped when they become empty, so the profile
 * stays valid for the schema (which refuses, e.g., an empty `holder`).
 */
export function setSourced(profile: AdminProfile, id: string, value: Sourced<unknown> | undefined): AdminProfile {
  const copy = structuredClone(profile) as unknown as Record<string, unknown>;
  const parts = id.split('.');
  const parents: Record<string, unknown>[] = [copy];
  let node = copy;
  for (const part of parts.slice(0, -1)) {
    node[part] ??= {};
    node = node[part] as Record<string, unknown>;
    parents.push(node);
  }
  const last = parts[parts.length - 1]!;
  if (value === undefined) delete node[last];
  else node[last] = value;
  // Optional sub-objects (complementary, trustedPerson…) must not linger empty.
  const required = new Set(['identity', 'insurance', 'doctor', 'ald', 'address', 'phones']);
  for (let i = parts.length - 2; i >= 0; i--) {
    const parent = parents[i]!;
    const child = parent[parts[i]!] as Record<string, unknown>;
    if (Object.keys(child).length === 0 && !(i === 0 && required.has(parts[0]!))) delete parent[parts[i]!];
  }
  return copy as unknown as AdminProfile;
}

/** Parse what the user typed (or the page showed) for one field: empty text clears it. */
export function parseFieldText(field: ProfileField, input: string, today: string): ParseResult | { ok: true; value: undefined } {
  if (input.trim() === '') return { ok: true, value: undefined };
  return field.parse(input, today);
}

