// The administrative fields a form can ask for, as one flat list of keys.
// Flat because a form field maps to exactly one of them; the nested profile
// (profile-schema.ts) is turned into values for these keys by profile-values.ts.
export const PROFILE_FIELD_KEYS = [
  // Identity
  'civility',
  'sex',
  'birthName',
  'usedName',
  'firstName',
  'firstNames',
  'fullName',
  'birthDate',
  'birthDate.day',
  'birthDate.month',
  'birthDate.year',
  'birthPlace',
  'birthCountry',
  'nir',
  // Insurance
  'regime',
  'caisse',
  'vitaleRole',
  'insuredBirthName',
  'insuredFirstName',
  'insuredNir',
  'complementaryName',
  'complementaryMemberNumber',
  'c2s',
  'ame',
  // Care
  'doctorDeclared',
  'doctorName',
  'ald',
  'aldList',
  // Contact
  'address',
  'addressLine1',
  'addressLine2',
  'postalCode',
  'city',
  'country',
  'phone',
  'phoneMobile',
  'phoneHome',
  'phoneWork',
  'email',
  // Other people
  'trustedPersonName',
  'trustedPersonLastName',
  'trustedPersonFirstName',
  'trustedPersonPhone',
  'trustedPersonRelation',
  'emergencyContactName',
  'emergencyContactLastName',
  'emergencyContactFirstName',
  'emergencyContactPhone',
  'emergencyContactRelation',
  'employer',
] as const;

export type ProfileFieldKey = (typeof PROFILE_FIELD_KEYS)[number];

/** Keys whose value is yes/no: filled into checkboxes, yes/no radios and selects. */
export const BOOLEAN_FIELD_KEYS: ReadonlySet<ProfileFieldKey> = new Set<ProfileFieldKey>([
  'c2s',
  'ame',
  'doctorDeclared',
  'ald',
]);

/** Values handed to the filler: one string per key (booleans as 'true' / 'false', dates ISO). */
export type FillValues = Partial<Record<ProfileFieldKey, string>>;

export function isProfileFieldKey(value: string): value is ProfileFieldKey {
  return (PROFILE_FIELD_KEYS as readonly string[]).includes(value);
}
