import { afterAll, beforeEach, describe, expect, test, vi } from 'vitest';
import { detect, who } from './detect-body';

// Birth dates a person reads without a label word before them (sites/generic/birth-signs.ts): each
// counts only with another sign beside it, and the refusals those signs could be mistaken in stay.

beforeEach(() => vi.useFakeTimers({ now: new Date('2026-12-03T10:00:00'), toFake: ['Date'] }));
afterAll(() => vi.useRealTimers());

// Ottehr's patient header: name heading, « Female », a cake icon, the date (MUI markup).
const cake = (icon: string, date: string, name = '<h3>Okafor, Chidinma Ada</h3>') =>
  `<div class="paper"><div>${name}<div class="row"><p>Female</p><div class="row">${icon}<p>${date}</p></div></div><p>(312) 555-0187</p></div></div>`;
const MUI = '<svg aria-hidden="true" data-testid="CakeOutlinedIcon"></svg>';

describe('a birthday icon is the label of the date right after it', () => {
  test.each([
    ['MUI CakeOutlined', MUI],
    ['Font Awesome 4', '<i class="fa fa-birthday-cake"></i>'],
    ['Font Awesome 6 (svg)', '<svg class="svg-inline--fa fa-cake-candles" aria-hidden="true"></svg>'],
    ['Material Symbols ligature', '<span class="material-symbols-outlined">cake</span>'],
    ['Tabler (Medplum’s PatientSummary, its age left out)', '<svg class="tabler-icon tabler-icon-cake" viewBox="0 0 24 24"><path d="M3 20h18v-8"/></svg>'],
    ['Vuetify Material Design Icons', '<i class="mdi-cake-variant-outline mdi v-icon notranslate" aria-hidden="true"></i>'],
  ])('%s', (_, icon) => {
    // Was refused: an unlabelled date, no age nor NIR beside it.
    expect(who(detect(cake(icon, '03/21/1992'), 'en'))).toBe('Okafor Chidinma Ada 1992-03-21 F');
  });

  test('no icon, another icon, or the icon before an age: refused', () => {
    expect(detect(cake('', '03/21/1992'), 'en').kind).toBe('none');
    expect(detect(cake('<svg data-testid="CalendarMonthIcon"></svg>', '03/21/1992'), 'en').kind).toBe('none');
    expect(detect(cake('<i class="fas fa-cake-candles"></i>', '34 yrs'), 'en').kind).toBe('none');
    // The word « cake » as text, not an icon's ligature.
    expect(detect(cake('<span class="note">cake</span>', '03/21/1992'), 'en').kind).toBe('none');
  });

  test('a date after the icon that no one is born on (future, or more than 120 years ago): refused', () => {
    expect(detect(cake(MUI, '12/24/2026'), 'en').kind).toBe('none');
    expect(detect(cake(MUI, '03/21/1890'), 'en').kind).toBe('none');
  });

  test('a dashboard’s birthday list (a cake before each date): a list, no patient', () => {
    const row = (n: string, d: string) => `<li><span>${n}</span> ${MUI}<span>${d}</span></li>`;
    const list = `<h2>Upcoming birthdays</h2><ul>${row('Chidinma Okafor', '03/21/1992')}${row('Peter Lang', '03/22/1958')}${row('Maria Lopez', '03/24/1977')}</ul>`;
    expect(detect(list, 'en').kind).toBe('none');
  });
});

describe('« DOB » inside another label’s value is a label too', () => {
  // OSCAR's master record: « Age: 43 (DOB: 1983-06-14) » under « Last Name », « First Name ».
  const oscar = (value: string) =>
    `<ul><li><span>Last Name:</span> <span>TREMBLAY</span></li><li><span>First Name:</span> <span>Élodie</span></li><li><span>Age:</span> <span>${value}</span></li></ul>`;
  test('read', () => {
    // Was refused: no birth date.
    expect(who(detect(oscar('43 (DOB: 1983-06-14)'), 'en'))).toBe('TREMBLAY Élodie 1983-06-14 -');
    expect(who(detect(oscar('43 (né le 14/06/1983)'), 'fr'))).toBe('TREMBLAY Élodie 1983-06-14 -');
  });
  test('another date in parentheses (a visit, a renewal) is no birth date', () => {
    expect(detect(oscar('43 (Next visit: 2026-12-10)'), 'en').kind).toBe('none');
    expect(detect(oscar('43 (2026-12-10)'), 'en').kind).toBe('none');
  });
});

describe('a date shown in one piece with the sex', () => {
  // OpenELIS Global 2's patient band: « OUEDRAOGO Salif  ♂Male 23/08/1969 », then id tags.
  const band = (sexDate: string, more = '') =>
    `<div class="patient-header"><div><span class="patient-name">OUEDRAOGO Salif</span> <span>${sexDate}</span></div><div><span>Patient Id : <b>1007</b></span></div>${more}</div>`;
  test('read when it is the only one, at least a year old', () => {
    // Was refused: no age nor NIR beside the date.
    expect(who(detect(band('♂Male 23/08/1969'), 'en'))).toBe('OUEDRAOGO Salif 1969-08-23 M');
    expect(who(detect(band('F, 12/03/1981'), 'fr')).split(' ').slice(2).join(' ')).toBe('1981-03-12 F');
  });
  test('a recent date with the sex (a collection, a visit) is no birth date', () => {
    expect(detect(band('♂Male 02/12/2026'), 'en').kind).toBe('none');
    expect(detect(band('♂Male 02/06/2026'), 'en').kind).toBe('none');
  });
  test('a date without the sex in its piece, or two such pieces (a list’s rows): refused', () => {
    expect(detect(band('23/08/1969'), 'en').kind).toBe('none');
    const two = band('♂Male 23/08/1969', '<div><span class="patient-name">KABORE Mariam</span> <span>♀Female 30/05/1968</span></div>');
    expect(detect(two, 'en').kind).not.toBe('patient');
  });
  test('another person’s sex shown alone (a worklist’s next rows show an age instead of the date): refused', () => {
    // Was WRONG (corpus openelis-results-worklist): the one dated row named its patient.
    const rows = band('♂Male 23/08/1969', '<div><span class="patient-name">KABORE Awa</span> <span>♀Female 34 Y</span></div>');
    expect(detect(rows, 'en').kind).not.toBe('patient');
  });
});

describe('the sex shown alone one box farther than the name and birth date', () => {
  // Ottehr's visit header: name and « DOB: » on one line, « she/her | Female | 64kg » on the next.
  const header = (second: string) =>
    `<div class="header"><div class="line"><p data-testid="patient-name">Okafor, Chidinma Ada</p><p>DOB: 03/21/1992</p></div><div class="line"><p>she/her</p> | ${second} | <p>64kg</p></div></div>`;
  test('is the patient’s', () => {
    // Was partial: the sex left out.
    expect(who(detect(header('<p>Female</p>'), 'en'))).toBe('Okafor Chidinma Ada 1992-03-21 F');
  });
  test('not when that box also holds a name: it is a person’s block of its own', () => {
    expect(who(detect(header('<p data-testid="patient-name">Okafor, Chidinma Ada</p> <p>Male</p>'), 'en'))).toBe('Okafor Chidinma Ada 1992-03-21 -');
  });
});
