import { afterAll, beforeEach, describe, expect, test, vi } from 'vitest';
import { detect, who } from './detect-body';

// Patterns met on the second held-out batch (tests/fixtures/corpus/HOLDOUT-2026-12-03b.md): an
// English page's name all in capitals, « Family, Given » without a label, identifier captions.

beforeEach(() => vi.useFakeTimers({ now: new Date('2026-06-15T10:00:00'), toFake: ['Date'] }));
afterAll(() => vi.useRealTimers());

const caption = (label: string, value: string) => `<div class="grid-row"><div class="data-title"><h4>${label}</h4></div><div class="grid-col-auto">${value}</div></div>`;

describe('an English page writing the whole name in capitals (CDC eCR Viewer)', () => {
  test('reads it given names first, as the page writes names', () => {
    expect(who(detect(`<h3>About the Patient</h3>${caption('Patient Name', 'MARIA ELENA LOPEZ')}${caption('DOB', '03/14/1990')}${caption('Sex', 'Female')}`, 'en'))).toBe('LOPEZ MARIA ELENA 1990-03-14 F');
  });

  test('a French page keeps the family name first', () => {
    expect(who(detect(`${caption('Nom prénom', 'LOPEZ MARIA ELENA')}${caption('Date de naissance', '14/03/1990')}`))).toBe('LOPEZ MARIA ELENA 1990-03-14 -');
  });
});

describe('an unlabelled « Family, Given Middle » (KenyaEMR)', () => {
  const header = (name: string) =>
    `<div class="ke-patientheader"><div style="float:left"><span class="ke-patient-name">${name}</span><br><span>Female</span>, <span>46 years <small>(12-Mar-1980)</small></span></div>` +
    '<div style="float:left"><div><span class="ke-identifier-type">National ID</span> <span class="ke-identifier-value">21839476</span></div><div><span>Unique Patient Number</span> <span>1460100471</span></div></div></div>';

  test('is the name beside the age and birth date', () => {
    expect(who(detect(header('Chebet, Faith Jeruto'), 'en'))).toBe('Chebet Faith Jeruto 1980-03-12 F');
  });

  test('is the name above a labelled birth date', () => {
    const summary =
      '<fieldset><legend>Patient</legend><div><a href="#">Edit</a></div><div class="person-name">Wekesa, Brian Simiyu</div><div class="demographics">Male, 32 year(s)<br>Born: 04-Aug-1993</div>' +
      '<div><span>Patient Clinic Number:</span> <span>KCGH-20931</span><br><span>OpenMRS ID:</span> <span>MGH2KL-8</span></div>' +
      '<div><span>Telephone contact:</span> <span>0711 902 385</span><br><span>Name of next of kin:</span> <span>Nasimiyu Wekesa</span><br><span>Next of kin relationship:</span> <span>Mother</span></div></fieldset>';
    expect(who(detect(summary, 'en'))).toBe('Wekesa Brian Simiyu 1993-08-04 M');
  });

  test('in mixed case, only in a heading or a box marked as a name: a list of words is no name', () => {
    const banner = (name: string) => `<div class="banner">${name}<br><span>Female</span>, <span>46 years <small>(12-Mar-1980)</small></span></div>`;
    expect(detect(banner('<span class="warning">Allergies, Alerts</span>'), 'en').kind).toBe('none');
    expect(detect(banner('<span>Nguyen, Linh</span>'), 'en').kind).toBe('none');
    expect(who(detect(banner('<h1>Nguyen, Linh</h1>'), 'en'))).toBe('Nguyen Linh 1980-03-12 F');
    expect(who(detect(banner('<span>NGUYEN, Linh</span>'), 'en'))).toBe('NGUYEN Linh 1980-03-12 F');
  });

  test('an identifier caption is never a name, even where no name is shaped', () => {
    expect(detect(header('Chebet'), 'en').kind).toBe('none');
  });
});

