import { Window } from 'happy-dom';
import { afterAll, beforeEach, describe, expect, test, vi } from 'vitest';
import { detectPatient } from '../../../sites/generic';
import { genericAdapter } from '../../../sites/generic-adapter';
import { reasons } from '../../../sites/generic/messages';
import { detect, who } from './detect-body';
import { parsePage } from './load-page';

// Patterns met on the fifth held-out batch (tests/fixtures/corpus/HOLDOUT-2026-12-03e.md): French
// and commercial web record software rebuilt from their documentation.

beforeEach(() => vi.useFakeTimers({ now: new Date('2026-12-03T10:00:00'), toFake: ['Date'] }));
afterAll(() => vi.useRealTimers());

describe('a table with a « Patient » column lists patients, even with one row (Médimust waiting room)', () => {
  const table = (head: string, row: string) => `<div role="dialog"><h2>Salle d'attente</h2><table><thead><tr>${head}</tr></thead><tbody><tr>${row}</tr></tbody></table></div>`;

  test('the one patient waiting is not the page’s patient', () => {
    const d = detect(table('<th>Arrivée</th><th>Patient</th><th>Né(e) le</th><th>Âge</th><th>RDV</th>', '<td>08:52</td><td>M. FONTAINE Gérard</td><td>30/01/1955</td><td>71 ans</td><td>09:00</td>'));
    expect(d.kind).toBe('none');
  });

  test('one row under name and birth-date columns is still one record', () => {
    expect(who(detect(table('<th>Nom</th><th>Prénom</th><th>Date de naissance</th>', '<td>FONTAINE</td><td>Gérard</td><td>30/01/1955</td>')))).toBe('FONTAINE Gérard 1955-01-30 -');
  });
});

describe('legal names and sex as US registration forms label them (athenaOne, Elation)', () => {
  const row = (label: string, value: string, id: string) => `<div class="row"><label for="${id}">${label}</label><input id="${id}" value="${value}"></div>`;
  const form =
    '<div class="banner"><span class="nm">Daniela Reyes</span> <span>48 yrs F</span> <span>05/17/1978</span></div>' +
    `<form><h3>Identification</h3>${row('Legal last name', 'Reyes', 'ln')}${row('Legal first name', 'Daniela', 'fn')}${row('First name used', 'Dani', 'fu')}` +
    `${row('Middle name, suffix', 'Sofia', 'mn')}${row('Legal sex', 'Female', 'ls')}${row('DOB', '05/17/1978', 'dob')}` +
    `<h3>Emergency contact</h3>${row('Name', 'Luis Reyes', 'en')}${row('Relationship to patient', 'Spouse', 'er')}</form>`;

  test('are the patient’s, not the emergency contact’s name further down', () => {
    expect(who(detect(form, 'en'))).toBe('Reyes Daniela Sofia 1978-05-17 F');
  });
});

describe('a legal name beside the name the patient goes by (Elation)', () => {
  const field = (label: string, value: string, id: string) => `<div><label for="${id}">${label}</label><input id="${id}" value="${value}"></div>`;
  const window = (first: string, last: string) =>
    `<div role="dialog"><h2>Patient Demographics</h2><div class="grid">${field(first, 'Thomas', 'fn')}${field('Middle name', 'Chukwuemeka', 'mn')}${field(last, 'Okafor', 'ln')}` +
    `${field('Full name', 'Tom Okafor', 'full')}${field('Date of birth *', '11/26/1955', 'dob')}${field('Sex at birth *', 'Male', 'sab')}</div></div>`;

  test('the legal first name is the identity', () => {
    expect(who(detect(window('Legal first name *', 'Legal last name *'), 'en-US'))).toBe('Okafor Thomas Chukwuemeka 1955-11-26 M');
  });

  test('without the word « legal » the two first names stay a conflict', () => {
    expect(detect(window('First name', 'Last name'), 'en-US').kind).not.toBe('patient');
  });
});

