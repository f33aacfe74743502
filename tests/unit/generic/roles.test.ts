import { describe, expect, test } from 'vitest';
import { detectPatient } from '../../../sites/generic';
import { reasons } from '../../../sites/generic/messages';
import type { Detection, PatientContext } from '../../../clinical/identity/patient-context';
import { parsePage } from './load-page';

// Another person's identity beside the patient's (a relative, the trusted person, a guardian): a
// person reads the patient because the other one sits under a caption naming its role and the
// page's title, header or record URL names the patient. Without both, the page stays refused; a
// birth date shown only under a role is never the patient's.
const detect = (body: string, url = 'https://dossier.example.fr/', title = 'Dossier') =>
  detectPatient(parsePage(`<!doctype html><html lang="fr"><head><title>${title}</title></head><body>${body}</body></html>`, url), new URL(url).origin);
const patient = (d: Detection): PatientContext => {
  if (d.kind !== 'patient') throw new Error(`expected a patient, got ${JSON.stringify(d)}`);
  return d.patient;
};
const MONIQUE = { birthName: 'BARBIER', usedName: 'HUBERT', firstNames: 'Monique', birthDate: '1947-01-05' };

// One table, as OX / Mediboard's full record shows it: the patient's rows, then group rows.
const table = (group: string, header = '<tr><th class="title" colspan="2">Mme HUBERT (BARBIER) Monique [IPP 0088213]</th></tr>') => `<table>${header}
  <tr><td><strong>Nom de naissance</strong> BARBIER</td></tr><tr><td><strong>Prénom</strong> Monique</td></tr>
  <tr><td><strong>Nom utilisé</strong> HUBERT</td></tr><tr><td><strong>Date de naissance</strong> 05/01/1947</td></tr>
  <tr><th class="category">${group}</th></tr>
  <tr><td><strong>Nom</strong> GIRARDOT</td></tr><tr><td><strong>Prénom</strong> Sophie</td></tr></table>`;

describe('persons a role caption explains', () => {
  test('a trusted person in the patient’s own table, under its group row: the header’s patient', () => {
    // Was refused (mixed): both « Nom / Prénom » sit as close to the birth date.
    expect(patient(detect(table('Personne de confiance')))).toMatchObject(MONIQUE);
    expect(patient(detect(table('Next of kin')))).toMatchObject(MONIQUE);
  });

  test('the same table whose group row names no role: refused', () => {
    expect(detect(table('Informations complémentaires'))).toEqual({ kind: 'ambiguous', reason: reasons.mixed, candidates: [] });
  });

  test('the role explained, but nothing names the patient (no title, header nor record URL): refused', () => {
    expect(detect(table('Personne de confiance', '')).kind).not.toBe('patient');
    // The same page at one patient's record URL, or titled with the patient's name, is read.
    expect(patient(detect(table('Personne de confiance', ''), 'https://dossier.example.fr/patients/88213'))).toMatchObject(MONIQUE);
    expect(patient(detect(table('Personne de confiance', ''), undefined, 'HUBERT Monique - Dossier'))).toMatchObject(MONIQUE);
  });

  test('a child’s banner and a legal representative with her own birth date: the child', () => {
    // Was refused (two patients): the mother's birth date is her own.
    const d = detect(`<div class="PatientBar"><span>DUBOIS Jade</span> <span>Née le 29/07/2023</span></div>
      <div class="Bloc"><div class="Titre">Représentants légaux</div><div class="Contenu"><b>Mère</b> : Mme DUBOIS Claire née le 14/02/1991</div></div>`);
    expect(patient(d)).toMatchObject({ birthName: 'DUBOIS', firstNames: 'Jade', birthDate: '2023-07-29' });
  });

  test('a block whose whole text is a role heads the next one, whatever its markup', () => {
    const d = detect(`<p>Registration Form</p><p class="grpheader">Who</p><div class="section"><table><tr><td><b>Name:</b></td><td>QUINLAN Margaret</td><td><b>DOB:</b></td><td>17/08/1951</td></tr></table></div>
      <p class="grpheader">Guardian</p><div class="section"><table><tr><td><b>Name:</b></td><td>QUINLAN Thomas</td><td><b>DOB:</b></td><td>02/03/1975</td></tr></table></div>`, 'https://dossier.example.fr/demographics_print.php?patientid=2207');
    expect(patient(d)).toMatchObject({ birthName: 'QUINLAN', firstNames: 'Margaret', birthDate: '1951-08-17' });
  });

  test('a relative’s own form (its birth date only under a role caption): no patient', () => {
    // Read GIRARDOT Sophie as the patient before.
    const d = detect(`<table><tr><th class="title" colspan="2">Modification du correspondant</th></tr>
      <tr><th>Nom</th><td>GIRARDOT</td></tr><tr><th>Prénom</th><td>Sophie</td></tr><tr><th>Naissance</th><td>12/06/1972</td></tr></table>`);
    expect(d).toEqual({ kind: 'none', reason: reasons.noName });
  });

  test('the header names the person a role explains elsewhere: refused', () => {
    // The page's title is the relative's name and the relative's birth date is under her role: nothing says who the patient is.
    const d = detect(`<h1>GIRARDOT Sophie</h1><table><tr><td><strong>Nom</strong> GIRARDOT</td></tr><tr><td><strong>Prénom</strong> Sophie</td></tr><tr><td><strong>Date de naissance</strong> 12/06/1972</td></tr>
      <tr><th class="category">Patient</th></tr><tr><td><strong>Nom</strong> HUBERT</td></tr><tr><td><strong>Prénom</strong> Monique</td></tr>
      <tr><th class="category">Personne de confiance</th></tr><tr><td><strong>Nom</strong> GIRARDOT</td></tr><tr><td><strong>Prénom</strong> Sophie</td></tr><tr><td><strong>Date de naissance</strong> 12/06/1972</td></tr></table>`);
    expect(d.kind).not.toBe('patient');
  });
});