describe('a NIR and no other sign of the sex (e4-bizz MAD)', () => {
  const fiche = (nir: string) =>
    `<div><label for="n">Nom</label><input id="n" value="PICARD"></div><div><label for="p">Prénom</label><input id="p" value="Gérard"></div>` +
    `<div><label for="d">Date de naissance</label><input id="d" value="09/11/1941"></div><div><label for="s">N° Sécurité sociale</label><input id="s" value="${nir}"></div>`;

  test('the sex is the NIR’s', () => {
    expect(who(detect(fiche('1 41 11 80 045 127 09')))).toBe('PICARD Gérard 1941-11-09 M');
  });

  test('a NIR of another birth date (the insured parent’s) says nothing of the patient’s sex', () => {
    expect(who(detect(fiche('2 68 04 75 112 233 35')))).toBe('PICARD Gérard 1941-11-09 -');
  });
});

describe('the sex as a checked radio button (BLIS edit form)', () => {
  const form = (checked?: 'Male' | 'Female') =>
    '<form><div><label for="name">Name</label><input id="name" value="Peter Mwangi Kariuki"></div><div><label for="dob">Date of Birth</label><input id="dob" value="1979-02-05"></div>' +
    `<div><label for="gender">Gender: </label><div><input ${checked === 'Male' ? 'checked' : ''} name="gender" type="radio" value="0" id="gender"><span class="input-tag">Male</span></div>` +
    `<div><input ${checked === 'Female' ? 'checked' : ''} name="gender" type="radio" value="1" id="gender"><span class="input-tag">Female</span></div></div></form>`;

  test.each([
    ['Male', 'M'],
    ['Female', 'F'],
  ] as const)('is the words of the checked one: %s', (checked, sex) => {
    expect(who(detect(form(checked), 'en'))).toBe(`Kariuki Peter Mwangi 1979-02-05 ${sex}`);
  });

  test('choices offered, none checked: no sex', () => {
    expect(who(detect(form(), 'en'))).toBe('Kariuki Peter Mwangi 1979-02-05 -');
  });

  test('the first choice unchecked is never the value of the group’s caption', () => {
    expect(who(detect('<div>Nom : <b>MARTIN</b></div><div>Prénom : <b>Paul</b></div><div>Date de naissance : 12/03/1956</div><fieldset><legend>Sexe</legend><label><input type="radio" name="s" value="2"> Féminin</label><label><input type="radio" name="s" value="1" checked> Masculin</label></fieldset>'))).not.toMatch(/ F$/);
  });

  test('a wrapping label gives the words', () => {
    expect(who(detect('<div>Nom : <b>MARTIN</b></div><div>Prénom : <b>Claire</b></div><div>Date de naissance : 12/03/1956</div><fieldset><legend>Sexe</legend><label><input type="radio" name="s" value="2" checked> Féminin</label><label><input type="radio" name="s" value="1"> Masculin</label></fieldset>'))).toBe('MARTIN Claire 1956-03-12 F');
  });
});

describe('a birth date split over three fields named for their parts (SORMAS)', () => {
  const slot = (caption: string, widget: string) => `<div class="v-slot"><div class="v-caption"><span class="v-captiontext">${caption}</span></div>${widget}</div>`;
  const combo = (id: string, v: string) => `<div class="v-filterselect" id="${id}"><input type="text" class="v-filterselect-input" value="${v}"><div class="v-filterselect-button"></div></div>`;
  const person = (d: string, m: string, y: string) =>
    `<div>${slot('First name', '<input type="text" id="firstName" value="Emeka">')}${slot('Last name', '<input type="text" id="lastName" value="Eze">')}</div>` +
    `<div>${slot('Date of birth', `<div>${combo('birthdateDD', d)}${combo('birthdateMM', m)}${combo('birthdateYYYY', y)}</div>`)}${slot('Sex', combo('sex', 'Male'))}</div>`;

  test('day, month and year make the birth date, whatever the page’s day/month order', () => {
    expect(who(detect(person('2', '11', '1959'), 'en'))).toBe('Eze Emeka 1959-11-02 M');
  });

  test('a month written as a word', () => {
    expect(who(detect('<div>Nom : <b>KONÉ</b></div><div>Prénom : <b>Aminata</b></div><div>Date de naissance : <select name="naissance_jour"><option selected>24</option></select> <select name="naissance_mois"><option selected>septembre</option></select> <select name="naissance_annee"><option selected>1991</option></select></div>'))).toBe('KONÉ Aminata 1991-09-24 -');
  });

  test('a part left empty gives no date', () => {
    expect(detect(person('2', '', '1959'), 'en').kind).toBe('none');
  });
});
