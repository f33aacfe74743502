import { describe, expect, test } from 'vitest';
import { detectPatient } from '../../../sites/generic';
import type { Detection } from '../../../clinical/identity/patient-context';
import { parsePage } from './load-page';
import { detect, who } from './detect-body';

// Pages showing one person's name and labelled birth date that are no patient's record
// (sites/generic/other-record.ts): a practitioner's, an employee's or a relative's own page, told
// by its URL, and a dialog creating a person, whose boxes may still hold the last person's values.

const at = (url: string, body: string): Detection =>
  detectPatient(parsePage(`<!doctype html><html lang="en"><head></head><body>${body}</body></html>`, url), 'https://x.example');

// Beda EMR's overview layout: the heading names the person, a card gives the birth date.
const overview = `<main><h1>Daniel Okafor</h1><div class="card"><div class="title">Birth date</div><div class="value">12 May 1978</div></div></main>`;

describe('a record page that is not a patient’s, by its URL', () => {
  test('a patient’s URL or none: read', () => {
    expect(who(at('https://emr.example/patients/4f9c2e71', overview))).toBe('Okafor Daniel 1978-05-12 -');
    expect(who(at('https://emr.example/overview', overview))).toBe('Okafor Daniel 1978-05-12 -');
  });
  test.each([
    'https://emr.example/practitioners/4f9c2e71-0b6d',
    'https://emr.example/app#/RelatedPerson/7a1d3c52',
    'https://emr.example/employee/9b2e4d71',
    'https://emr.example/users/42/settings',
  ])('%s: refused', (url) => {
    // Was WRONG (corpus beda-practitioner-profile-birthdate): the doctor named as the patient.
    expect(at(url, overview).kind).toBe('none');
  });
});

describe('a dialog creating a person', () => {
  // SORMAS's « Create new case » window: names being typed, the last case's date still in its boxes.
  const dialog = (caption: string) =>
    `<div role="dialog" aria-label="${caption}"><div class="header">${caption}</div>` +
    `<label for="f">First name</label><input id="f" value="Aminu"><label for="l">Last name</label><input id="l" value="Bello">` +
    `<label for="d">Date of birth</label><input id="d" value="13/06/1987"></div>`;
  test.each(['Create new case', 'New patient', 'Register person', 'Nouveau patient', 'Créer un patient'])('« %s »: refused', (caption) => {
    // Was WRONG (corpus sormas-create-case-stale-date).
    expect(detect(dialog(caption), 'en').kind).toBe('none');
  });
  test('a dialog editing the patient is read', () => {
    expect(who(detect(dialog('Edit patient'), 'en'))).toBe('Bello Aminu 1987-06-13 -');
  });
});

describe('a form creating a person, in a panel under its caption', () => {
  // BLIS's create form shown again after a failed save: what was typed, the Male radio checked by default.
  const panel = (caption: string) =>
    `<div class="panel"><div class="panel-heading">${caption}</div><div class="panel-body"><form>` +
    `<label for="n">Name</label><input id="n" value="Grace Wanjiku Njoroge"><label for="d">Date of Birth</label><input id="d" value="1991-07-18">` +
    `<label>Gender: </label><div><input type="radio" name="g" checked><span>Male</span></div><div><input type="radio" name="g"><span>Female</span></div></form></div></div>`;
  test('« Create Patient »: refused', () => {
    // Was WRONG (corpus blis-patient-create-old-input): Njoroge Grace Wanjiku, sex M from the default radio.
    expect(detect(panel('Create Patient'), 'en').kind).toBe('none');
  });
  test('« Edit Patient Details »: read', () => {
    expect(who(detect(panel('Edit Patient Details'), 'en'))).toMatch(/^Njoroge Grace Wanjiku 1991-07-18 /);
  });
});

test('a long caption that only mentions adding something for a patient is no creation title', () => {
  const form = `<div class="panel"><div class="panel-heading">Ajouter un document au dossier de ce patient après la consultation</div><form>` +
    `<label for="n">Nom</label><input id="n" value="MARTIN"><label for="p">Prénom</label><input id="p" value="Claire"><label for="d">Date de naissance</label><input id="d" value="12/03/1956"></form></div>`;
  expect(who(detect(form))).toMatch(/^MARTIN Claire 1956-03-12 /);
});
