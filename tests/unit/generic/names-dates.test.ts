import { afterAll, beforeEach, describe, expect, test, vi } from 'vitest';
import { shortDate } from '../../../sites/generic/fields';
import { mixedOrder } from '../../../sites/generic/first-names';
import { detect, who } from './detect-body';

// How names, dates and sex are written and where they sit: mixed-case names on French pages, two-digit
// years, a FHIR Patient resource shown as JSON, a banner clickable as a whole, the page's language.

beforeEach(() => vi.useFakeTimers({ now: new Date('2026-06-15T10:00:00'), toFake: ['Date'] }));
afterAll(() => vi.useRealTimers());

describe('a mixed-case name on a French page', () => {
  test.each([
    ['Jeanne Marie Lefèvre', 'given-first'],
    ['Lefèvre Jeanne Marie', 'family-first'],
    ['Mme Françoise Giraud', 'given-first'],
    ['Anne-Sophie Roux', 'given-first'],
  ])('%s: one end is a first name, the other is not → %s', (name, order) => {
    expect(mixedOrder(name)).toBe(order);
  });

  test.each(['Pierre Martin', 'Camille Claire', 'Sophie Claire', 'Loïc Dupuis', 'Lefèvre'])('%s: both ends or neither are known first names → unread', (name) => {
    expect(mixedOrder(name)).toBeUndefined();
  });

  test('is read beside its age and birth date, given names first', () => {
    expect(who(detect('<div><span style="font-size:20px">Jeanne Marie Lefèvre</span><div><span>Femme</span> · <span>78 ans</span> · <span>03 — juil. — 1948</span></div></div>'))).toBe(
      'Lefèvre Jeanne Marie 1948-07-03 F',
    );
  });

  test('an unknown order names nobody, even with a matching age', () => {
    expect(detect('<div><span>Pierre Martin</span><div><span>Homme</span> · <span>78 ans</span> · <span>03 — juil. — 1948</span></div></div>').kind).toBe('none');
  });
});

describe('a two-digit year', () => {
  test.each([
    ['12 Mar 45', 'dmy', '..45-03-12'],
    ['12/03/45', 'dmy', '..45-03-12'],
    ['03/12/45', 'mdy', '..45-03-12'],
    ['12 Mar 1945', 'dmy', null],
    ['12 Mar 45 10:30', 'dmy', null],
  ] as const)('%s (%s) → %s', (text, order, want) => {
    expect(shortDate(text, order)).toBe(want);
  });

  test('takes the one century the age beside it fits', () => {
    const page = (dob: string, age: string) => `<h2>Sunita SHARMA</h2><table><tr><td>F, ${age} years</td></tr><tr><td>Date of Birth</td><td>${dob}</td></tr></table>`;
    expect(who(detect(page('12 Mar 45', '81'), 'en'))).toBe('SHARMA Sunita 1945-03-12 F');
    expect(who(detect(page('09 Jan 24', '2'), 'en'))).toBe('SHARMA Sunita 2024-01-09 F');
  });

  test('without an age, or with one that fits neither century, is no birth date', () => {
    expect(detect('<h2>Sunita SHARMA</h2><table><tr><td>Date of Birth</td><td>12 Mar 45</td></tr></table>', 'en').kind).toBe('none');
    expect(detect('<h2>Sunita SHARMA</h2><table><tr><td>F, 50 years</td></tr><tr><td>Date of Birth</td><td>12 Mar 45</td></tr></table>', 'en').kind).toBe('none');
  });

  test('a NIR does not settle the century (its year has two digits too)', () => {
    expect(detect('<h2>Claire DURAND</h2><p>12/03/45</p><p>NIR 2 45 03 75 112 031 05</p>').kind).toBe('none');
  });
});

describe('a FHIR Patient resource shown as JSON', () => {
  const json = (o: object) => `<pre>${JSON.stringify(o, null, 2).replace(/</g, '&lt;')}</pre>`;
  const patient = {
    resourceType: 'Patient',
    name: [{ use: 'official', family: 'Eze', given: ['Amara', 'Nkechi'] }],
    gender: 'female',
    birthDate: '1987-05-23',
    contact: [{ name: { family: 'Eze', given: ['Chidi'] }, gender: 'male' }],
  };

  test('gives its own name, birth date and gender, not its contact’s', () => {
    expect(who(detect(json(patient), 'en'))).toBe('Eze Amara Nkechi 1987-05-23 F');
  });

  test('a Bundle, another resource or text that is not JSON names nobody', () => {
    expect(detect(json({ resourceType: 'Bundle', entry: [{ resource: patient }] }), 'en').kind).toBe('none');
    expect(detect(json({ ...patient, resourceType: 'RelatedPerson' }), 'en').kind).toBe('none');
    expect(detect('<pre>"resourceType": "Patient", "birthDate": "1987-05-23"</pre>', 'en').kind).toBe('none');
  });

  test('hidden, it counts for nothing', () => {
    expect(detect(`<div style="display:none">${json(patient)}</div>`, 'en').kind).toBe('none');
  });
});

describe('where names and sex sit', () => {
  test('a banner clickable as a whole (role=button) is no button label; an acronym inside a word is no name', () => {
    const banner = (inner: string) =>
      `<div role="button" tabindex="0"><span>Jeanne Marie Lefèvre</span><div><span>Femme</span> · <span>78 ans</span> · <span>03 — juil. — 1948</span></div><span><span>OpenMRS ID</span> 100HK3</span>${inner}</div>`;
    expect(who(detect(banner('')))).toBe('Lefèvre Jeanne Marie 1948-07-03 F');
  });

  test('a real button saying a sex is still a choice, not the sex shown', () => {
    expect(who(detect('<h2>Julien ROUSSEL</h2><div><span>45 ans</span><span>2 mars 1981</span><button>Femme</button></div>'))).toBe('ROUSSEL Julien 1981-03-02 -');
  });

  test('a page without lang whose labels are English reads a name given name first, even before the label says so', () => {
    expect(who(detect('<div><span>Patient:</span> <b>Bernard Ashworth (1011)</b> DOB: 1947-04-23 Age: 79</div>', ''))).toBe('Ashworth Bernard 1947-04-23 -');
  });

  test('a control after a line break in its cell is the label’s value (OpenClinic GA’s search row holding the active patient)', () => {
    expect(
      who(
        detect(
          '<table><tr><td>Nom</td><td>\n   <input value="MUKAMANA"></td><td>Prénom&nbsp;\n <input value="Claudine"></td><td>Date de naissance&nbsp;<input value="08/05/1961"></td><td>(Femme - 65 ans)</td></tr></table>',
          '',
        ),
      ),
    ).toBe('MUKAMANA Claudine 1961-05-08 F');
  });
});
