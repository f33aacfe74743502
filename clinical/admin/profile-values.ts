import type { FillValues, ProfileFieldKey } from './field-keys';
import type { AdminProfile } from './profile-schema';
import type { Sourced } from './sourced';
import { nameKey as fold } from '../identity/text';

/**
 * Turn a stored profile into one value per form key, deriving the keys forms ask for
 * but the profile does not hold as such (full name, first given name, date parts,
 * the insured person's identity when the patient holds the card).
 */
export function profileToFillValues(profile: AdminProfile): FillValues {
  const out: FillValues = {};
  const set = (key: ProfileFieldKey, value: string | undefined) => {
    if (value !== undefined && value !== '') out[key] = value;
  };
  const v = <T>(s: Sourced<T> | undefined): T | undefined => s?.value;
  const bool = (s: Sourced<boolean> | undefined) => (s === undefined ? undefined : String(s.value));

  const { identity, insurance, doctor, ald, address, phones } = profile;
  const lastName = v(identity.usedName) ?? v(identity.birthName);
  const firstNames = v(identity.firstNames);
  const firstName = firstNames?.split(/\s+/)[0];

  set('civility', v(identity.civility));
  set('sex', v(identity.sex));
  set('birthName', v(identity.birthName));
  // A used name equal to the birth name is no used name: « Nom d'usage » stays blank.
  const usedName = v(identity.usedName);
  if (usedName && fold(usedName) !== fold(v(identity.birthName) ?? '')) set('usedName', usedName);
  set('firstNames', firstNames);
  set('firstName', firstName);
  // « NOM Prénom », the usual order in French administrative lists.
  if (lastName && firstName) set('fullName', `${lastName.toUpperCase()} ${firstName}`);
  const birthDate = v(identity.birthDate);
  set('birthDate', birthDate);
  if (birthDate) {
    const [y, m, d] = birthDate.split('-');
    set('birthDate.year', y);
    set('birthDate.month', m);
    set('birthDate.day', d);
  }
  set('birthPlace', v(identity.birthPlace));
  set('birthCountry', v(identity.birthCountry));
  set('nir', v(profile.nir));

  set('regime', v(insurance.regime));
  set('caisse', v(insurance.caisse));
  set('vitaleRole', v(insurance.vitaleRole));
  // The insured person is the patient unless the patient is on someone else's card.
  const selfInsured = v(insurance.vitaleRole) !== 'ayant-droit';
  set('insuredBirthName', selfInsured ? v(identity.birthName) : v(insurance.holder?.birthName));
  set('insuredFirstName', selfInsured ? firstName : v(insurance.holder?.firstNames)?.split(/\s+/)[0]);
  set('insuredNir', selfInsured ? v(profile.nir) : v(insurance.holder?.nir));
  set('complementaryName', v(insurance.complementary?.name));
  set('complementaryMemberNumber', v(insurance.complementary?.memberNumber));
  set('c2s', bool(insurance.c2s));
  set('ame', bool(insurance.ame));

  set('doctorDeclared', bool(doctor.declared));
  set('doctorName', v(doctor.name));
  set('ald', bool(ald.active));
  set('aldList', v(ald.conditions)?.join(', '));

  const lines = v(address.lines);
  set('address', lines?.join('\n'));
  set('addressLine1', lines?.[0]);
  set('addressLine2', lines?.slice(1).join(', '));
  set('postalCode', v(address.postalCode));
  set('city', v(address.city));
  set('country', v(address.country));

  set('phoneMobile', v(phones.mobile));
  set('phoneHome', v(phones.home));
  set('phoneWork', v(phones.work));
  set('phone', v(phones.mobile) ?? v(phones.home) ?? v(phones.work));
  set('email', v(profile.email));

  for (const [prefix, person] of [
    ['trustedPerson', profile.trustedPerson],
    ['emergencyContact', profile.emergencyContact],
  ] as const) {
    if (!person) continue;
    const last = v(person.lastName);
    const first = v(person.firstName);
    set(`${prefix}LastName`, last);
    set(`${prefix}FirstName`, first);
    set(`${prefix}Name`, [last?.toUpperCase(), first].filter(Boolean).join(' '));
    set(`${prefix}Phone`, v(person.phone));
    set(`${prefix}Relation`, v(person.relation));
  }
  set('employer', v(profile.employer));
  return out;
}
