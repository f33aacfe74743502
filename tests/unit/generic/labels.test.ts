import { describe, expect, test } from 'vitest';
import { hintField, labelField, labelKey } from '../../../sites/generic/fields';
import { LABELS } from '../../../sites/generic/labels';
import { LABEL_RULES } from '../../../sites/forms/field-labels';
import { normalizeText } from '../../../sites/forms/text-normalize';
import * as words from '../../../sites/identity-words';
import { recordIdFromUrl } from '../../../sites/generic/record-id';

describe('labels', () => {
  test('no label names two fields', () => {
    const seen = new Map<string, string>();
    for (const [field, list] of Object.entries(LABELS))
      for (const l of list) {
        const k = labelKey(l);
        expect(seen.get(k) ?? field, `"${l}"`).toBe(field);
        seen.set(k, field);
      }
  });

  test.each([
    ['NOM :', 'name'],
    ['Nom de naissance', 'birthName'],
    ["Nom d'usage", 'usedName'],
    ['Nom utilisé', 'usedName'],
    ['PRENOM(S) :', 'firstNames'],
    ['Prénoms', 'firstNames'],
    ['NE(E) LE :', 'birthDate'],
    ['Né(e) le', 'birthDate'],
    ['Date de naissance *', 'birthDate'],
    ['D.O.B.', 'birthDate'],
    ['Date of birth:', 'birthDate'],
    ['Sexe', 'sex'],
    ['N° S.S. :', 'nir'],
    ['N° de sécurité sociale', 'nir'],
    ['NIR', 'nir'],
    ['Matricule INS', 'ins'],
    ['INS', 'ins'],
    ["Statut de l'identité", 'insStatus'],
    ['Patient(e)', 'fullName'],
    ['IPP', 'recordId'],
  ])('label %j → %s', (label, field) => expect(labelField(label)).toBe(field));

  test.each(['Lieu de naissance', 'Nom du médecin', 'Téléphone', 'Date', 'Adresse'])('not a label: %j', (l) => expect(labelField(l)).toBeUndefined());

  test.each([
    ['patient-birthdate', 'birthDate'],
    ['patientBirthDate', 'birthDate'],
    ['patient_date_naissance', 'birthDate'],
    ['patient-ins-matricule', 'ins'],
    ['patient-lastname', 'birthName'],
    ['patientFirstName', 'firstNames'],
    ['patient-name', 'fullName'],
    ['nom', 'name'],
    ['sexe', 'sex'],
  ])('hint %j → %s', (attr, field) => expect(hintField(attr)).toBe(field));

  test.each(['practitioner-name', 'doctor-birthdate', 'search-nom', 'user-name', 'patient-banner', 'css-1x2y3z', 'insurance'])('not a patient hint: %j', (a) =>
    expect(hintField(a)).toBeUndefined(),
  );
});

describe('recordIdFromUrl', () => {
  test.each([
    ['https://x.example/patients/123', '123'],
    ['https://x.example/patient/123/synthese', '123'],
    ['https://x.example/app#/patients/48213/dossier', '48213'],
    ['https://x.example/fiche.cgi?ipp=004512', '004512'],
    ['https://x.example/fiche?patientId=A-2291', 'A-2291'],
    ['https://x.example/#/dossier?idPatient=77', '77'],
    ['https://x.example/dossiers/7f3a2c91-0d4e', '7f3a2c91-0d4e'],
  ])('%s → %s', (url, id) => expect(recordIdFromUrl(url)).toBe(id));
  test.each(['https://x.example/patients', 'https://x.example/patients/new', 'https://x.example/agenda?date=2025-10-14', 'not a url'])('none in %s', (url) =>
    expect(recordIdFromUrl(url)).toBeUndefined(),
  );
});

describe('one vocabulary of identity words', () => {
  // The generic reader and the form classifier read the same identity labels (sites/identity-words.ts).
  const formPhrases = new Set(LABEL_RULES.flatMap((r) => r.phrases.map(normalizeText)));
  const pagePhrases = new Set(Object.values(LABELS).flat().map(labelKey));
  test.each(Object.entries(words))('%s: every word is known to both readers', (_, w) => {
    for (const phrase of [...w.fr, ...w.en]) {
      expect(formPhrases.has(normalizeText(phrase)), `form classifier: ${phrase}`).toBe(true);
      expect(pagePhrases.has(labelKey(phrase)), `generic reader: ${phrase}`).toBe(true);
    }
  });
});
