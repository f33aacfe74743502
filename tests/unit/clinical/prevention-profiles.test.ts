// Review table: whole patients across ages, sexes, histories and conditions, each expected list
// derived by hand from the official sources (calendrier des vaccinations 2025 and its transition
// rules, HAS recommendations, INCa programmes, Mon bilan prévention, campaign dates) and the
// reference sheet's product choices; see clinical/prevention/SOURCES.md. Every reminder the
// patient should get is listed, and nothing else: an extra or missing line is a disagreement.
// Seasons: flu/Covid-19 2025-26 from 14 Oct 2025 to 28 Feb 2026; maternal RSV from 1 Sep 2025
// to 31 Jan 2026. upcoming = due within 3 months; overdue = due for more than 12 months.
import { describe, expect, it } from 'vitest';
import { dose, statuses } from './prevention-helpers';

type Act = ReturnType<typeof dose>;
interface Profile {
  readonly name: string;
  readonly birthDate: string;
  readonly sex: 'F' | 'M';
  readonly asOf: string;
  readonly history?: Act[];
  readonly conditions?: string[];
  readonly expected: Record<string, 'due' | 'overdue' | 'upcoming'>;
}

const ror = (y1: string, y2: string): Act[] => [dose('vaccin-ror', y1), dose('vaccin-ror', y2)];
const seasonDone = [dose('vaccin-grippe', '2025-10-20'), dose('vaccin-covid', '2025-10-20')];
const zonaDone = [dose('vaccin-zona', '2023-01-10'), dose('vaccin-zona', '2023-03-15')];
const both = (id: string, dates: string[]): Act[] => dates.map((d) => dose(id, d));

