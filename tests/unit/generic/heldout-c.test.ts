import { afterAll, beforeEach, describe, expect, test, vi } from 'vitest';
import { detect, who } from './detect-body';

// Wrong patients found on the third held-out batch (tests/fixtures/corpus/HOLDOUT-2026-12-03c.md).

beforeEach(() => vi.useFakeTimers({ now: new Date('2026-06-15T10:00:00'), toFake: ['Date'] }));
afterAll(() => vi.useRealTimers());

describe('a row of spans read as one banner line (Data Clinic)', () => {
  test('the sex word and the age between the name and « Née le » are no first names', () => {
    const strip = '<div class="strip"><span class="name">MWAMBA KABULO Esther</span><span>Féminin</span><span>25 ans</span><span>Née le 03/08/2001</span><span>Dossier DC-2026-000982</span></div>';
    expect(who(detect(strip))).toBe('MWAMBA KABULO Esther 2001-08-03 F');
  });
});

describe('the signed-in user’s name beside their login or role (OpenClinica sidebar)', () => {
  const page = (user: string) =>
    `<div class="layout"><div class="sidebar"><div>Welcome to CARDIO-HF-2</div>${user}</div>` +
    '<div class="content"><div>View Subject: HN-0042</div><table><tr><td>Date of Birth</td><td>18-Apr-1972</td></tr><tr><td>Gender</td><td>female</td></tr></table></div></div>';

  test('is never the patient’s', () => {
    expect(detect(page('<div>User: <b>mlambert</b></div><div>Marc Lambert</div><div>Role: Clinical Research Coordinator</div>'), 'en').kind).not.toBe('patient');
    expect(detect(page('<div>Marc Lambert</div><div>Role: Investigator</div>'), 'en').kind).not.toBe('patient');
  });
});
