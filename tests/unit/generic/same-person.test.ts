import { describe, expect, test } from 'vitest';
import { detectPatient } from '../../../sites/generic';
import { reasons } from '../../../sites/generic/messages';
import type { Detection, PatientContext } from '../../../clinical/identity/patient-context';
import { parsePage } from './load-page';

// The names, first names and sex of an identity come from the same person as its birth date:
// the first container going up from the birth date that holds both a family name and first names.
// A labelled « Nom / Prénom » block elsewhere (trusted person, referring doctor, relative, the user)
// must not lend its names to the patient of the banner; two names as close to the date are refused.
const ORIGIN = 'https://dossier.example.fr';
const detect = (body: string) => detectPatient(parsePage(`<!doctype html><html lang="fr"><body>${body}</body></html>`), ORIGIN);
const patient = (d: Detection): PatientContext => {
  if (d.kind !== 'patient') throw new Error(`expected a patient, got ${JSON.stringify(d)}`);
  return d.patient;
};
const MIXED: Detection = { kind: 'ambiguous', reason: reasons.mixed, candidates: [] };

const BANNER = `<div class="bandeau">Mme DURAND Léa, née le 03/02/2001</div>`;
const LEA = { birthName: 'DURAND', firstNames: 'Léa', birthDate: '2001-02-03', sex: 'F' };

describe('names far from the birth date, banner with the date', () => {
  test.each([
    ['trusted person, definition list', `<section><h2>Personne de confiance</h2><dl><dt>Nom</dt><dd>MARTIN</dd><dt>Prénom</dt><dd>Paul</dd><dt>Lien</dt><dd>Père</dd></dl></section>`],
    ['referring doctor, table', `<section><h3>Médecin traitant</h3><table><tr><th>Nom</th><td>MARTIN</td></tr><tr><th>Prénom</th><td>Paul</td></tr></table></section>`],
    ['emergency contact, inline labels', `<aside><h3>Contact d'urgence</h3><p>Nom : MARTIN | Prénom : Paul | Tél : 06 12 34 56 78</p></aside>`],
    ['form for a relative', `<form><h3>Ajouter un proche</h3><label for="a">Nom</label><input id="a" value="MARTIN"><label for="b">Prénom</label><input id="b" value="Paul"><label for="c">Civilité</label><select id="c"><option selected>Monsieur</option></select></form>`],
    ['last patient seen', `<aside><p>Dernier patient vu</p><p>Patient : M. MARTIN Paul</p></aside>`],
    ['the user', `<nav><span>Nom : MARTIN</span> <span>Prénom : Paul</span></nav>`],
    ['a first name only', `<section><h3>Contact</h3><p>Prénom : Paul</p></section>`],
    ['a family name only', `<section><h3>Contact</h3><p>Nom : MARTIN</p></section>`],
  ])('%s: the banner’s patient, whole, before or after it', (_, block) => {
    // Was "MARTIN Paul 2001-02-03" (or "DURAND Paul", "MARTIN Léa"): a label outranked the banner.
    expect(patient(detect(BANNER + block))).toMatchObject(LEA);
    expect(patient(detect(block + BANNER))).toMatchObject(LEA);
  });

  test('a heading beside the birth date wins over a labelled block farther away', () => {
    const p = patient(detect(`<div class="top"><h1>Mme DURAND Léa</h1><p>Date de naissance : 03/02/2001</p></div><section><h2>Personne de confiance</h2><p>Nom : MARTIN</p><p>Prénom : Paul</p></section>`));
    expect(p).toMatchObject(LEA);
  });

  test('names as far from the date as each other: refused, no candidate, a French reason', () => {
    // The heading's and the labels' names share only <body> with the birth date, and nothing says
    // who the second person is: nothing says whose the date is.
    const d = detect(`<header><h1>Mme DURAND Léa</h1></header><section><p>Date de naissance : 03/02/2001</p></section><section><h2>Autres informations</h2><p>Nom : MARTIN</p><p>Prénom : Paul</p></section>`);
    expect(d).toEqual(MIXED);
    expect(reasons.mixed).toMatch(/date de naissance/);
  });

  test('as far, but the other person under a role caption and the patient in the header: the header’s patient', () => {
    // Was refused (mixed): the trusted person is explained by its caption, the heading names Léa.
    expect(patient(detect(`<header><h1>Mme DURAND Léa</h1></header><section><p>Date de naissance : 03/02/2001</p></section><section><h2>Personne de confiance</h2><p>Nom : MARTIN</p><p>Prénom : Paul</p></section>`))).toMatchObject(LEA);
    expect(patient(detect(`<h1>Mme DURAND Léa</h1><p>Née le : 03/02/2001</p><h2>Personne de confiance</h2><p>Nom : MARTIN</p><p>Prénom : Paul</p>`))).toMatchObject(LEA);
  });

  test('the same on a flat page (every element a child of <body>)', () => {
    expect(detect(`<h1>Mme DURAND Léa</h1><p>Née le : 03/02/2001</p><h2>Autres informations</h2><p>Nom : MARTIN</p><p>Prénom : Paul</p>`)).toEqual(MIXED);
    // The role explains MARTIN Paul, but no title, header or record URL names Léa as the patient.
    expect(detect(`<p>Nom : DURAND</p><p>Prénom : Léa</p><p>DDN : 03/02/2001</p><h2>Personne de confiance</h2><p>Nom : MARTIN</p><p>Prénom : Paul</p>`)).toEqual(MIXED);
  });

  test('a trusted person nested in the identity block, as close to the date: refused', () => {
    const d = detect(`<section><p>Nom : DURAND</p><p>Prénom : Léa</p><p>DDN : 03/02/2001</p><div><h3>Personne de confiance</h3><p>Nom : MARTIN</p><p>Prénom : Paul</p></div></section>`);
    expect(d).toEqual(MIXED);
  });

  test('a far block that repeats the patient’s names still counts as a source', () => {
    const alone = patient(detect(BANNER));
    const repeated = patient(detect(`${BANNER}<section><p>Nom : DURAND</p><p>Prénom : Léa</p></section>`));
    const other = patient(detect(`${BANNER}<section><p>Nom : MARTIN</p><p>Prénom : Paul</p></section>`));
    expect(repeated).toMatchObject(LEA);
    expect(repeated.confidence).toBeGreaterThan(alone.confidence);
    expect(other.confidence).toBe(alone.confidence);
  });

  test('the sex of a far person is not the patient’s', () => {
    // « né(e) le »: the banner does not say the sex (« née le » would: F).
    const p = patient(detect(`<div>DURAND Léa, né(e) le 03/02/2001</div><form><label for="a">Nom</label><input id="a" value="MARTIN"><label for="b">Prénom</label><input id="b" value="Paul"><label for="c">Civilité</label><select id="c"><option selected>Monsieur</option></select></form>`));
    expect(p).toMatchObject({ birthName: 'DURAND', firstNames: 'Léa' });
    expect(p.sex).toBeUndefined();
  });
});

