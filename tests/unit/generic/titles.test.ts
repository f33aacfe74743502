import { afterAll, beforeEach, describe, expect, test, vi } from 'vitest';
import { detectPatient } from '../../../sites/generic';
import type { Detection } from '../../../clinical/identity/patient-context';
import { withoutSuffix } from '../../../sites/generic/name-suffix';
import { parsePage } from './load-page';
import { detect, who } from './detect-body';

// A record naming its patient only in its title (page-name.ts), what parentheses after a name
// say (name-suffix.ts), GNU Health's « Nom » beside « Noms de famille » (given-nom.ts), and
// « Née le » as the sex. Each reading needs its signals to agree; each test of a refusal changes one.

beforeEach(() => vi.useFakeTimers({ now: new Date('2026-06-15T10:00:00'), toFake: ['Date'] }));
afterAll(() => vi.useRealTimers());

const at = (url: string, body: string, lang = 'en'): Detection =>
  detectPatient(parsePage(`<!doctype html><html lang="${lang}"><head></head><body>${body}</body></html>`, url), 'https://x.example');

// Beda EMR's patient overview: the name in the page heading, the birth date in a card under it.
const card = (dob: string) =>
  `<div class="card"><div class="header"><span>General Information</span><a href="#">Edit</a></div><div class="row">` +
  `<div><div class="title">Birth date</div><div class="value">${dob}</div></div><div><div class="title">Sex</div><div class="value">Female</div></div>` +
  `<div><div class="title">Phone number</div><div class="value">+49 30 901820</div></div>` +
  `<div><div class="title">Notes</div><div class="value">${'Follows the hypertension plan agreed last spring; home readings brought to each visit. '.repeat(5)}</div></div></div></div>`;
const beda = (h1: string, dob = '27 Feb 1979 • 47 y.o.', extra = '') =>
  `<aside><nav><a href="/patients">Patients</a></nav><div class="user">Olivia Bennett</div></aside><main><div class="header"><h1>${h1}</h1>` +
  `<ul role="menu"><li><a href="#">Overview</a></li><li><a href="#">Smart Apps</a></li></ul></div>${extra}${card(dob)}</main>`;
const RECORD = 'https://emr.example/patients/b6f1d8a2-3c47';

describe('the name in a record page’s title', () => {
  test('a heading is the name when one name, an age-confirmed birth date and a record URL agree', () => {
    expect(who(at(RECORD, beda('Hannah Schmidt')))).toBe('Schmidt Hannah 1979-02-27 F');
  });

  test('refused without a record id (a practitioner’s or a list’s page)', () => {
    expect(at('https://emr.example/practitioners/overview', beda('Hannah Schmidt')).kind).toBe('none');
  });

  test('refused when no age confirms the birth date, or the age does not match', () => {
    expect(at(RECORD, beda('Hannah Schmidt', '27 Feb 1979')).kind).toBe('none');
    expect(at(RECORD, beda('Hannah Schmidt', '27 Feb 1979 • 52 y.o.')).kind).toBe('none');
  });

  test('refused when another name shows in the header, or the heading names a place or a doctor', () => {
    expect(at(RECORD, beda('Hannah Schmidt', undefined, '<p>Mark Schmidt</p>')).kind).toBe('none');
    expect(at(RECORD, beda('Canonbury Medical Centre')).kind).toBe('none');
    expect(at(RECORD, beda('Dr Hannah Schmidt')).kind).toBe('none');
  });

  test('a name under a role caption is not the title’s (a relative’s card)', () => {
    expect(at(RECORD, beda('Patient Overview', undefined, '<h2>Next of kin</h2><p class="big"><b>Mark Schmidt</b></p>')).kind).toBe('none');
  });

  test('the heading must stand out: a plain text of the date’s size is not a title', () => {
    expect(at(RECORD, beda('Overview', undefined, '<p>Hannah Schmidt</p>')).kind).toBe('none');
  });

  test('a bold name in a top bar is no title (a practice’s brand, an unmarked user’s name)', () => {
    expect(at(RECORD, beda('Overview', undefined, '<div class="topbar"><b style="font-size:20px">Lakeside Pediatrics</b></div>')).kind).toBe('none');
    expect(at(RECORD, beda('Overview', undefined, '<div class="topbar"><span class="clinic-name" style="font-size:20px">Lakeside Pediatrics</span></div>')).kind).toBe('none');
  });

  test('a banner name with a comma and a civility in parentheses (OpenEyes)', () => {
    const banner = `<div class="patient-name"><h2><span>HUGHES</span>, <span>Margaret (Mrs)</span></h2></div><p>Born <b>12 Mar 1945</b> (81y)</p>`;
    expect(who(at(RECORD, banner))).toBe('HUGHES Margaret 1945-03-12 F');
  });
});

