// The clinical corrections of issue 15, each against its official source (see
// clinical/prevention/SOURCES.md). Every test here failed on the rules before the correction.
import { describe, expect, it } from 'vitest';
import { preventionDue } from '../../../clinical/prevention';
import { dose, statuses } from './prevention-helpers';

describe('coqueluche-grossesse: a dose counts for this pregnancy only if recent (HAS 2022; reference sheet: 6 months)', () => {
  // Born 1995-02-14, 25 booster given 2020-03-01; asOf 2025-11-15, so 6 months back = 2025-05-15.
  const base = [dose('vaccin-dtp', '2020-03-01')];
  const pregnant = (history: ReturnType<typeof dose>[]) =>
    statuses({ birthDate: '1995-02-14', sex: 'F', asOf: '2025-11-15', history, conditions: ['grossesse'] });

  it('a dTcaP 7 months ago cannot be a 2nd- or 3rd-trimester dose of this pregnancy: dTcaP due', () => {
    expect(pregnant([...base, dose('vaccin-dtp', '2025-04-10')])['vaccin-dtp']).toBe('due');
  });

  it('a dTcaP 5 months ago is taken as given in this pregnancy', () => {
    expect(pregnant([...base, dose('vaccin-dtp', '2025-05-20')])['vaccin-dtp']).toBeUndefined();
  });
});

describe('ROR: a dose before 12 months does not count (calendrier 2025, rougeole)', () => {
  it('infant given ROR at 9 months: dose 1 due at 12 months all the same', () => {
    // Born 2024-03-10, dose 2024-12-10 (9 months) ignored; 12 months = 2025-03-10 ≤ asOf → due.
    const history = [dose('vaccin-ror', '2024-12-10')];
    expect(statuses({ birthDate: '2024-03-10', sex: 'F', asOf: '2025-03-20', history })['vaccin-ror']).toBe('due');
  });

  it('two doses 2 weeks apart: the second does not count, one more dose needed (at least 1 month apart)', () => {
    // Born 1990-05-05; doses 2016-03-01 and 2016-03-15 → one valid dose; dose 2 due 2016-04-01 → overdue.
    const history = [dose('vaccin-ror', '2016-03-01'), dose('vaccin-ror', '2016-03-15'), dose('vaccin-dtp', '2015-05-10')];
    expect(statuses({ birthDate: '1990-05-05', sex: 'F', asOf: '2025-11-15', history })['vaccin-ror']).toBe('overdue');
  });

  it('adult with one dose at 10 months and one at 21 years: one more dose needed', () => {
    // Born 1995-01-10; only the 2016 dose counts → dose 2 due 2016-04-01 → overdue.
    const history = [dose('vaccin-ror', '1995-11-10'), dose('vaccin-ror', '2016-03-01'), dose('vaccin-dtp', '2020-02-01')];
    expect(statuses({ birthDate: '1995-01-10', sex: 'M', asOf: '2025-11-15', history })).toEqual({ 'vaccin-ror': 'overdue' });
  });
});

describe('méningocoques: catch-up plans by the age at the first dose (calendrier 2025, AMM Bexsero)', () => {
  it('ACWY started at 13 months: one dose is the whole catch-up', () => {
    // Born 2024-06-01, ACWY 2025-07-01 (13 months) → complete; the 2-dose plan would ask for a
    // second dose on 2026-01-01 (upcoming).
    const history = [dose('vaccin-meningocoque-acwy', '2025-07-01')];
    const result = preventionDue({ birthDate: '2024-06-01', sex: 'M', asOf: '2025-11-15', history });
    expect(result.find((r) => r.id === 'vaccin-meningocoque-acwy')).toBeUndefined();
  });

  it('méningocoque B started at 7 months: the booster comes at 12 months, 2 months after dose 2', () => {
    // Born 2025-01-10, doses 2025-08-10 and 2025-10-10 → booster max(12 months = 2026-01-10,
    // 2025-12-10) = 2026-01-10 ≤ asOf + 3 months → upcoming (the 3-5-12 plan: 2026-04-10, absent).
    const history = [dose('vaccin-meningocoque-b', '2025-08-10'), dose('vaccin-meningocoque-b', '2025-10-10')];
    expect(statuses({ birthDate: '2025-01-10', sex: 'F', asOf: '2025-11-15', history })['vaccin-meningocoque-b']).toBe('upcoming');
  });

  it('méningocoque B started at 13 months: the booster comes 12 months after dose 2, even after 2 years', () => {
    // Born 2024-05-01, doses 2025-06-01 and 2025-08-01 → booster from 2026-08-01.
    const history = [dose('vaccin-meningocoque-b', '2025-06-01'), dose('vaccin-meningocoque-b', '2025-08-01')];
    const at = (asOf: string) => statuses({ birthDate: '2024-05-01', sex: 'M', asOf, history })['vaccin-meningocoque-b'];
    expect(at('2025-11-15')).toBeUndefined(); // the 3-5-12 plan would say upcoming (2026-02-01)
    expect(at('2026-08-10')).toBe('due'); // 27 months old: still reminded
  });
});

