import { describe, expect, it } from 'vitest';
import { PROFILE_FIELDS, getSourced, parseFieldText, profileField, setSourced } from '../../../clinical/admin/profile-fields';
import { createAdminProfileSchema, emptyAdminProfile } from '../../../clinical/admin/profile-schema';
import { PROFILE_FIELD_KEYS } from '../../../clinical/admin/field-keys';
import { inFrench } from '../../i18n';

const TODAY = '2026-11-23';
const typed = <T>(value: T) => ({ value, source: { kind: 'saisie' as const }, capturedAt: '2026-11-23T10:00:00.000Z' });
const parse = (id: string, text: string) => parseFieldText(profileField(id)!, text, TODAY);

describe('profile fields', () => {
  it('cover distinct paths, each with known form keys', () => {
    expect(new Set(PROFILE_FIELDS.map((f) => f.id)).size).toBe(PROFILE_FIELDS.length);
    for (const f of PROFILE_FIELDS) for (const k of f.keys) expect(PROFILE_FIELD_KEYS).toContain(k);
  });

  it.each([
    ['identity.birthDate', '12/04/1974', '1974-04-12'],
    ['identity.civility', 'Madame', 'Mme'],
    ['identity.civility', 'M.', 'M'],
    ['identity.sex', 'Féminin', 'F'],
    ['nir', '2 74 04 22 118 090 68', '274042211809068'],
    ['phones.mobile', '+33 6 12 34 56 78', '06 12 34 56 78'],
    ['address.postalCode', '75 011', '75011'],
    ['email', ' Jean@Exemple.FR ', 'Jean@exemple.fr'],
    ['ald.active', 'non', false],
    ['insurance.c2s', 'true', true],
    ['ald.conditions', 'Diabète de type 2, HTA', ['Diabète de type 2', 'HTA']],
    ['insurance.vitaleRole', 'ayant droit', 'ayant-droit'],
    ['identity.birthName', '  LE   GALL ', 'LE GALL'],
  ])('%s reads « %s » as %j', (id, text, value) => {
    expect(parse(id, text)).toEqual({ ok: true, value });
  });

  it.each([
    ['identity.birthDate', '31/02/1980', "n’existe pas"],
    ['identity.birthDate', '01/01/2027', 'futur'],
    ['nir', '2 74 04 22 118 090 69', 'clé'],
    ['phones.home', '12 34', 'Numéro de téléphone invalide'],
    ['address.postalCode', '2B200', 'Corse'],
    ['email', 'jean@', 'e-mail invalide'],
    ['identity.civility', 'Docteur', 'non reconnue'],
  ])('%s refuses « %s » (French rendering)', (id, text, message) => {
    const r = parse(id, text);
    expect(r.ok).toBe(false);
    expect(r.ok ? '' : inFrench(r.message)).toContain(message);
  });

  it('clears a field when its text is emptied', () => {
    expect(parse('email', '  ')).toEqual({ ok: true, value: undefined });
  });

  it('sets and removes values by path, dropping optional parents left empty', () => {
    let p = setSourced(emptyAdminProfile(), 'insurance.complementary.name', typed('MGEN'));
    p = setSourced(p, 'trustedPerson.phone', typed('06 12 34 56 78'));
    expect(getSourced(p, 'insurance.complementary.name')?.value).toBe('MGEN');
    expect(createAdminProfileSchema({ today: TODAY }).safeParse(p).success).toBe(true);
    p = setSourced(p, 'insurance.complementary.name', undefined);
    p = setSourced(p, 'trustedPerson.phone', undefined);
    expect(p.insurance).toEqual({});
    expect(p.trustedPerson).toBeUndefined();
    expect(p).toEqual(emptyAdminProfile());
  });

  it('reads values back as the text the user would type', () => {
    expect(profileField('identity.birthDate')!.format('1974-04-12')).toBe('12/04/1974');
    expect(profileField('ald.conditions')!.format(['A', 'B'])).toBe('A, B');
    expect(profileField('doctor.declared')!.format(false)).toBe('false');
  });
});
