import { describe, expect, it } from 'vitest';
import { computeIntake, hasValue, type IntakeInput } from '../../../clinical/intake';
import { adultInput, fullValues, PED } from './fixtures';
import { frenchSummary, inFrench } from '../../i18n';

// The summary's texts are descriptors: read here in French, as the record's block writes them.
const intake = (input: IntakeInput) => {
  const c = computeIntake(input);
  return { ...c, summary: frenchSummary(c.summary) };
};

describe('intake summary', () => {
  it('puts flags first, most serious first: abnormal vitals, prevention due, allergy change', () => {
    const { summary, missing } = intake(adultInput());
    expect(missing).toEqual([]);
    expect(summary.flags).toEqual([
      { level: 'attention', text: 'TA élevée (≥ 140/90 mmHg), à confirmer en dehors du cabinet' },
      { level: 'attention', text: 'En retard : Mon bilan prévention' },
      { level: 'attention', text: 'À faire : Dépistage du cancer colorectal (test immunologique)' },
      { level: 'attention', text: 'Changement — Allergies : Pénicilline (urticaire)' },
      { level: 'info', text: 'IMC de 25 à 29,9 : surpoids' },
      { level: 'info', text: 'Tour de taille élevé (> 94 cm)' },
    ]);
  });

  it('writes the measures with the mean of repeated TA, the IMC and glycaemia in both units', () => {
    const { summary } = intake(adultInput());
    expect(summary.vitals).toEqual([
      { label: 'Tension artérielle', value: '149/94 mmHg (moyenne de 2 mesures : 152/96, 146/92, bras droit)' },
      { label: 'Fréquence cardiaque', value: '72/min' },
      { label: 'Poids', value: '82 kg' },
      { label: 'IMC', value: '26,5 kg/m²' },
      { label: 'Taille', value: '176 cm' },
      { label: 'Tour de taille', value: '99 cm' },
      { label: 'Température', value: '36,8 °C' },
      { label: 'SpO2', value: '97 %' },
      { label: 'Glycémie capillaire', value: '1,1 g/L (6,1 mmol/L), à jeun' },
      { label: 'Douleur (EVA)', value: '2/10' },
    ]);
  });

  it('lists the checklist with reviews dated, changes since the last intake, and the acts noted', () => {
    const { summary } = intake(adultInput());
    expect(summary.checklist).toEqual([
      { label: 'Motif de consultation', value: 'Renouvellement / traitement HTA' },
      { label: 'Allergies', value: 'vérifié, modifié le 23/11/2026 — Pénicilline (urticaire) (avant : rien de noté)' },
      { label: 'Traitements en cours', value: 'vérifié, inchangé le 23/11/2026 — Amlodipine 5 mg/j' },
      { label: 'Antécédents', value: 'vérifié, inchangé le 23/11/2026 — HTA' },
      { label: 'Vaccinations et dépistages', value: '2 à faire ; actes notés : Vaccin diphtérie, tétanos, poliomyélite (± coqueluche) le 10/03/2024' },
      { label: 'Tabac', value: 'non' },
      { label: 'Carte Vitale lue, droits vérifiés', value: 'fait' },
    ]);
  });

  it('reports missing required items and leaves out an implausible value, flagged for checking', () => {
    const values = fullValues();
    delete values.motif;
    values.poids = { text: '820' };
    const c = intake(adultInput({ values, finished: false }));
    expect(c.missing.map((m) => m.id)).toEqual(['motif']);
    expect(c.vitals.errors.poids?.map(inFrench)).toEqual(['Poids de 820 kg hors des valeurs possibles (0,3 à 400 kg) : vérifiez la saisie.']);
    expect(c.summary.flags[0]).toEqual({ level: 'alerte', text: 'Valeur à vérifier : Poids de 820 kg hors des valeurs possibles (0,3 à 400 kg) : vérifiez la saisie.' });
    expect(c.summary.flags).toContainEqual({ level: 'attention', text: 'Manquant : Motif de consultation' });
    expect(c.summary.vitals.some((v) => v.label === 'Poids' || v.label === 'IMC')).toBe(false);
  });

  it('refuses text that is not a number and a systolic not above the diastolic', () => {
    const values = fullValues();
    values.fc = { text: '7O' };
    values.ta = { readings: [{ sys: '80', dia: '90' }] };
    const c = intake(adultInput({ values }));
    expect(c.vitals.errors.fc?.map(inFrench)).toEqual(["Fréquence cardiaque : « 7O » n’est pas un nombre, vérifiez la saisie."]);
    expect(c.vitals.errors.ta?.map(inFrench)).toEqual(['La systolique (80) doit être supérieure à la diastolique (90).']);
  });

  it('converts a glycaemia typed in mmol/L', () => {
    const values = fullValues();
    values.glycemie = { text: '12', unit: 'mmol/L' };
    const c = intake(adultInput({ values }));
    expect(c.vitals.assessment.glycemia).toEqual({ gPerL: 2.16, mmolPerL: 12 });
    expect(c.summary.flags).toContainEqual({ level: 'attention', text: 'Glycémie élevée (≥ 2 g/L)' });
    expect(c.summary.vitals).toContainEqual({ label: 'Glycémie capillaire', value: '2,16 g/L (12 mmol/L)' });
  });

  it('records a child’s values without adult flags', () => {
    const c = intake({
      date: '2026-11-23', template: PED, finished: true, prevention: { history: [], conditions: [] },
      patient: { birthDate: '2016-05-02', sex: 'F' },
      values: { motif: { text: 'Fièvre' }, poids: { text: '30' }, taille: { text: '120' }, temperature: { text: '39,2' }, eva: { text: '8' } },
    });
    expect(c.vitals.assessment.adultThresholdsApplied).toBe(false);
    expect(c.summary.flags.filter((f) => /Fièvre|IMC|Douleur/.test(String(f.text)))).toEqual([]);
    expect(c.summary.flags).toContainEqual({ level: 'info', text: 'Moins de 18 ans : valeurs enregistrées sans les seuils adultes' });
    expect(c.summary.vitals).toContainEqual({ label: 'IMC', value: '20,8 kg/m²' });
    expect(c.summary.vitals).toContainEqual({ label: 'Température', value: '39,2 °C' });
  });

  it('asks for the sex before computing prevention when the record does not show it', () => {
    const c = intake(adultInput({ patient: { birthDate: '1976-01-25' } }));
    expect(c.prevention).toEqual([]);
    expect(inFrench(c.preventionError!)).toBe('Sexe non indiqué : précisez-le pour calculer les vaccinations et dépistages.');
    const withSex = intake(adultInput({ patient: { birthDate: '1976-01-25' }, prevention: { history: [], conditions: [], sex: 'M' } }));
    expect(withSex.prevention.map((p) => p.id)).toEqual(['bilan-prevention', 'vaccin-dtp', 'depistage-cancer-colorectal']);
  });

  it('lets a ticked condition change the recommendations (diabetes: flu, covid and pneumococcal vaccines)', () => {
    const c = intake(adultInput({ prevention: { history: [], conditions: ['diabete'] } }));
    const ids = c.prevention.map((p) => p.id);
    expect(ids).toContain('vaccin-pneumocoque');
    expect(ids).toContain('vaccin-grippe');
    for (const p of c.prevention) {
      expect(inFrench(p.reason).length).toBeGreaterThan(10);
      expect(p.source.length).toBeGreaterThan(5);
    }
  });

  it('counts an item as answered only when it holds a value', () => {
    expect(hasValue('measure', { readings: [{ sys: '120', dia: '' }] })).toBe(false);
    expect(hasValue('measure', { readings: [{ sys: '120', dia: '80' }] })).toBe(true);
    expect(hasValue('review', { text: 'x' })).toBe(false);
    expect(hasValue('review', { review: 'inchange' })).toBe(true);
    expect(hasValue('action', {})).toBe(false);
    expect(hasValue('question', { yes: false })).toBe(true);
  });
});