describe('parentheses after a name', () => {
  test.each([
    ['Robert Johnson (Bob)', true, 'Robert Johnson'],
    ['Robert Johnson (Bob)', false, 'Robert Johnson (Bob)'],
    ['Mary Johnson (Mother)', true, 'Mary Johnson (Mother)'],
    ['Dupont (mère)', false, 'Dupont (mère)'],
    ['Claire MARTIN (née DURAND)', false, 'Claire MARTIN (née DURAND)'],
    ['Claire Martin (Durand)', false, 'Claire Martin (Durand)'],
    ['HUGHES, Margaret (Mrs)', true, 'Mrs HUGHES, Margaret'],
    ['Robert Johnson (Guarantor)', true, 'Robert Johnson (Guarantor)'],
    ['Robert Johnson (Dad)', true, 'Robert Johnson (Dad)'],
    ['Emma Johnson (Daughter)', true, 'Emma Johnson (Daughter)'],
    // FHIR RoleCode relatives written into a RelatedPerson's name (Medplum): no nickname either.
    ['Susan Whitaker (Stepmother)', true, 'Susan Whitaker (Stepmother)'],
    ['Liam Hart (Stepdad)', true, 'Liam Hart (Stepdad)'],
    ['Paul Reed (Cousin)', true, 'Paul Reed (Cousin)'],
    ['Ana Ruiz (Niece)', true, 'Ana Ruiz (Niece)'],
    ['Tom Ruiz (Nephew)', true, 'Tom Ruiz (Nephew)'],
    ['Grace Hill (Godmother)', true, 'Grace Hill (Godmother)'],
    ['Mark Cole (Fiancé)', true, 'Mark Cole (Fiancé)'],
  ])('%j (English: %s) → %j', (t, en, out) => expect(withoutSuffix(t, en)).toBe(out));

  const nosh = (h4: string) => `<a href="/nosh/patient"><h4>${h4}</h4><h6><strong>DOB: </strong>July 4th, 1958</h6><h6><strong>Age: </strong>67 Years Old</h6><h6><strong>Sex: </strong>Male</h6></a>`;
  test('an English nickname is left out (NOSH); a role in parentheses keeps the text from being a name', () => {
    expect(who(detect(nosh('Robert Johnson (Bob)'), 'en'))).toBe('Johnson Robert 1958-07-04 M');
    expect(detect(nosh('Robert Johnson (Father)'), 'en').kind).toBe('none');
  });
});

describe('GNU Health’s « Nom » beside « Noms de famille »', () => {
  const row = (nom: string, family: string, prenom = '') =>
    `<table><tr><td><label for="n">Nom :</label></td><td><input id="n" value="${nom}"></td><td><label for="f">Noms de famille :</label></td><td><input id="f" value="${family}"></td></tr></table>` +
    (prenom ? `<p>Prénom : ${prenom}</p>` : '') +
    `<table><tr><td><label for="d">Date de naissance :</label></td><td><input id="d" value="14.09.1990"></td></tr></table>`;
  test('is the given name when written in mixed case beside a family name in capitals', () => {
    expect(who(detect(row('Lucie', 'BERTRAND')))).toBe('BERTRAND Lucie 1990-09-14 -');
  });
  test('not on a party whose « Patient » box is unticked (a health professional’s)', () => {
    const flags = (patient: boolean) => `<p><label for="p">Patient :</label><input type="checkbox" id="p"${patient ? ' checked' : ''}></p>`;
    expect(detect(flags(false) + row('Lucie', 'BERTRAND')).kind).toBe('none');
    expect(who(detect(flags(true) + row('Lucie', 'BERTRAND')))).toBe('BERTRAND Lucie 1990-09-14 -');
  });
  test('an identifier’s label is no name (« Numéro RPPS » in the alternative identifiers)', () => {
    const page = `<p><label for="f">Noms de famille :</label><input id="f" value="MERCIER"></p><div><table><tr><td><label for="d">Date de naissance :</label></td><td><input id="d" value="22.04.1979"></td></tr></table>` +
      `<table><tr><th>Type</th><th>Code</th></tr><tr><td>Numéro RPPS</td><td>10101234567</td></tr></table></div>`;
    expect(detect(page).kind).toBe('none');
  });
  test('keeps its reading when both are in capitals, or a first name is shown', () => {
    expect(detect(row('MARTIN', 'BERTRAND')).kind).toBe('none');
    expect(who(detect(row('Martin', 'BERTRAND', 'Lucie')))).not.toContain('Martin 1990');
  });
});

describe('« Née le » in a banner', () => {
  test('says the sex; « Né le » and « né(e) le » do not', () => {
    expect(who(detect(`<div>DUBOIS Jade | Née le 29/07/2023 (2 ans)</div>`))).toBe('DUBOIS Jade 2023-07-29 F');
    expect(who(detect(`<div>DUBOIS Jade | Né le 29/07/2023 (2 ans)</div>`))).toBe('DUBOIS Jade 2023-07-29 -');
    expect(who(detect(`<div>DUBOIS Jade | Né(e) le 29/07/2023</div>`))).toBe('DUBOIS Jade 2023-07-29 -');
  });
  test('a mother’s « née le » under the child’s banner is the mother’s sex, not the child’s', () => {
    const d = detect(`<div class="bar">DUBOIS Léo | Né le 29/07/2023 (2 ans)</div><div><b>Mère</b> : Mme DUBOIS Claire née le 14/02/1991</div>`);
    expect(d.kind === 'patient' ? d.patient.sex : d.kind).not.toBe('F');
  });
});
