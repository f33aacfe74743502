import { describe, expect, it } from 'vitest';
import { createAdminProfileSchema, emptyAdminProfile, type AdminProfile } from '../../../clinical/admin/profile-schema';
import { profileToFillValues } from '../../../clinical/admin/profile-values';
import { fromPage, typed } from '../../../clinical/admin/sourced';
import { issueText } from '../../../clinical/message';
import { inFrench } from '../../i18n';

const now = new Date('2025-03-15T09:30:00.000Z');
const schema = createAdminProfileSchema({ today: '2025-03-15' });

function fullProfile(): AdminProfile {
  return {
    version: 1,
    identity: {
      civility: typed('Mme', now),
      birthName: fromPage('DURAND', 'Nom de naissance', now, 'https://logiciel.example.fr'),
      usedName: typed('MARTIN', now),
      firstNames: fromPage('Marie Claire', 'Prénom(s)', now),
      birthDate: typed('12/05/1956', now),
      birthPlace: typed('Lyon', now),
      sex: typed('F', now),
    },
    nir: typed('2 56 05 69 123 456 15', now),
    insurance: {
      regime: typed('Régime général', now),
      caisse: typed('CPAM du Rhône', now),
      vitaleRole: typed('assure', now),
      complementary: { name: typed('Mutuelle Exemple', now), memberNumber: typed('A-12345', now) },
      c2s: typed(false, now),
    },
    doctor: { declared: typed(true, now), name: typed('Dr Bernard', now) },
    ald: { active: typed(true, now), conditions: typed(['Diabète de type 2', 'HTA sévère'], now) },
    address: { lines: typed(['12 rue des Lilas', 'Bâtiment B'], now), postalCode: typed('69 003', now), city: typed('Lyon', now) },
    phones: { mobile: typed('+33 6 12 34 56 78', now), home: typed('04.78.00.00.00', now) },
    email: typed('Marie.Martin@Exemple.FR', now),
    trustedPerson: { lastName: typed('Martin', now), firstName: typed('Paul', now), relation: typed('époux', now), phone: typed('0611223344', now) },
    emergencyContact: { lastName: typed('Durand', now), firstName: typed('Léa', now), phone: typed('06 99 88 77 66', now) },
    employer: typed('Hôpital Nord', now),
  };
}

// 2 56 05 69 123 456: key = 97 − (2560569123456 mod 97).
const nirKey = 97 - Number(2560569123456n % 97n);