describe('a normal record page still reads', () => {
  const IDENTITY = `<section class="identite"><dl><dt>Nom</dt><dd>DURAND</dd><dt>Prénom</dt><dd>Léa</dd><dt>Date de naissance</dt><dd>03/02/2001</dd><dt>Sexe</dt><dd>F</dd></dl></section>`;
  const TRUSTED = `<section><h2>Personne de confiance</h2><dl><dt>Nom</dt><dd>MARTIN</dd><dt>Prénom</dt><dd>Paul</dd></dl></section>`;

  test('name, first name and birth date in one labels block', () => {
    expect(patient(detect(IDENTITY))).toMatchObject({ ...LEA, confidence: 0.6 });
  });

  test('with another person’s labelled block before or after it: same reading, same confidence', () => {
    expect(patient(detect(IDENTITY + TRUSTED))).toMatchObject({ ...LEA, confidence: 0.6 });
    expect(patient(detect(TRUSTED + IDENTITY))).toMatchObject({ ...LEA, confidence: 0.6 });
  });

  test('name and birth date in one row, first names in the next', () => {
    const p = patient(detect(`<div><div><span>Nom : DURAND</span> <span>Né(e) le : 03/02/2001</span></div><div><span>Prénom : Léa</span></div></div>`));
    expect(p).toMatchObject({ birthName: 'DURAND', firstNames: 'Léa', birthDate: '2001-02-03' });
  });

  test('another person with a birth date of their own: two patients, as before', () => {
    const d = detect(`${BANNER}<section><p>Nom : MARTIN</p><p>Prénom : Paul</p><p>Date de naissance : 01/01/1970</p></section>`);
    expect(d).toMatchObject({ kind: 'ambiguous', reason: reasons.two });
  });
});