describe('dTP adult boosters: less than 5 years before a fixed age counts for it (calendrier 2025, règles de transition)', () => {
  it('booster at 40 years 6 months counts for 45; the next is at 65', () => {
    // Born 1980-12-01: 45 on 2025-12-01, dose 2021-06-01 ≥ 2020-12-01 → nothing until 65.
    const history = [dose('vaccin-dtp', '2005-12-05'), dose('vaccin-dtp', '2021-06-01')];
    expect(statuses({ birthDate: '1980-12-01', sex: 'M', asOf: '2025-11-15', history })['vaccin-dtp']).toBeUndefined();
  });

  it('after 65: a booster at 61 counts for 65, the next is at 75 (14 years ≤ 15)', () => {
    // Born 1955-03-10, dose 2016-04-01 ≥ 2015-03-10 (60) → 65 done; 75 in 2030.
    const history = [dose('vaccin-dtp', '2000-04-01'), dose('vaccin-dtp', '2016-04-01')];
    expect(statuses({ birthDate: '1955-03-10', sex: 'F', asOf: '2025-11-15', history })['vaccin-dtp']).toBeUndefined();
  });
});

describe('rotavirus: no dose reminded once the series cannot be completed in time (HAS 2022, AMM)', () => {
  it('Rotarix (no kind): no 1st dose from 20 weeks', () => {
    // Born 2025-06-01: 20 weeks = 2025-10-19, 24 weeks = 2025-11-16.
    expect(statuses({ birthDate: '2025-06-01', sex: 'M', asOf: '2025-10-20' })['vaccin-rotavirus']).toBeUndefined();
    expect(statuses({ birthDate: '2025-06-01', sex: 'M', asOf: '2025-10-18' })['vaccin-rotavirus']).toBe('due');
  });

  it('RotaTeq: no 2nd dose from 28 weeks (3rd needed before 32 weeks)', () => {
    // Born 2025-06-01: 28 weeks = 2025-12-14.
    const history = [dose('vaccin-rotavirus', '2025-08-01', 'rotateq')];
    expect(statuses({ birthDate: '2025-06-01', sex: 'M', asOf: '2025-12-20', history })['vaccin-rotavirus']).toBeUndefined();
    expect(statuses({ birthDate: '2025-06-01', sex: 'M', asOf: '2025-12-10', history })['vaccin-rotavirus']).toBe('due');
  });

  it('Rotarix dose 2 is reminded up to 24 weeks, 4 weeks after dose 1', () => {
    // Dose 1 2025-10-15 (19 weeks 3 days) → dose 2 from 2025-11-12 (+28 days) < 2025-11-16.
    const history = [dose('vaccin-rotavirus', '2025-10-15')];
    expect(statuses({ birthDate: '2025-06-01', sex: 'F', asOf: '2025-11-12', history })['vaccin-rotavirus']).toBe('due');
    expect(statuses({ birthDate: '2025-06-01', sex: 'F', asOf: '2025-11-16', history })['vaccin-rotavirus']).toBeUndefined();
  });
});

