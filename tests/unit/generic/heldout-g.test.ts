import { afterAll, beforeEach, describe, expect, test, vi } from 'vitest';
import { detect, who } from './detect-body';

// Patterns met on the seventh held-out batch (tests/fixtures/corpus/HOLDOUT-2026-12-03g.md):
// open-source record software rebuilt from its code (iCare HIS, OpenELIS Global 2 in French).

beforeEach(() => vi.useFakeTimers({ now: new Date('2026-12-03T10:00:00'), toFake: ['Date'] }));
afterAll(() => vi.useRealTimers());

describe('a patient’s profile box is the patient’s, not the user’s (iCare sidebar)', () => {
  const sidebar = (cls: string) =>
    `<div class="${cls}"><span class="mat-icon">person</span><div class="${cls}-details"><h6>MRN = GH/2026/007251</h6>` +
    '<h5>Zawadi Elia Mollel</h5><h5>Female</h5><h5>25 years <span>(May 9, 2001)</span></h5></div></div>';

  test('markup « patient-profile » names the patient shown', () => {
    expect(who(detect(sidebar('patient-profile'), 'en'))).toBe('Mollel Zawadi Elia 2001-05-09 F');
  });

  test('markup « user-profile » still names the signed-in user: no patient', () => {
    expect(detect(sidebar('user-profile'), 'en').kind).not.toBe('patient');
  });
});

describe('a comma closing a name joins nothing (iCare « Amina Mwakyusa, » before an empty middle name)', () => {
  const banner = (name: string) =>
    `<div class="row"><span class="client-names"> ${name}\n </span><span class="age-and-gender-details">(<b>Female</b>\n | 36 Yrs |\n Mar 12, 1990\n )</span></div>` +
    '<div>MRN: <span>GH/2026/004173</span> Phone: <span>0754 112 908</span></div>';

  test('the name before the comma is read, given name first on an English page', () => {
    expect(who(detect(banner('Amina Mwakyusa,'), 'en'))).toBe('Mwakyusa Amina 1990-03-12 F');
  });

  test('« Family, Given » in mixed case outside a heading stays unread, as before', () => {
    expect(detect(banner('Mwakyusa, Amina'), 'en').kind).not.toBe('patient');
  });
});

describe('« Femelle » is a sex word (OpenELIS Global 2, French locale)', () => {
  test('« ♀ Femelle 14/08/1987 » after the name is the birth date written with the sex', () => {
    const header = '<div class="patient-header2"><div><span class="patient-name">KOUAME Adjoua Estelle</span><span class="patient-dob">  ♀ Femelle 14/08/1987</span></div>' +
      '<div><span class="cds--tag">Carte d\'identité : <strong>CI004187263</strong></span></div></div>';
    expect(who(detect(header))).toBe('KOUAME Adjoua Estelle 1987-08-14 F');
  });
});
