import { describe, expect, it } from 'vitest';
import { adminSummary, patientDesignation, referralLetter } from '../../../clinical/admin/letters';
import { DOCUMENT_SETS, missingPieces } from '../../../clinical/admin/document-sets';
import { emptyAdminProfile, type AdminProfile } from '../../../clinical/admin/profile-schema';
import { inEnglish, inFrench } from '../../i18n';

const s = <T>(value: T) => ({ value, source: { kind: 'saisie' as const }, capturedAt: '2026-11-23T10:00:00.000Z' });
const P: AdminProfile = {
  ...emptyAdminProfile(),
  identity: { civility: s('Mme'), birthName: s('LE GALL-DUPUIS'), usedName: s('GIRARD'), firstNames: s('Marie-Hélène Anne'), birthDate: s('1974-04-12') },
  nir: s('274042211809068'),
  insurance: { caisse: s("CPAM des Côtes-d'Armor"), complementary: { name: s('MGEN'), memberNumber: s('7781002') } },
  doctor: { declared: s(true), name: s('Dr Claire Fontaine') },
  ald: { active: s(true), conditions: s(['Diabète de type 2']) },
  address: { lines: s(['5 impasse des Mouettes']), postalCode: s('22300'), city: s('Lannion') },
  phones: { home: s('02 96 37 00 11') },
};

describe('letters', () => {
  it('names the patient with used and birth names', () => {
    expect(patientDesignation(P)).toBe('Mme Marie-Hélène GIRARD (née LE GALL-DUPUIS)');
    expect(patientDesignation({ ...emptyAdminProfile(), identity: { civility: s('M'), birthName: s('Petit'), firstNames: s('Lucas') } })).toBe('M. Lucas PETIT');
  });

  it('drafts a referral letter from the profile, with the note only when given', () => {
    const letter = referralLetter({ profile: P, date: '2026-11-23', recipient: 'Dr Martin, cardiologue', reason: 'bilan de douleurs thoraciques' });
    expect(letter).toContain('Le 23/11/2026');
    expect(letter).toContain('À l’attention de Dr Martin, cardiologue');
    expect(letter).toContain('Je vous adresse Mme Marie-Hélène GIRARD (née LE GALL-DUPUIS), née le 12/04/1974, pour bilan de douleurs thoraciques.');
    expect(letter).toContain('Affection(s) de longue durée : Diabète de type 2.');
    expect(letter).toContain('Dr Claire Fontaine');
    expect(letter).toContain('5 impasse des Mouettes, 22300 Lannion');
    expect(letter).not.toContain('Éléments recueillis');
    expect(referralLetter({ profile: P, date: '2026-11-23', recipient: 'X', reason: 'Y', note: 'TA 14/9' })).toContain('Éléments recueillis avant la consultation :\nTA 14/9');
  });

  it('includes the pre-consultation when given: date, points of attention, then its lines', () => {
    const letter = referralLetter({
      profile: P, date: '2026-11-23', recipient: 'X', reason: 'Y',
      intake: { date: '2026-11-23', flags: ['TA ≥ 140/90 : hypertension à confirmer'], lines: ['TA : 152/94 mmHg', 'Allergies : pénicilline'] },
    });
    expect(letter).toContain('Pré-consultation du 23/11/2026 :\nPoints d’attention :\n- TA ≥ 140/90 : hypertension à confirmer\nRecueil :\n- TA : 152/94 mmHg\n- Allergies : pénicilline');
    expect(referralLetter({ profile: P, date: '2026-11-23', recipient: 'X', reason: 'Y', intake: { date: '2026-11-23', flags: [], lines: [] } })).not.toContain('Pré-consultation');
  });

  it('summarises only what the profile holds', () => {
    const text = adminSummary(P);
    expect(text.split('\n')).toEqual([
      'Patient : Mme Marie-Hélène GIRARD (née LE GALL-DUPUIS)',
      'Date de naissance : 12/04/1974',
      'NIR : 274042211809068',
      "Caisse : CPAM des Côtes-d'Armor",
      'Complémentaire : MGEN — n° 7781002',
      'Médecin traitant : Dr Claire Fontaine',
      'ALD : Diabète de type 2',
      'Coordonnées : 5 impasse des Mouettes, 22300 Lannion ; Tél. : 02 96 37 00 11',
    ]);
    // An empty file still gives a draft: what every summary needs is marked « à compléter ».
    expect(adminSummary(emptyAdminProfile()).split('\n')).toEqual(
      ['Patient', 'Date de naissance', 'NIR', 'Caisse', 'Coordonnées'].map((l) => `${l} : «\u00a0à compléter\u00a0»`),
    );
  });

  it('drafts a referral letter from an empty file, with its blanks marked « à compléter »', () => {
    const letter = referralLetter({ profile: emptyAdminProfile(), date: '2026-11-23', recipient: '', reason: '' });
    expect(letter).toContain('À l’attention de «\u00a0à compléter\u00a0»');
    expect(letter).toContain('Je vous adresse le patient «\u00a0à compléter\u00a0», née le «\u00a0à compléter\u00a0», pour «\u00a0à compléter\u00a0».');
    expect(letter).toContain('Coordonnées du patient :\n«\u00a0à compléter\u00a0»');
  });
});

describe('document sets', () => {
  it('list the files the practice prepares, with unique piece ids', () => {
    expect(DOCUMENT_SETS.map((d) => d.id)).toEqual(['referral', 'mdph', 'ehpad', 'ald', 'sickLeave', 'transport']);
    for (const set of DOCUMENT_SETS) expect(new Set(set.pieces.map((p) => p.id)).size).toBe(set.pieces.length);
    const mdph = DOCUMENT_SETS.find((d) => d.id === 'mdph')!.pieces.map((p) => inFrench(p.label)).join(' ');
    expect(mdph).toContain('cerfa 15692');
    expect(mdph).toContain('cerfa 15695');
    expect(DOCUMENT_SETS.find((d) => d.id === 'ehpad')!.pieces.map((p) => inEnglish(p.label)).join(' ')).toContain('cerfa 14732');
  });

  it('say what is still missing', () => {
    expect(missingPieces('transport', ['prescription', 'vitale']).map((p) => p.id)).toEqual(['appointment', 'agreement']);
    expect(missingPieces('unknown', [])).toEqual([]);
  });
});
