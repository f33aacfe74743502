// preventionDue for adult vaccinations outside the flu season logic. Sources: Calendrier des
// vaccinations 2025 (DTP boosters at 25, 45, 65, then every 10 years; ROR 2 doses for people born
// since 1980; coqueluche at each pregnancy, HAS 2022); HAS zona 2024 (≥ 65 years, immuno-
// depression from 18 years, 2 doses 2 months apart); HAS pneumocoque 2025 (one VPC20 dose, all
// ≥ 65 and adults at risk); HAS VRS 2024 (≥ 75, 65–74 with chronic respiratory or cardiac disease).
// A booster less than 5 years before a fixed age counts for it (calendrier 2025, règles de
// transition; reference sheet).
import { describe, expect, it } from 'vitest';
import { dose, statuses } from './prevention-helpers';

const seasonDone = [dose('vaccin-grippe', '2025-10-20'), dose('vaccin-covid', '2025-10-20')];
const zonaDone = [dose('vaccin-zona', '2023-01-10'), dose('vaccin-zona', '2023-03-15')];

describe('preventionDue — rappels dTP', () => {
  it('man on his 45th birthday: dTP booster and bilan 45–50 due', () => {
    // Born 1980-11-15 (ROR applies: 2 doses recorded). Fixed age 45 today, last dose at 25
    // (2005-12-01) → due. Bilan 45–50 opens today → due.
    const history = [dose('vaccin-dtp', '2005-12-01'), dose('vaccin-ror', '1981-11-15'), dose('vaccin-ror', '1982-03-15')];
    expect(statuses({ birthDate: '1980-11-15', sex: 'M', asOf: '2025-11-15', history })).toEqual({
      'vaccin-dtp': 'due',
      'bilan-prevention': 'due',
    });
  });

  it('man of 44 vaccinated at 43 years 1 month: the dose counts for 45', () => {
    // Born 1980-12-01. Dose 2024-01-10 ≥ 43rd birthday (2023-12-01) → counts for the 45
    // booster → no DTP reminder. Bilan 45–50 opens 2025-12-01 → upcoming.
    const history = [
      dose('vaccin-dtp', '2005-12-05'),
      dose('vaccin-dtp', '2024-01-10'),
      dose('vaccin-ror', '1981-12-01'),
      dose('vaccin-ror', '1982-04-01'),
    ];
    expect(statuses({ birthDate: '1980-12-01', sex: 'M', asOf: '2025-11-15', history })).toEqual({
      'bilan-prevention': 'upcoming',
    });
  });

  it('man of 44 vaccinated at 39 years 11 months: more than 5 years before 45, the 45 booster is upcoming', () => {
    // Dose 2020-11-01 < 40th birthday (2020-12-01) → does not count for 45 (calendrier 2025,
    // règles de transition); 45th birthday 2025-12-01 ≤ 2026-02-15 → upcoming. Bilan upcoming.
    const history = [
      dose('vaccin-dtp', '2005-12-05'),
      dose('vaccin-dtp', '2020-11-01'),
      dose('vaccin-ror', '1981-12-01'),
      dose('vaccin-ror', '1982-04-01'),
    ];
    expect(statuses({ birthDate: '1980-12-01', sex: 'M', asOf: '2025-11-15', history })).toEqual({
      'vaccin-dtp': 'upcoming',
      'bilan-prevention': 'upcoming',
    });
  });

  it('woman of 65 with a dose at 63: DTP done; senior vaccines due', () => {
    // Born 1960-06-01. Dose 2023-07-01 ≥ 63rd birthday (2023-06-01) → counts for 65.
    // Grippe, Covid-19 (season, no dose) → due. Zona and pneumocoque since 2025-06-01 → due.
    // VRS: 65 without condition → absent. Breast/colorectal recent, bilan 60–65 done, HPV test
    // 2022-01-01 → 2027 is after 66 (end of cervical screening) → absent.
    const history = [
      dose('vaccin-dtp', '2023-07-01'),
      dose('bilan-prevention', '2024-05-01'),
      dose('depistage-cancer-sein', '2025-03-01'),
      dose('depistage-cancer-colorectal', '2024-06-01'),
      dose('depistage-cancer-col-uterus', '2022-01-01', 'test-hpv'),
    ];
    expect(statuses({ birthDate: '1960-06-01', sex: 'F', asOf: '2025-11-15', history })).toEqual({
      'vaccin-grippe': 'due',
      'vaccin-covid': 'due',
      'vaccin-zona': 'due',
      'vaccin-pneumocoque': 'due',
    });
  });

  it('man of 75 with everything else done: the 75 booster is due', () => {
    // Born 1950-01-20. Fixed age 75 = 2025-01-20, last dose 2014-12-01 (counts for 65, not 75)
    // → due since 2025-01-20, less than 12 months → due. Season doses, zona, pneumocoque, VRS
    // and bilan 70–75 recorded; colorectal ends at 75.
    const history = [
      dose('vaccin-dtp', '2014-12-01'),
      ...seasonDone,
      ...zonaDone,
      dose('vaccin-pneumocoque', '2025-02-01'),
      dose('vaccin-vrs', '2024-10-01'),
      dose('bilan-prevention', '2024-09-01'),
    ];
    expect(statuses({ birthDate: '1950-01-20', sex: 'M', asOf: '2025-11-15', history })).toEqual({
      'vaccin-dtp': 'due',
    });
  });

  it('woman of 86, 85 booster missing and Covid-19 dose 3 months old: DTP overdue, Covid due', () => {
    // Born 1939-04-10. Fixed age 85 = 2024-04-10, last dose 2014-06-01 → due for more than
    // 12 months → overdue. Covid-19 ≥ 80: 3 months after 2025-08-01 = 2025-11-01, within the
    // campaign (dose before 2025-09-01 is not this season's) → due. Flu done this season.
    const history = [
      dose('vaccin-dtp', '2014-06-01'),
      dose('vaccin-covid', '2025-08-01'),
      dose('vaccin-grippe', '2025-10-15'),
      ...zonaDone,
      dose('vaccin-pneumocoque', '2025-01-05'),
      dose('vaccin-vrs', '2024-09-20'),
    ];
    expect(statuses({ birthDate: '1939-04-10', sex: 'F', asOf: '2025-11-15', history })).toEqual({
      'vaccin-dtp': 'overdue',
      'vaccin-covid': 'due',
    });
  });
});