describe('an English banner: « 48yo F », a quoted nickname (athenaOne)', () => {
  const banner = (name: string, age: string) => `<div class="banner"><span class="nm">${name}</span> <span>${age} F</span> <span>05/17/1978</span> <span>#10234</span></div><div>PCP: Karen Lowe, MD</div>`;

  test('« 48yo » and « 71 y/o » are ages that confirm the date beside them', () => {
    expect(who(detect(banner('Daniela Reyes', '48yo'), 'en'))).toBe('Reyes Daniela 1978-05-17 F');
    expect(who(detect('<div class="chart"><b>Tom Okafor</b> <span>71 y/o M</span> <span>11/26/1955</span></div>', 'en'))).toBe('Okafor Tom 1955-11-26 M');
  });

  test('the quoted given name inside the name is the nickname, left out', () => {
    expect(who(detect(banner('Daniela "Dani" Reyes', '48 yrs'), 'en'))).toBe('Reyes Daniela 1978-05-17 F');
  });
});

describe('an English page without a region writes all its numeric dates in one order (DrChrono)', () => {
  const header = (added: string) =>
    `<div class="hdr"><div class="pi"><div class="name">Jordan Lee Whitfield</div><div>Female</div><div>09/03/1978 (48 yrs)</div></div>` +
    `<div class="kd"><span><b>Date Added:</b> ${added}</span><span><b>Provider:</b> Dr. Steven Patel</span></div></div>`;

  test('a date whose day cannot be a month settles the birth date’s order', () => {
    expect(who(detect(header('06/25/2021'), 'en'))).toBe('Whitfield Jordan Lee 1978-09-03 F');
    expect(who(detect(header('25/06/2021'), 'en'))).toBe('Whitfield Jordan Lee 1978-03-09 F');
  });

  test('Préconsult’s own launcher, still naming the patient before, is no part of the page', () => {
    const doc = parsePage(`<!doctype html><html lang="en"><body>${header('06/25/2021')}</body></html>`);
    const host = doc.createElement('preconsult-overlay');
    host.attachShadow({ mode: 'open' }).append(Object.assign(doc.createElement('div'), { textContent: 'Collins Margaret Anne · 22/04/1961 · Féminin' }));
    doc.body.append(host);
    expect(who(detectPatient(doc, 'https://x.example'))).toBe('Whitfield Jordan Lee 1978-09-03 F');
  });

  test('dates written both ways settle nothing', () => {
    expect(detect(header('06/25/2021 — 25/06/2021'), 'en').kind).not.toBe('patient');
  });
});

describe('a newborn’s band above the mother’s block (DxCare maternity)', () => {
  test('the band beside « Né le » names the record’s patient; the mother is under her role', () => {
    const page =
      '<div class="band"><span class="id">MARTIN Léo</span> <span>Né le 02/12/2026 à 14:32</span> <span>Sexe : M</span> <span>IPP : 000512877</span></div>' +
      '<fieldset><legend>Mère</legend><div class="f"><span>Nom de naissance</span><span>MARTIN</span><span>Prénom</span><span>Julie</span><span>Date de naissance</span><span>14/07/1990</span></div></fieldset>';
    expect(who(detect(page))).toBe('MARTIN Léo 2026-12-02 M');
  });
});

describe('a single-page app changes its URL before it shows the next patient (DrChrono)', () => {
  test('the person still on screen does not take the new record id: no one is named until the next patient shows', () => {
    const win = new Window({ url: 'https://ehr.example/chart?patient=1' });
    const doc = win.document as unknown as Document;
    const show = (name: string, dob: string) => {
      doc.body.innerHTML = `<div class="hdr"><div class="name">${name}</div><div>Female</div><div>${dob} (65 yrs)</div></div>`;
    };
    doc.documentElement.lang = 'en-US';
    // The adapter remembers the last reading (the reader alone does not).
    const adapter = genericAdapter(reasons);
    const id = () => {
      const d = adapter.detect(doc, new URL(doc.URL));
      return d.kind === 'patient' ? `${d.patient.firstNames} ${d.patient.recordId ?? '-'}` : d.kind;
    };
    show('Margaret Collins', '04/22/1961');
    expect(id()).toBe('Margaret 1');
    win.history.pushState(null, '', '/chart?patient=2'); // the header follows some 30 ms later
    expect(id()).toBe('none');
    expect(id()).toBe('none');
    show('Jordan Whitfield', '09/03/1961');
    expect(id()).toBe('Jordan 2');
    win.history.pushState(null, '', '/chart?patient=1');
    expect(id()).toBe('none');
    show('Margaret Collins', '04/22/1961');
    expect(id()).toBe('Margaret 1');
  });
});
