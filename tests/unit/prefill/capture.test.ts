import { describe, expect, it } from 'vitest';
import { captureCandidates, classifyLabel, mergeCandidates } from '../../../components/prefill/capture';
import { createAdminProfileSchema } from '../../../clinical/admin/profile-schema';
import { emptyAdminProfile } from '../../../clinical/admin/profile-schema';
import { setSourced } from '../../../clinical/admin/profile-fields';
import { P0006_PAIRS } from './p0006-pairs';
import { inFrench } from '../../i18n';


const TODAY = '2026-11-23';

describe('capture from a record page', () => {
  it('names labels with the form classifier', () => {
    expect(classifyLabel('Nom utilisé').key).toBe('usedName');
    expect(classifyLabel('N° de sécurité sociale').key).toBe('nir');
  });

  it('turns the demo record into one valid candidate per field, normalised', () => {
    const byField = Object.fromEntries(captureCandidates(P0006_PAIRS, TODAY).map((c) => [c.fieldId, c]));
    expect(byField['identity.birthName']?.value).toBe('LE GALL-DUPUIS');
    expect(byField['identity.usedName']?.value).toBe('GIRARD');
    expect(byField['identity.firstNames']?.value).toBe('Marie-Hélène Anne');
    expect(byField['identity.birthDate']?.value).toBe('1974-04-12');
    expect(byField['identity.sex']?.value).toBe('F');
    expect(byField['identity.civility']?.value).toBe('Mme');
    // « Statut INS » is not a NIR: the valid NIR wins.
    expect(byField.nir).toMatchObject({ value: '274042211809068' });
    expect(byField.nir?.error).toBeUndefined();
    expect(byField['insurance.complementary.name']?.value).toBe('MGEN');
    expect(byField['insurance.complementary.memberNumber']?.value).toBe('7781002');
    expect(byField['doctor.declared']?.value).toBe(true);
    expect(byField['doctor.name']?.value).toBe('Dr Claire Fontaine');
    expect(byField['ald.active']?.value).toBe(true);
    expect(byField['ald.conditions']?.value).toEqual(['Diabète de type 2']);
    expect(byField['address.lines']?.value).toEqual(['5 impasse des Mouettes']);
    expect(byField['phones.home']?.value).toBe('02 96 37 00 11');
    expect(byField['phones.mobile']).toBeUndefined();
    expect(Object.values(byField).every((c) => c.error === undefined)).toBe(true);
  });

  it('builds a profile the schema accepts', () => {
    let profile = emptyAdminProfile();
    for (const c of captureCandidates(P0006_PAIRS, TODAY)) {
      profile = setSourced(profile, c.fieldId, { value: c.value, source: { kind: 'page', label: c.label }, capturedAt: '2026-11-23T10:00:00.000Z' });
    }
    const parsed = createAdminProfileSchema({ today: TODAY }).safeParse(profile);
    expect(parsed.error?.issues ?? []).toEqual([]);
  });

  it('keeps an invalid page value with its message (French rendering), and skips empty ones', () => {
    const c = captureCandidates([{ label: 'Code postal', value: '2A000' }, { label: 'Complémentaire', value: 'Aucune' }], TODAY);
    expect(c).toHaveLength(1);
    expect(c[0]).toMatchObject({ fieldId: 'address.postalCode', value: undefined });
    expect(inFrench(c[0]!.error!)).toMatch(/Corse/);
  });

  it('takes no used name when the page repeats the birth name under « Nom utilisé »', () => {
    const c = captureCandidates([{ label: 'Nom de naissance', value: 'DUPONT' }, { label: 'Nom utilisé', value: 'DUPONT' }], TODAY);
    expect(c.map((x) => x.fieldId)).toEqual(['identity.birthName']);
  });

  it('merges two readings: the union, the later valid value winning, an invalid later value hiding nothing', () => {
    const banner = captureCandidates([{ label: 'Nom de naissance', value: 'DUPONT' }, { label: 'Code postal', value: '01000' }], TODAY);
    const admin = captureCandidates([{ label: 'Ville', value: 'Bourg-en-Bresse' }, { label: 'Code postal', value: '2A000' }], TODAY);
    const merged = mergeCandidates(banner, admin);
    expect(merged.map((c) => [c.fieldId, c.value])).toEqual([
      ['identity.birthName', 'DUPONT'], ['address.postalCode', '01000'], ['address.city', 'Bourg-en-Bresse'],
    ]);
  });
});
