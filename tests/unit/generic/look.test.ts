import { afterAll, beforeEach, describe, expect, test, vi } from 'vitest';
import { detectPatient } from '../../../sites/generic';
import { reasons } from '../../../sites/generic/messages';
import { parsePage } from './load-page';
import { detect, who } from './detect-body';

// Reading without labels: a date counts as the birth date only when an age or a NIR beside it
// agrees; the name is the name-shaped text nearest it, the most prominent when several.

beforeEach(() => vi.useFakeTimers({ now: new Date('2026-06-15T10:00:00'), toFake: ['Date'] }));
afterAll(() => vi.useRealTimers());

describe('a date without a label', () => {
  test.each([
    ['45 ans', '2 mars 1981'],
    ['(45 a)', '02/03/1981'],
    ['045Y', '1981-03-02'],
    ['45 yrs', '02.03.1981'],
  ])('is the birth date when the age beside it agrees: %s', (age, date) => {
    expect(who(detect(`<h2>Julien ROUSSEL</h2><div><span>${age}</span><span>${date}</span></div>`))).toBe('ROUSSEL Julien 1981-03-02 -');
  });

  test('an age one year off still agrees (a page computing it at the last visit)', () => {
    expect(who(detect(`<h2>Julien ROUSSEL</h2><p>2 mars 1981 - 44 ans</p>`))).toBe('ROUSSEL Julien 1981-03-02 -');
  });

  test('an age that does not match, or none, leaves the date aside', () => {
    expect(detect(`<h2>Julien ROUSSEL</h2><p>2 mars 1981 - 52 ans</p>`).kind).toBe('none');
    expect(detect(`<h2>Julien ROUSSEL</h2><p>2 mars 1981</p>`).kind).toBe('none');
  });

  test('an age far from the date (another block of a long page) does not confirm it', () => {
    const filler = '<p>' + 'Compte rendu de consultation, examen clinique sans particularité. '.repeat(8) + '</p>';
    expect(detect(`<section><h2>Julien ROUSSEL</h2><p>2 mars 1981</p>${filler}</section><section>${filler}<p>45 ans</p></section>`).kind).toBe('none');
  });

  test('"depuis 45 ans", "il y a 45 ans" are not ages of a person', () => {
    expect(detect(`<h2>Julien ROUSSEL</h2><p><span>2 mars 1981</span> <span>suivi depuis 45 ans</span></p>`).kind).toBe('none');
  });

  test('a NIR beside the date, with its year and month, confirms it', () => {
    expect(who(detect(`<h2>Julien ROUSSEL</h2><p><span>Homme</span> · <span>02/03/1981</span> · <span>NIR 1 81 03 75 056 012 72</span></p>`))).toBe(
      'ROUSSEL Julien 1981-03-02 M',
    );
  });

  test('a labelled birth date wins: unlabelled dates with ages are not read then', () => {
    expect(who(detect(`<p>Nom : DUPONT</p><p>Prénom : Marie</p><p>Date de naissance : 12/03/1956</p><p>Fils : 04/05/2014 (12 ans)</p>`))).toBe('DUPONT Marie 1956-03-12 -');
  });
});

describe('a name without a label', () => {
  const banner = (tag: string) =>
    `<div><div><span class="name">Mary Jane Watson</span> <span>Female</span> <span class="tag">${tag}</span></div><div><span>81 yrs</span> · <span>12-Mar-1945</span></div></div>`;

  test('given names first on an English page, beside the date', () => {
    expect(who(detect(banner('Inpatient'), 'en'))).toBe('Watson Mary Jane 1945-03-12 F');
  });

  test('two name-shaped texts equally prominent: no name', () => {
    expect(detect(banner('Active Visit'), 'en')).toEqual({ kind: 'none', reason: reasons.noName });
  });

  test('the clearly larger one is the name', () => {
    expect(who(detect(banner('Active Visit'), 'en', '<style>.name{font-size:20px;font-weight:600}.tag{font-size:12px}</style>'))).toBe(
      'Watson Mary Jane 1945-03-12 F',
    );
  });

  test('mixed-case names on a French page are not guessed (family name order unknown)', () => {
    expect(detect(`<div><span>Julien Roussel</span><span>45 ans</span><span>2 mars 1981</span></div>`).kind).toBe('none');
  });

  test('a doctor, a value after a label, the user in the header are not the patient', () => {
    expect(detect(`<div><span>Dr Paul BERNARD</span><span>45 ans</span><span>2 mars 1981</span></div>`).kind).toBe('none');
    expect(detect(`<div><span>Médecin traitant :</span><span>Paul BERNARD</span><span>45 ans</span><span>2 mars 1981</span></div>`).kind).toBe('none');
    expect(detect(`<div><span class="user">Sophie MARTIN</span><span>45 ans</span><span>2 mars 1981</span></div>`).kind).toBe('none');
  });

  test('a card title beside the labelled birth date is no name (Beda EMR « General Information »)', () => {
    const card = (title: string) =>
      `<h1>Hannah Schmidt</h1><p>${'Active conditions and medications of the patient. '.repeat(10)}</p><div><div><span>${title}</span><a href="#">Edit</a></div><div><div>Birth date</div><div>27 Feb 1979 • 47 y.o.</div></div><div><div>Sex</div><div>Female</div></div></div>`;
    expect(detect(card('General Information'), 'en')).toEqual({ kind: 'none', reason: reasons.noName });
    expect(detect(card('Informations générales'), 'fr')).toEqual({ kind: 'none', reason: reasons.noName });
  });

  test('a row label of a table whose column holds known labels, and a section heading, are no names (OpenEyes demographics)', () => {
    const popup = (label: string, heading: string) =>
      `<div><span>HUGHES</span>, <span>Margaret (Mrs)</span> ${'<span>Allergies, Alerts, quicklook</span> '.repeat(12)}</div><table><tbody><tr><td>Born</td><td><b>12 Mar 1945</b> (81y)</td></tr><tr><td>${label}</td><td>White - British</td></tr></tbody></table><table><tbody><tr><td><h2>${heading}</h2></td></tr><tr><td>GP</td><td>Dr Anil Mehta</td></tr></tbody></table>`;
    expect(detect(popup('Ethnic Group', 'Notes'), 'en')).toEqual({ kind: 'none', reason: reasons.noName });
    expect(detect(popup('Ethnicity', 'PAS Contacts'), 'en')).toEqual({ kind: 'none', reason: reasons.noName });
  });
});