describe('campaigns as dated (DGS: 2024-25 and 2025-26 extended to 28 February; Covid-19 spring 2025: 14 April–14 June)', () => {
  const man70 = [
    dose('vaccin-zona', '2021-01-10'),
    dose('vaccin-zona', '2021-03-15'),
    dose('vaccin-pneumocoque', '2024-01-01'),
    dose('vaccin-dtp', '2020-01-01'),
    dose('bilan-prevention', '2025-06-01'),
    dose('depistage-cancer-colorectal', '2025-06-01'),
  ];

  it('10 February 2026: the 2025-26 flu and Covid-19 campaign is still open', () => {
    const history = [...man70, dose('vaccin-grippe', '2024-10-20'), dose('vaccin-covid', '2024-10-20')];
    expect(statuses({ birthDate: '1955-05-05', sex: 'M', asOf: '2026-02-10', history })).toEqual({
      'vaccin-grippe': 'due',
      'vaccin-covid': 'due',
    });
  });

  it('20 February 2025: the 2024-25 campaign is still open', () => {
    const history = [dose('vaccin-grippe', '2023-10-20'), dose('vaccin-covid', '2023-10-20')];
    const result = statuses({ birthDate: '1955-05-05', sex: 'M', asOf: '2025-02-20', history });
    expect([result['vaccin-grippe'], result['vaccin-covid']]).toEqual(['due', 'due']);
  });

  it('spring 2025 Covid-19 campaign: open on 14 April, closed on 15 June', () => {
    const history = [dose('vaccin-covid', '2024-10-20')];
    const at = (asOf: string) => statuses({ birthDate: '1939-01-01', sex: 'F', asOf, history })['vaccin-covid'];
    expect(at('2025-04-14')).toBe('due');
    expect(at('2025-06-15')).toBeUndefined();
  });
});

describe('VRS in pregnancy: Abrysvo at 32–36 SA from September to January, or nirsevimab (HAS 2024)', () => {
  const pregnant = (asOf: string, history: ReturnType<typeof dose>[] = []) =>
    preventionDue({ birthDate: '1995-02-14', sex: 'F', asOf, history: [dose('vaccin-dtp', '2020-03-01'), ...history], conditions: ['grossesse'] })
      .find((r) => r.id === 'vaccin-vrs');

  it('in season: due, the reason saying what to plan', () => {
    const item = pregnant('2025-11-15');
    expect(item?.status).toBe('due');
    expect(JSON.stringify(item?.reason)).toContain('pvWhat_vrs_grossesse');
    expect(item?.source).toContain('femme enceinte');
  });

  it('upcoming within 3 months of the season, absent after it', () => {
    expect(pregnant('2025-07-01')?.status).toBe('upcoming');
    expect(pregnant('2025-03-10')).toBeUndefined();
  });

  it('a dose in the last 3 months belongs to this pregnancy; an older one does not', () => {
    expect(pregnant('2025-11-15', [dose('vaccin-vrs', '2025-10-01')])).toBeUndefined();
    expect(pregnant('2025-11-15', [dose('vaccin-vrs', '2024-10-15')])?.status).toBe('due');
  });
});

describe('pneumocoque nourrisson: catch-up by the age at the first dose (calendrier 2025)', () => {
  it('started at 13 months: 2 doses 2 months apart complete it', () => {
    const history = [dose('vaccin-pneumocoque', '2025-04-01'), dose('vaccin-pneumocoque', '2025-06-01')];
    expect(statuses({ birthDate: '2024-03-01', sex: 'F', asOf: '2025-11-15', history })['vaccin-pneumocoque']).toBeUndefined();
  });

  it('started at 7 months: booster at 12 months, at least 2 months after dose 2', () => {
    // Born 2025-01-05, doses 2025-08-05 and 2025-10-05 → booster 2026-01-05 → upcoming.
    const history = [dose('vaccin-pneumocoque', '2025-08-05'), dose('vaccin-pneumocoque', '2025-10-05')];
    expect(statuses({ birthDate: '2025-01-05', sex: 'M', asOf: '2025-11-15', history })['vaccin-pneumocoque']).toBe('upcoming');
  });

  it('started at 22 months: the 2nd dose is still reminded after 2 years', () => {
    // Born 2023-12-20, dose 2025-11-01 → dose 2 from 2026-01-01; asOf 2026-01-10 (24 months).
    const history = [dose('vaccin-pneumocoque', '2025-11-01')];
    expect(statuses({ birthDate: '2023-12-20', sex: 'F', asOf: '2026-01-10', history })['vaccin-pneumocoque']).toBe('due');
  });
});

describe('HPV: the 2nd dose of the 2-dose schedule is due from 5 months (calendrier 2025, AMM Gardasil 9: 5 to 13 months)', () => {
  it('5 months and 5 days after dose 1 at 12: due', () => {
    const history = [dose('vaccin-hpv', '2025-05-15'), dose('vaccin-dtp', '2023-07-01'), dose('vaccin-meningocoque-acwy', '2023-07-01')];
    expect(statuses({ birthDate: '2012-06-15', sex: 'M', asOf: '2025-10-20', history })['vaccin-hpv']).toBe('due');
  });
});