describe('preventionDue — ROR', () => {
  it('man born in 1990 with a single ROR dose: second dose overdue', () => {
    // Born 1990-05-05, dose 1991-05-05 → dose 2 at 16 months (1991-09-05) → overdue.
    const history = [dose('vaccin-ror', '1991-05-05'), dose('vaccin-dtp', '2015-05-10')];
    expect(statuses({ birthDate: '1990-05-05', sex: 'M', asOf: '2025-11-15', history })).toEqual({
      'vaccin-ror': 'overdue',
    });
  });

  it('man born on 31 December 1979: no ROR reminder', () => {
    // Born before 1980-01-01 → ROR not recommended. DTP 45 credited (dose at 44), bilan done.
    const history = [dose('vaccin-dtp', '2024-01-01'), dose('bilan-prevention', '2025-03-01')];
    expect(statuses({ birthDate: '1979-12-31', sex: 'M', asOf: '2025-11-15', history })).toEqual({});
  });
});

describe('preventionDue — grossesse', () => {
  const base = [
    dose('vaccin-dtp', '2020-03-01'),
    dose('vaccin-ror', '1996-02-14'),
    dose('vaccin-ror', '1996-06-14'),
    dose('vaccin-hpv', '2006-03-01'),
    dose('vaccin-hpv', '2006-10-01'),
    dose('vaccin-meningocoque-acwy', '2006-03-01'),
    dose('depistage-cancer-col-uterus', '2021-01-01', 'cytologie'),
    dose('depistage-cancer-col-uterus', '2022-01-01', 'cytologie'),
    dose('depistage-cancer-col-uterus', '2023-06-01', 'cytologie'),
  ];

  it('pregnant woman of 30 in flu season: flu, Covid-19, pertussis and RSV due', () => {
    // Born 1995-02-14. Pregnancy is a flu and Covid-19 indication → due (campaign open).
    // Coqueluche (dTcaP) at each pregnancy, no dose in the last 6 months → due (HAS 2022).
    // RSV: November is in the Abrysvo season (September–January, HAS 2024) → due, to plan.
    // 25 booster given 2020-03-01 → fixed-age part satisfied. Cytology 2023-06-01 → 2026-06-01.
    expect(
      statuses({ birthDate: '1995-02-14', sex: 'F', asOf: '2025-11-15', history: base, conditions: ['grossesse'] }),
    ).toEqual({ 'vaccin-grippe': 'due', 'vaccin-covid': 'due', 'vaccin-dtp': 'due', 'vaccin-vrs': 'due' });
  });

  it('pregnant woman with dTcaP 2 months ago: pertussis not reminded', () => {
    const history = [...base, dose('vaccin-dtp', '2025-09-15')];
    expect(
      statuses({ birthDate: '1995-02-14', sex: 'F', asOf: '2025-11-15', history, conditions: ['grossesse'] }),
    ).toEqual({ 'vaccin-grippe': 'due', 'vaccin-covid': 'due', 'vaccin-vrs': 'due' });
  });
});