const PROFILES: readonly Profile[] = [
  {
    // 2 weeks: 2-month vaccines (2026-01-01) and méningo B at 3 months (2026-02-01) within 3
    // months; rotavirus dose 1 possible until 20 weeks (2026-03-21); ACWY at 6 months too far.
    name: 'newborn girl of 2 weeks',
    birthDate: '2025-11-01',
    sex: 'F',
    asOf: '2025-11-15',
    expected: {
      'vaccin-hexavalent': 'upcoming',
      'vaccin-rotavirus': 'upcoming',
      'vaccin-meningocoque-b': 'upcoming',
      'vaccin-pneumocoque': 'upcoming',
    },
  },
  {
    // 5 months, nothing given: 20 weeks passed on 2025-10-28 → no rotavirus. Hexavalent and
    // pneumocoque due since 2 months, méningo B since 3 months (first dose before 6 months: the
    // 3-5-12 plan); ACWY at 6 months (2025-12-10) upcoming.
    name: 'infant of 5 months, never vaccinated',
    birthDate: '2025-06-10',
    sex: 'M',
    asOf: '2025-11-15',
    expected: {
      'vaccin-hexavalent': 'due',
      'vaccin-meningocoque-b': 'due',
      'vaccin-meningocoque-acwy': 'upcoming',
      'vaccin-pneumocoque': 'due',
    },
  },
  {
    // 20 weeks 6 days: too late to start rotavirus (Rotarix: 1st dose before 20 weeks).
    name: 'infant of 20 weeks 6 days, never vaccinated',
    birthDate: '2025-06-01',
    sex: 'F',
    asOf: '2025-10-25',
    expected: {
      'vaccin-hexavalent': 'due',
      'vaccin-meningocoque-b': 'due',
      'vaccin-meningocoque-acwy': 'upcoming',
      'vaccin-pneumocoque': 'due',
    },
  },
  {
    // 15 months, every infant dose on time; ROR dose 2 at 16 months (2025-12-15) → upcoming.
    name: 'child of 15 months up to date',
    birthDate: '2024-08-15',
    sex: 'M',
    asOf: '2025-11-15',
    history: [
      ...both('vaccin-hexavalent', ['2024-10-15', '2024-12-15', '2025-07-15']),
      ...both('vaccin-pneumocoque', ['2024-10-15', '2024-12-15', '2025-07-15']),
      ...both('vaccin-rotavirus', ['2024-10-15', '2024-11-15']),
      ...both('vaccin-meningocoque-b', ['2024-11-15', '2025-01-15', '2025-08-15']),
      ...both('vaccin-meningocoque-acwy', ['2025-02-15', '2025-08-15']),
      dose('vaccin-ror', '2025-08-15'),
    ],
    expected: { 'vaccin-ror': 'upcoming' },
  },
  {
    // 17 months, never had méningocoque vaccines: catch-up starts now (12–23 months). ACWY: one
    // dose, due since 6 months (2024-11-20) → due; méningo B: due since 3 months (2024-08-20),
    // more than 12 months → overdue.
    name: 'child of 17 months without meningococcal vaccines',
    birthDate: '2024-05-20',
    sex: 'F',
    asOf: '2025-11-15',
    history: [
      ...both('vaccin-hexavalent', ['2024-07-20', '2024-09-20', '2025-04-20']),
      ...both('vaccin-pneumocoque', ['2024-07-20', '2024-09-20', '2025-04-20']),
      ...both('vaccin-rotavirus', ['2024-07-20', '2024-08-20']),
      ...ror('2025-05-20', '2025-09-20'),
    ],
    expected: { 'vaccin-meningocoque-b': 'overdue', 'vaccin-meningocoque-acwy': 'due' },
  },
  {
    // 4 years with 2 hexavalent doses: the 11-month booster due since 2022-09-01 → overdue
    // (hexavalent reminded until 6 years); pneumocoque and méningocoques stop at 2 years.
    name: 'child of 4 with an incomplete hexavalent series',
    birthDate: '2021-10-01',
    sex: 'M',
    asOf: '2025-11-15',
    history: [...both('vaccin-hexavalent', ['2021-12-01', '2022-02-01']), ...ror('2022-10-01', '2023-02-01')],
    expected: { 'vaccin-hexavalent': 'overdue' },
  },
  {
    // 6th birthday 5 days ago: DTCaP booster due.
    name: 'child of 6',
    birthDate: '2019-11-10',
    sex: 'F',
    asOf: '2025-11-15',
    history: [...both('vaccin-hexavalent', ['2020-01-10', '2020-03-10', '2020-10-10']), ...ror('2020-11-10', '2021-03-10')],
    expected: { 'vaccin-dtp': 'due' },
  },
  {
    // 12 years 2 months, nothing since 6: dTcaP 11–13, HPV (2 doses) and ACWY all due since the
    // 11th birthday (2024-09-01), more than 12 months → overdue.
    name: 'girl of 12 with nothing since 6',
    birthDate: '2013-09-01',
    sex: 'F',
    asOf: '2025-11-15',
    history: [dose('vaccin-dtp', '2019-09-10'), ...ror('2014-09-01', '2015-01-01')],
    expected: { 'vaccin-dtp': 'overdue', 'vaccin-hpv': 'overdue', 'vaccin-meningocoque-acwy': 'overdue' },
  },
  {
    // HPV started at 14 years 10 months → 2 doses; dose 2 due 5 months later (2025-06-10) → due.
    name: 'boy of 15 whose HPV series started at 14',
    birthDate: '2010-03-01',
    sex: 'M',
    asOf: '2025-11-15',
    history: [
      dose('vaccin-hpv', '2025-01-10'),
      dose('vaccin-dtp', '2021-04-01'),
      dose('vaccin-meningocoque-acwy', '2021-04-01'),
      ...ror('2011-03-01', '2011-07-01'),
    ],
    expected: { 'vaccin-hpv': 'due' },
  },
  {
    // HPV started at 16 → 3 doses, dose 2 due 2022-08-01 → overdue; ACWY catch-up (no dose since
    // 10) due since 11 → overdue; bilan 18–25 since 2024-05-05 → overdue.
    name: 'young woman of 19 with one HPV dose at 16',
    birthDate: '2006-05-05',
    sex: 'F',
    asOf: '2025-11-15',
    history: [dose('vaccin-hpv', '2022-06-01'), dose('vaccin-dtp', '2017-06-01'), ...ror('2007-05-05', '2007-09-05')],
    expected: { 'vaccin-hpv': 'overdue', 'vaccin-meningocoque-acwy': 'overdue', 'bilan-prevention': 'overdue' },
  },
  {
    // 24 years 10 months: cervical screening and the dTcaP at 25 (2026-01-01) upcoming.
    name: 'woman of 24 turning 25 in January',
    birthDate: '2001-01-01',
    sex: 'F',
    asOf: '2025-11-15',
    history: [
      dose('vaccin-dtp', '2012-02-01'),
      ...both('vaccin-hpv', ['2012-02-01', '2012-09-01']),
      dose('vaccin-meningocoque-acwy', '2012-02-01'),
      dose('bilan-prevention', '2020-01-01'),
      ...ror('2002-01-01', '2002-05-01'),
    ],
    expected: { 'depistage-cancer-col-uterus': 'upcoming', 'vaccin-dtp': 'upcoming' },
  },
  {
    // A dTcaP at 21 years 2 months is less than 5 years before 25 → counts for 25 (transition
    // rules). First cervical screening due since 25 (2025-06-10).
    name: 'woman of 25 with a booster at 21',
    birthDate: '2000-06-10',
    sex: 'F',
    asOf: '2025-11-15',
    history: [
      dose('vaccin-dtp', '2011-07-01'),
      dose('vaccin-dtp', '2021-08-01'),
      ...both('vaccin-hpv', ['2011-07-01', '2012-02-01']),
      dose('vaccin-meningocoque-acwy', '2011-07-01'),
      dose('bilan-prevention', '2024-01-01'),
      ...ror('2001-06-10', '2001-10-10'),
    ],
    expected: { 'depistage-cancer-col-uterus': 'due' },
  },
  {
    // Pregnant in November: flu, Covid-19, RSV (season) due; dTcaP 7.5 months ago is older than 6
    // months → due again. One cytology at 29 → next 3 years later (2026-01-01) → upcoming.
    name: 'pregnant woman of 32 in November',
    birthDate: '1993-04-01',
    sex: 'F',
    asOf: '2025-11-15',
    conditions: ['grossesse'],
    history: [
      dose('vaccin-dtp', '2018-04-15'),
      dose('vaccin-dtp', '2025-04-01'),
      ...ror('1994-04-01', '1994-08-01'),
      ...both('vaccin-hpv', ['2005-01-01', '2005-08-01']),
      dose('vaccin-meningocoque-acwy', '2005-01-01'),
      dose('bilan-prevention', '2017-01-01'),
      dose('depistage-cancer-col-uterus', '2023-01-01', 'cytologie'),
    ],
    expected: {
      'vaccin-grippe': 'due',
      'vaccin-covid': 'due',
      'vaccin-dtp': 'due',
      'vaccin-vrs': 'due',
      'depistage-cancer-col-uterus': 'upcoming',
    },
  },
  {
    // Pregnant in March: dTcaP 3 months ago counts; flu/Covid campaign closed on 28 February and
    // RSV season on 31 January, the next ones more than 3 months away. Cervical: 2 cytologies,
    // the last 2023-01-01 → due 2026-01-01.
    name: 'pregnant woman of 29 in March',
    birthDate: '1996-07-01',
    sex: 'F',
    asOf: '2026-03-10',
    conditions: ['grossesse'],
    history: [
      dose('vaccin-dtp', '2021-08-01'),
      dose('vaccin-dtp', '2025-12-01'),
      ...ror('1997-07-01', '1997-11-01'),
      ...both('vaccin-hpv', ['2007-08-01', '2008-03-01']),
      dose('vaccin-meningocoque-acwy', '2007-08-01'),
      dose('bilan-prevention', '2019-01-01'),
      dose('depistage-cancer-col-uterus', '2022-01-01', 'cytologie'),
      dose('depistage-cancer-col-uterus', '2023-01-01', 'cytologie'),
    ],
    expected: { 'depistage-cancer-col-uterus': 'due' },
  },
  {
    // Pregnant on 1 July 2026: RSV season opens 1 September (fallback) ≤ 1 October → upcoming;
    // flu opens 15 October (fallback) > 1 October → absent. dTcaP 2 months ago.
    name: 'pregnant woman of 32 in July',
    birthDate: '1994-02-01',
    sex: 'F',
    asOf: '2026-07-01',
    conditions: ['grossesse'],
    history: [
      dose('vaccin-dtp', '2019-03-01'),
      dose('vaccin-dtp', '2026-05-01'),
      ...ror('1995-02-01', '1995-06-01'),
      ...both('vaccin-hpv', ['2010-03-01', '2010-05-01', '2010-09-01']),
      dose('vaccin-meningocoque-acwy', '2010-03-01'),
      dose('bilan-prevention', '2018-01-01'),
      dose('depistage-cancer-col-uterus', '2024-03-01', 'test-hpv'),
    ],
    expected: { 'vaccin-vrs': 'upcoming' },
  },
  {
    // Born 1995 with a ROR dose at 10 months (does not count) and one at 21 → dose 2 overdue.
    name: 'man of 30 with a ROR dose before 12 months',
    birthDate: '1995-01-10',
    sex: 'M',
    asOf: '2025-11-15',
    history: [dose('vaccin-ror', '1995-11-10'), dose('vaccin-ror', '2016-03-01'), dose('vaccin-dtp', '2020-02-01')],
    expected: { 'vaccin-ror': 'overdue' },
  },
  {
    // Last booster at 18: more than 25 years before 45 → booster now; the 25 booster has been
    // missing since 2015 → overdue.
    name: 'man of 35 whose last booster was at 18',
    birthDate: '1990-03-01',
    sex: 'M',
    asOf: '2025-11-15',
    history: [dose('vaccin-dtp', '2008-03-01'), ...ror('1991-03-01', '1991-07-01')],
    expected: { 'vaccin-dtp': 'overdue' },
  },
  {
    // IMC ≥ 40, 20 February 2026: the extended campaign is open → flu and Covid-19 due. Two
    // cytologies before 30, the last 2022-01-01 → HPV test due 2025-01-01 → overdue.
    name: 'woman of 30 with severe obesity in February 2026',
    birthDate: '1995-06-01',
    sex: 'F',
    asOf: '2026-02-20',
    conditions: ['obesite-severe'],
    history: [
      dose('vaccin-dtp', '2020-07-01'),
      ...ror('1996-06-01', '1996-10-01'),
      ...both('vaccin-hpv', ['2006-08-01', '2007-03-01']),
      dose('vaccin-meningocoque-acwy', '2006-08-01'),
      dose('bilan-prevention', '2019-01-01'),
      dose('depistage-cancer-col-uterus', '2021-01-01', 'cytologie'),
      dose('depistage-cancer-col-uterus', '2022-01-01', 'cytologie'),
    ],
    expected: { 'vaccin-grippe': 'due', 'vaccin-covid': 'due', 'depistage-cancer-col-uterus': 'overdue' },
  },
  {
    // Immunodepressed: Covid-19 dose of 20 September counts for this season (from 1 September);
    // flu, zona and pneumocoque due (condition onset unknown → never overdue).
    name: 'immunodepressed woman of 40',
    birthDate: '1985-04-04',
    sex: 'F',
    asOf: '2025-11-15',
    conditions: ['immunodepression'],
    history: [
      dose('vaccin-covid', '2025-09-20'),
      dose('vaccin-dtp', '2010-05-01'),
      ...ror('1986-04-04', '1986-08-04'),
      dose('depistage-cancer-col-uterus', '2022-01-01', 'test-hpv'),
    ],
    expected: { 'vaccin-grippe': 'due', 'vaccin-zona': 'due', 'vaccin-pneumocoque': 'due' },
  },
  {
    // Booster at 41 counts for 45 (less than 5 years before); bilan 45–50 never done, due since
    // 2023-03-01 → overdue. Born before 1980: no ROR.
    name: 'man of 47 with a booster at 41',
    birthDate: '1978-03-01',
    sex: 'M',
    asOf: '2025-11-15',
    history: [dose('vaccin-dtp', '2003-03-10'), dose('vaccin-dtp', '2019-05-01')],
    expected: { 'bilan-prevention': 'overdue' },
  },
  {
    // Never screened: breast and colorectal due since 50, cervical since 25 → all overdue. The
    // 45–50 bilan band closed at 51.
    name: 'woman of 52 never screened',
    birthDate: '1973-05-10',
    sex: 'F',
    asOf: '2025-11-15',
    history: [dose('vaccin-dtp', '2018-06-01')],
    expected: {
      'depistage-cancer-sein': 'overdue',
      'depistage-cancer-colorectal': 'overdue',
      'depistage-cancer-col-uterus': 'overdue',
    },
  },
  {
    // Colorectal test 2023-12-01 → 2025-12-01 upcoming; mammography 2024-03-01 → 2026-03-01,
    // beyond 3 months; HPV test 2022 → 2027; bilan 60–65 done.
    name: 'woman of 62 mostly up to date',
    birthDate: '1963-01-20',
    sex: 'F',
    asOf: '2025-11-15',
    history: [
      dose('depistage-cancer-col-uterus', '2022-02-01', 'test-hpv'),
      dose('depistage-cancer-sein', '2024-03-01'),
      dose('depistage-cancer-colorectal', '2023-12-01'),
      dose('bilan-prevention', '2023-06-01'),
      dose('vaccin-dtp', '2008-02-01'),
    ],
    expected: { 'depistage-cancer-colorectal': 'upcoming' },
  },
  {
    // 66: booster at 64 counts for 65; flu and Covid-19 due; zona and pneumocoque due since 65
    // (2024-06-01) → overdue; no RSV at 66 without condition; bilan 60–65 band closed at 66.
    name: 'man of 66 with nothing but a booster at 64',
    birthDate: '1959-06-01',
    sex: 'M',
    asOf: '2025-11-15',
    history: [dose('vaccin-dtp', '2004-06-10'), dose('vaccin-dtp', '2023-09-01'), dose('depistage-cancer-colorectal', '2024-06-01')],
    expected: { 'vaccin-grippe': 'due', 'vaccin-covid': 'due', 'vaccin-zona': 'overdue', 'vaccin-pneumocoque': 'overdue' },
  },
  {
    // 68 with chronic respiratory failure: RSV (65–74 at risk) due; booster at 61 counts for 65.
    name: 'woman of 68 with respiratory failure',
    birthDate: '1957-03-15',
    sex: 'F',
    asOf: '2025-11-15',
    conditions: ['insuffisance-respiratoire'],
    history: [
      dose('vaccin-dtp', '2002-04-01'),
      dose('vaccin-dtp', '2018-04-01'),
      ...seasonDone,
      ...zonaDone,
      dose('vaccin-pneumocoque', '2023-05-01'),
      dose('depistage-cancer-sein', '2025-01-01'),
      dose('depistage-cancer-colorectal', '2025-01-01'),
      dose('bilan-prevention', '2022-01-01'),
    ],
    expected: { 'vaccin-vrs': 'due' },
  },
  {
    // 75 since May: the 75 booster (last at 64) and RSV due since 2025-05-01; bilan 70–75 never
    // done, due since 70 → overdue; colorectal screening stopped at 75.
    name: 'man of 75',
    birthDate: '1950-05-01',
    sex: 'M',
    asOf: '2025-11-15',
    history: [
      dose('vaccin-dtp', '1995-06-01'),
      dose('vaccin-dtp', '2014-06-01'),
      ...seasonDone,
      ...zonaDone,
      dose('vaccin-pneumocoque', '2024-01-01'),
    ],
    expected: { 'vaccin-dtp': 'due', 'vaccin-vrs': 'due', 'bilan-prevention': 'overdue' },
  },
  {
    // 81: Covid-19 dose on 1 August (before this season) + 3 months (80 and over) → due.
    name: 'man of 81 with a Covid-19 dose in August',
    birthDate: '1944-02-10',
    sex: 'M',
    asOf: '2025-11-15',
    history: [
      dose('vaccin-covid', '2025-08-01'),
      dose('vaccin-grippe', '2025-10-20'),
      dose('vaccin-dtp', '2019-03-01'),
      ...zonaDone,
      dose('vaccin-pneumocoque', '2024-01-01'),
      dose('vaccin-vrs', '2024-10-01'),
    ],
    expected: { 'vaccin-covid': 'due' },
  },
  {
    // 1 May 2025, almost 85: spring Covid-19 campaign (14 April–14 June 2025) due; the 85 booster
    // (2025-05-20) upcoming, the last at 76 being more than 5 years before it.
    name: 'man of 84 in spring',
    birthDate: '1940-05-20',
    sex: 'M',
    asOf: '2025-05-01',
    history: [
      dose('vaccin-covid', '2024-11-01'),
      dose('vaccin-grippe', '2024-11-01'),
      dose('vaccin-dtp', '2016-06-01'),
      ...zonaDone,
      dose('vaccin-pneumocoque', '2024-01-01'),
      dose('vaccin-vrs', '2024-10-01'),
    ],
    expected: { 'vaccin-covid': 'due', 'vaccin-dtp': 'upcoming' },
  },
  {
    // Diabetic, nothing recorded. Pneumocoque: due through diabetes (onset unknown) but also by
    // age since 65 (2020-06-01) → overdue, like zona. dTP 65 missing → overdue; colorectal since
    // 50 → overdue; bilan 70–75 opened 2025-06-01 → due; flu and Covid-19 in season → due.
    name: 'diabetic man of 70 with nothing recorded',
    birthDate: '1955-06-01',
    sex: 'M',
    asOf: '2025-11-15',
    conditions: ['diabete'],
    expected: {
      'depistage-cancer-colorectal': 'overdue',
      'bilan-prevention': 'due',
      'vaccin-dtp': 'overdue',
      'vaccin-pneumocoque': 'overdue',
      'vaccin-grippe': 'due',
      'vaccin-covid': 'due',
      'vaccin-zona': 'overdue',
    },
  },
  {
    // Heart failure at 77: RSV due through the condition from 65, and by age since 75
    // (2023-09-01) → overdue.
    name: 'man of 77 with heart failure, no RSV vaccine',
    birthDate: '1948-09-01',
    sex: 'M',
    asOf: '2025-11-15',
    conditions: ['insuffisance-cardiaque'],
    history: [...seasonDone, ...zonaDone, dose('vaccin-pneumocoque', '2024-01-01'), dose('vaccin-dtp', '2023-10-01'), dose('bilan-prevention', '2019-01-01')],
    expected: { 'vaccin-vrs': 'overdue' },
  },
];

describe('preventionDue — review table of whole patients', () => {
  for (const p of PROFILES) {
    it(p.name, () => {
      const { name: _name, expected, ...input } = p;
      expect(statuses(input)).toEqual(expected);
    });
  }
});

describe('preventionDue — pregnancy-only acts need a woman', () => {
  it('« grossesse » ticked for a man by mistake: no pregnancy dTcaP or RSV reminder', () => {
    const history = [dose('vaccin-dtp', '2020-03-01'), ...ror('1996-02-14', '1996-06-14')];
    const result = statuses({ birthDate: '1995-02-14', sex: 'M', asOf: '2025-11-15', history, conditions: ['grossesse'] });
    expect([result['vaccin-dtp'], result['vaccin-vrs']]).toEqual([undefined, undefined]);
  });
});