describe('admin profile schema', () => {
  it('accepts a full profile and stores normalised values', () => {
    const profile = fullProfile();
    profile.nir = typed(`2560569123456${String(nirKey).padStart(2, '0')}`, now);
    const parsed = schema.parse(profile);
    expect(parsed.identity.birthDate?.value).toBe('1956-05-12');
    expect(parsed.phones.mobile?.value).toBe('06 12 34 56 78');
    expect(parsed.phones.home?.value).toBe('04 78 00 00 00');
    expect(parsed.address.postalCode?.value).toBe('69003');
    expect(parsed.email?.value).toBe('Marie.Martin@exemple.fr');
    expect(parsed.identity.birthName?.source).toEqual({ kind: 'page', label: 'Nom de naissance', origin: 'https://logiciel.example.fr' });
    expect(parsed.identity.usedName?.source).toEqual({ kind: 'saisie' });
    expect(parsed.identity.usedName?.capturedAt).toBe('2025-03-15T09:30:00.000Z');
  });

  it('accepts an empty profile', () => {
    expect(schema.safeParse(emptyAdminProfile()).success).toBe(true);
  });

  it('refuses invalid values with their messages (French rendering) at the right path', () => {
    const profile = fullProfile();
    profile.identity.birthDate = typed('2030-01-01', now);
    profile.address.postalCode = typed('2A000', now);
    profile.phones.mobile = typed('12345', now);
    profile.email = typed('pas-un-mail', now);
    const result = schema.safeParse(profile);
    expect(result.success).toBe(false);
    const issues = result.error!.issues.map((i) => [i.path.join('.'), inFrench(issueText(i))]);
    expect(issues).toEqual(
      expect.arrayContaining([
        ['identity.birthDate.value', 'La date ne peut pas être dans le futur.'],
        ['address.postalCode.value', expect.stringContaining('Corse')],
        ['phones.mobile.value', expect.stringContaining('Numéro de téléphone invalide')],
        ['email.value', expect.stringContaining('e-mail')],
        ['nir.value', expect.stringContaining('clé')],
      ]),
    );
  });

  it('uses an injected NIR validator', () => {
    const lenient = createAdminProfileSchema({ today: '2025-03-15', validateNir: () => true });
    expect(lenient.safeParse(fullProfile()).success).toBe(true);
    const strict = createAdminProfileSchema({ today: '2025-03-15', validateNir: () => false });
    const profile = fullProfile();
    profile.nir = typed(`2560569123456${String(nirKey).padStart(2, '0')}`, now);
    expect(strict.safeParse(profile).success).toBe(false);
  });

  it('checks coherence: C2S with AME, ALD list without ALD, card holder for an assuré', () => {
    const profile = fullProfile();
    profile.nir = undefined;
    profile.insurance.c2s = typed(true, now);
    profile.insurance.ame = typed(true, now);
    profile.ald.active = typed(false, now);
    profile.insurance.holder = { birthName: typed('DURAND', now) };
    const messages = schema.safeParse(profile).error!.issues.map((i) => inFrench(issueText(i)));
    expect(messages).toEqual(
      expect.arrayContaining([
        "La C2S et l’AME ne peuvent pas être cumulées.",
        expect.stringContaining('sans ALD'),
        expect.stringContaining('ayant droit'),
      ]),
    );
  });

  it('refuses a source without label and a bad capturedAt', () => {
    const profile = fullProfile();
    profile.nir = undefined;
    profile.employer = { value: 'X', source: { kind: 'page', label: '' }, capturedAt: 'hier' };
    const paths = schema.safeParse(profile).error!.issues.map((i) => i.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['employer.source.label', 'employer.capturedAt']));
  });
});

describe('profileToFillValues', () => {
  it('derives the values forms ask for', () => {
    const profile = fullProfile();
    profile.nir = typed(`2560569123456${String(nirKey).padStart(2, '0')}`, now);
    const values = profileToFillValues(schema.parse(profile));
    expect(values).toMatchObject({
      civility: 'Mme',
      birthName: 'DURAND',
      usedName: 'MARTIN',
      firstNames: 'Marie Claire',
      firstName: 'Marie',
      fullName: 'MARTIN Marie',
      birthDate: '1956-05-12',
      'birthDate.day': '12',
      'birthDate.month': '05',
      'birthDate.year': '1956',
      insuredBirthName: 'DURAND',
      insuredNir: values.nir,
      c2s: 'false',
      doctorDeclared: 'true',
      ald: 'true',
      aldList: 'Diabète de type 2, HTA sévère',
      address: '12 rue des Lilas\nBâtiment B',
      addressLine1: '12 rue des Lilas',
      addressLine2: 'Bâtiment B',
      postalCode: '69003',
      phone: '06 12 34 56 78',
      phoneHome: '04 78 00 00 00',
      trustedPersonName: 'MARTIN Paul',
      trustedPersonPhone: '06 11 22 33 44',
      emergencyContactFirstName: 'Léa',
      employer: 'Hôpital Nord',
    });
    expect(values.ame).toBeUndefined();
  });

  it('takes the insured identity from the card holder for an ayant droit', () => {
    const profile = emptyAdminProfile();
    profile.identity.birthName = typed('PETIT', now);
    profile.insurance.vitaleRole = typed('ayant-droit', now);
    profile.insurance.holder = { birthName: typed('GRAND', now), firstNames: typed('Jean Pierre', now) };
    const values = profileToFillValues(profile);
    expect(values.insuredBirthName).toBe('GRAND');
    expect(values.insuredFirstName).toBe('Jean');
    expect(values.birthName).toBe('PETIT');
  });
});
