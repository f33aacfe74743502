import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, test, vi } from 'vitest';
import { detectPatient } from '../../../sites/generic';
import { PatientContextSchema, type Detection } from '../../../clinical/identity/patient-context';
import { loadPage, PAGES } from './load-page';

// Every fixture page `name.html` has `name.expected.json`: the page URL and the exact Detection.
// Child frame documents (`name--part.html`) have none: their parent page's test covers them.
const cases = readdirSync(PAGES)
  .filter((f) => f.endsWith('.expected.json'))
  .map((f) => ({ page: f.replace('.expected.json', '.html'), ...(JSON.parse(readFileSync(join(PAGES, f), 'utf8')) as { url: string; detection: Detection }) }));

describe('generic detector on fixture pages', () => {
  // Pages show ages ("45 ans", "81 yrs") that confirm a birth date: read them on a fixed day.
  beforeEach(() => vi.useFakeTimers({ now: new Date('2026-06-15T10:00:00'), toFake: ['Date'] }));
  afterAll(() => vi.useRealTimers());

  test('there are positive and negative fixtures', () => {
    const kinds = cases.map((c) => c.detection.kind);
    expect(kinds.filter((k) => k === 'patient').length).toBeGreaterThanOrEqual(6);
    expect(kinds).toContain('none');
    expect(kinds).toContain('ambiguous');
  });

  test.each(cases)('$page', ({ page, url, detection }) => {
    const got = detectPatient(loadPage(page, url), new URL(url).origin);
    expect(got).toEqual(detection);
    const patients = got.kind === 'patient' ? [got.patient] : got.kind === 'ambiguous' ? got.candidates : [];
    for (const p of patients) expect(PatientContextSchema.safeParse(p).success).toBe(true);
  });

  test('every expected NIR has a valid key and agrees with the expected sex and birth date', async () => {
    const { parseNir, nirConflicts } = await import('../../../clinical/identity');
    for (const { detection } of cases) {
      const patients = detection.kind === 'patient' ? [detection.patient] : detection.kind === 'ambiguous' ? detection.candidates : [];
      for (const p of patients.filter((x) => x.nir)) {
        const r = parseNir(p.nir!);
        expect(r.ok, p.nir).toBe(true);
        if (r.ok) expect(nirConflicts(r, p)).toEqual([]);
      }
    }
  });

  test('the Corsican fixtures carry 2A and 2B NIRs', () => {
    const nirs = cases.flatMap((c) => (c.detection.kind === 'patient' ? [c.detection.patient.nir ?? ''] : []));
    expect(nirs.some((n) => n.slice(5, 7) === '2A')).toBe(true);
    expect(nirs.some((n) => n.slice(5, 7) === '2B')).toBe(true);
  });
});