describe('preventionDue — zona, pneumocoque, VRS', () => {
  it('immunodepressed man of 40: zona, pneumocoque, flu and Covid-19 due (never overdue)', () => {
    // Born 1985-03-03. Immunodépression: zona from 18 years, pneumocoque for adults at risk,
    // flu and Covid-19 → due. Onset of the condition unknown → "due", not "overdue".
    const history = [dose('vaccin-dtp', '2010-04-01'), dose('vaccin-ror', '1986-03-03'), dose('vaccin-ror', '1986-07-03')];
    expect(
      statuses({ birthDate: '1985-03-03', sex: 'M', asOf: '2025-11-15', history, conditions: ['immunodepression'] }),
    ).toEqual({
      'vaccin-zona': 'due',
      'vaccin-pneumocoque': 'due',
      'vaccin-grippe': 'due',
      'vaccin-covid': 'due',
    });
  });

  const senior67 = [
    ...seasonDone,
    dose('vaccin-pneumocoque', '2025-10-01'),
    dose('vaccin-dtp', '2023-02-01'),
    dose('depistage-cancer-sein', '2024-05-01'),
    dose('depistage-cancer-colorectal', '2024-05-01'),
  ];

  it('woman of 67 with zona dose 1 six weeks ago: dose 2 upcoming', () => {
    // Born 1958-01-10. Zona 2025-10-01 → dose 2 at +2 months = 2025-12-01 → upcoming.
    const history = [...senior67, dose('vaccin-zona', '2025-10-01')];
    expect(statuses({ birthDate: '1958-01-10', sex: 'F', asOf: '2025-11-15', history })).toEqual({
      'vaccin-zona': 'upcoming',
    });
  });

  it('woman of 67 with zona dose 1 in January 2024: dose 2 overdue', () => {
    // Dose 2 due 2024-03-01, more than 12 months ago → overdue.
    const history = [...senior67, dose('vaccin-zona', '2024-01-01')];
    expect(statuses({ birthDate: '1958-01-10', sex: 'F', asOf: '2025-11-15', history })).toEqual({
      'vaccin-zona': 'overdue',
    });
  });

  it('diabetic man of 50: pneumocoque, flu and Covid-19 due', () => {
    // Born 1975-06-20. Diabète: pneumocoque (adult at risk), flu, Covid-19 → due; zona only
    // with immunodépression before 65. DTP 45 given, bilan 45–50 done, colorectal test recent.
    const history = [
      dose('vaccin-dtp', '2020-07-01'),
      dose('depistage-cancer-colorectal', '2025-01-01'),
      dose('bilan-prevention', '2021-01-01'),
    ];
    expect(
      statuses({ birthDate: '1975-06-20', sex: 'M', asOf: '2025-11-15', history, conditions: ['diabete'] }),
    ).toEqual({ 'vaccin-pneumocoque': 'due', 'vaccin-grippe': 'due', 'vaccin-covid': 'due' });
  });

  it('infant pneumococcal doses do not count for an adult at risk', () => {
    // Born 2000-01-10, insuffisance respiratoire. Doses at 2, 4, 11 months are before 18 years
    // → the adult VPC20 dose is due; flu and Covid-19 due. HPV complete (3 doses at 21),
    // bilan done, dTcaP at 24 counts for 25.
    const history = [
      dose('vaccin-pneumocoque', '2000-03-10'),
      dose('vaccin-pneumocoque', '2000-05-10'),
      dose('vaccin-pneumocoque', '2000-12-10'),
      dose('vaccin-dtp', '2024-03-01'),
      dose('vaccin-ror', '2001-01-10'),
      dose('vaccin-ror', '2001-05-10'),
      dose('vaccin-hpv', '2021-02-01'),
      dose('vaccin-hpv', '2021-04-01'),
      dose('vaccin-hpv', '2021-08-01'),
      dose('bilan-prevention', '2024-01-01'),
    ];
    expect(
      statuses({
        birthDate: '2000-01-10',
        sex: 'M',
        asOf: '2025-11-15',
        history,
        conditions: ['insuffisance-respiratoire'],
      }),
    ).toEqual({ 'vaccin-pneumocoque': 'due', 'vaccin-grippe': 'due', 'vaccin-covid': 'due' });
  });

  it('woman of 70 with heart failure: VRS due', () => {
    // Born 1955-08-08. 65–74 with insuffisance cardiaque → VRS due (condition onset unknown).
    const history = [
      ...seasonDone,
      ...zonaDone,
      dose('vaccin-pneumocoque', '2024-01-01'),
      dose('vaccin-dtp', '2020-01-01'),
      dose('depistage-cancer-sein', '2025-01-01'),
      dose('depistage-cancer-colorectal', '2025-01-01'),
      dose('bilan-prevention', '2025-09-01'),
    ];
    expect(
      statuses({ birthDate: '1955-08-08', sex: 'F', asOf: '2025-11-15', history, conditions: ['insuffisance-cardiaque'] }),
    ).toEqual({ 'vaccin-vrs': 'due' });
  });

  it('woman of 74 without condition: VRS upcoming at 75', () => {
    // Born 1951-01-10; 75 on 2026-01-10 ≤ 2026-02-15 → upcoming. The dTP dose at 73
    // (2024-06-01) counts for 75. Mammography 2025-01-01 → 2027, after 75 → absent.
    const history = [
      ...seasonDone,
      ...zonaDone,
      dose('vaccin-pneumocoque', '2024-01-01'),
      dose('vaccin-dtp', '2016-01-01'),
      dose('vaccin-dtp', '2024-06-01'),
      dose('depistage-cancer-sein', '2025-01-01'),
      dose('depistage-cancer-colorectal', '2025-01-01'),
      dose('bilan-prevention', '2022-01-01'),
    ];
    expect(statuses({ birthDate: '1951-01-10', sex: 'F', asOf: '2025-11-15', history })).toEqual({
      'vaccin-vrs': 'upcoming',
    });
  });

  it('man of 78 never vaccinated against VRS: overdue', () => {
    // Born 1947-05-05. Due since 75 (2022-05-05) → overdue. Bilan 70–75 band closed at 76.
    const history = [
      ...seasonDone,
      ...zonaDone,
      dose('vaccin-pneumocoque', '2024-01-01'),
      dose('vaccin-dtp', '2022-01-01'),
    ];
    expect(statuses({ birthDate: '1947-05-05', sex: 'M', asOf: '2025-11-15', history })).toEqual({
      'vaccin-vrs': 'overdue',
    });
  });
});