describe('languages', () => {
  test('a page without lang that labels the name in English writes it given name first', () => {
    expect(who(detect(`<div>Name</div><div>Alice Walker</div><div>DOB</div><div>1970-02-03</div>`, ''))).toBe('Walker Alice 1970-02-03 -');
  });

  test('a frame without lang is read in its parent page\'s language', () => {
    const top = parsePage(`<!doctype html><html lang="en"><body><iframe></iframe></body></html>`);
    const inner = parsePage(`<!doctype html><html><body><div><span>Mary Jane Watson</span></div><div><span>81 yrs</span> · <span>12-Mar-1945</span></div></body></html>`);
    Object.defineProperty(top.querySelector('iframe')!, 'contentDocument', { get: () => inner });
    expect(who(detectPatient(top, 'https://x.example'))).toBe('Watson Mary Jane 1945-03-12 -');
  });
});

describe('a professional\'s own identity', () => {
  test('the name shown as the signed-in user\'s: refused with its reason', () => {
    const body = `<header><span class="user">Dr LAURENT Marie</span></header><table><tr><td>Nom</td><td>LAURENT</td></tr><tr><td>Prénom</td><td>Marie</td></tr><tr><td>Date de naissance</td><td>09/05/1979</td></tr></table>`;
    expect(detect(body)).toEqual({ kind: 'none', reason: reasons.user });
  });

  test('a name written with a doctor\'s title is never a patient\'s', () => {
    expect(detect(`<dl><dt>Name</dt><dd>Dr. Alice Smith</dd><dt>Birth Date</dt><dd>1981-07-09</dd></dl>`, 'en').kind).toBe('none');
  });

  test('a patient whose name differs from the user\'s is read', () => {
    const body = `<header><span class="user">Dr LAURENT Marie</span></header><table><tr><td>Nom</td><td>DUPONT</td></tr><tr><td>Prénom</td><td>Marie</td></tr><tr><td>Date de naissance</td><td>09/05/1979</td></tr></table>`;
    expect(who(detect(body))).toBe('DUPONT Marie 1979-05-09 -');
  });
});

describe('layouts a person reads without thinking', () => {
  test('captions under their values, the age « 81 year(s) » and the date « (12.Mar.1945) »', () => {
    const body = `<h1><span><span>Margaret</span><em>Given</em></span> <span><span>Ann</span><em>Middle</em></span> <span><span>Whitfield</span><em>Family Name</em></span>
      <span><span>Female</span> <span>81 year(s) (12.Mar.1945)</span></span></h1>`;
    expect(who(detect(body, ''))).toBe('Whitfield Margaret Ann 1945-03-12 F');
  });

  test('a field drawn before its label reads as its value', () => {
    const body = `<div><input name="nom_jeune_fille" value="LAMBERT"><label for="nom_jeune_fille">Nom de naissance</label></div>
      <div><input name="prenom" value="Léa"><label for="prenom">Prénom</label></div>
      <div><input name="naissance" value="11/09/2015"><label for="naissance">Date de naissance</label></div>`;
    expect(who(detect(body))).toBe('LAMBERT Léa 2015-09-11 -');
  });

  test('a date field that says how it is written is read so on an English page', () => {
    const body = `<label for="g">First Name</label><input id="g" value="Deborah"><label for="f">Family Name</label><input id="f" value="Ashcroft">
      <label for="d">Date of Birth</label><input id="d" placeholder="dd/mm/yyyy" value="04/07/1962">`;
    expect(who(detect(body, 'en'))).toBe('Ashcroft Deborah 1962-07-04 -');
  });

  test('a name label followed by title, first, middle and last name cells', () => {
    const body = `<table><tr><td>Name:</td><td>Mrs.</td><td>Dorothy</td><td>Ann</td><td>Hayes</td></tr><tr><td>DOB:</td><td>1944-10-02</td><td>Sex:</td><td>Female</td></tr></table>`;
    expect(who(detect(body, 'en'))).toBe('Hayes Dorothy Ann 1944-10-02 F');
  });
});
