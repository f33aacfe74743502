// preventionDue for organised screening and Mon bilan prévention. Sources: INCa / Assurance
// maladie programmes — breast: women 50–74, mammography every 2 years; colorectal: 50–74, immuno-
// chemical test every 2 years; cervix: women 25–65, 25–29 two cytologies 1 year apart then every
// 3 years, 30–65 HPV test 3 years after the last normal cytology then every 5 years (HAS 2019);
// Mon bilan prévention at 18–25, 45–50, 60–65, 70–75 years.
import { describe, expect, it } from 'vitest';
import { dose, statuses } from './prevention-helpers';

const col = (date: string, kind?: string) => dose('depistage-cancer-col-uterus', date, kind);

describe('preventionDue — dépistages et bilan', () => {
  it('woman of 25 with no cervical screening: cytology and dTcaP at 25 due', () => {
    // Born 2000-10-01, asOf 2025-11-15. 25th birthday 2025-10-01 → cervical screening due and
    // DTP fixed age 25 without a dose since 23 → due. Bilan done at 18, HPV and ACWY complete.
    const history = [
      dose('vaccin-dtp', '2011-11-01'),
      dose('vaccin-meningocoque-acwy', '2011-11-01'),
      dose('vaccin-hpv', '2012-01-01'),
      dose('vaccin-hpv', '2012-08-01'),
      dose('bilan-prevention', '2019-01-01'),
      dose('vaccin-ror', '2001-10-01'),
      dose('vaccin-ror', '2002-02-01'),
    ];
    expect(statuses({ birthDate: '2000-10-01', sex: 'F', asOf: '2025-11-15', history })).toEqual({
      'depistage-cancer-col-uterus': 'due',
      'vaccin-dtp': 'due',
    });
  });

  const upToDateAt26 = [
    dose('vaccin-dtp', '2024-06-01'),
    dose('vaccin-hpv', '2010-06-01'),
    dose('vaccin-hpv', '2011-01-01'),
    dose('vaccin-meningocoque-acwy', '2010-06-01'),
    dose('bilan-prevention', '2018-01-01'),
    dose('vaccin-ror', '2000-05-20'),
    dose('vaccin-ror', '2000-09-20'),
  ];

  it('woman of 26 with a single cytology 11 months ago: second cytology upcoming', () => {
    // Born 1999-05-20. One cytology 2024-12-20 → the second 1 year later, 2025-12-20, before 30
    // → upcoming (≤ 2026-02-15).
    const history = [...upToDateAt26, col('2024-12-20', 'cytologie')];
    expect(statuses({ birthDate: '1999-05-20', sex: 'F', asOf: '2025-11-15', history })).toEqual({
      'depistage-cancer-col-uterus': 'upcoming',
    });
  });

  it('woman of 28, two cytologies, the last 3 years ago: cytology due', () => {
    // Born 1997-03-01. Cytologies 2021-10-01 and 2022-10-01 → next 3 years after the last,
    // 2025-10-01 → due (less than 12 months).
    const history = [
      col('2021-10-01', 'cytologie'),
      col('2022-10-01', 'cytologie'),
      dose('vaccin-dtp', '2022-03-15'),
      dose('vaccin-hpv', '2008-03-15'),
      dose('vaccin-hpv', '2008-10-01'),
      dose('vaccin-meningocoque-acwy', '2008-03-15'),
      dose('bilan-prevention', '2016-01-01'),
      dose('vaccin-ror', '1998-03-01'),
      dose('vaccin-ror', '1998-07-01'),
    ];
    expect(statuses({ birthDate: '1997-03-01', sex: 'F', asOf: '2025-11-15', history })).toEqual({
      'depistage-cancer-col-uterus': 'due',
    });
  });

  it('woman of 29 whose first cytology falls less than a year before 30: next is 3 years later', () => {
    // Born 1996-03-01, 30 on 2026-03-01. Single cytology 2025-06-01: the 1-year repeat
    // (2026-06-01) would be after 30, when the HPV test comes 3 years after the last normal
    // cytology (HAS 2019) → next 2028-06-01 → absent.
    const history = [
      col('2025-06-01', 'cytologie'),
      dose('vaccin-dtp', '2021-03-01'),
      dose('vaccin-hpv', '2007-04-01'),
      dose('vaccin-hpv', '2007-11-01'),
      dose('vaccin-meningocoque-acwy', '2007-04-01'),
      dose('bilan-prevention', '2015-01-01'),
      dose('vaccin-ror', '1997-03-01'),
      dose('vaccin-ror', '1997-07-01'),
    ];
    expect(statuses({ birthDate: '1996-03-01', sex: 'F', asOf: '2025-11-15', history })).toEqual({});
  });

  const at40 = [dose('vaccin-dtp', '2010-07-01'), dose('vaccin-ror', '1986-07-01'), dose('vaccin-ror', '1986-11-01')];

  it('woman of 40 whose HPV test is 5 years old: HPV test due', () => {
    // Born 1985-07-01. Test HPV 2020-10-01 → every 5 years → 2025-10-01 → due.
    const history = [...at40, col('2020-10-01', 'test-hpv')];
    expect(statuses({ birthDate: '1985-07-01', sex: 'F', asOf: '2025-11-15', history })).toEqual({
      'depistage-cancer-col-uterus': 'due',
    });
  });

  it('woman of 40, last test of unknown kind 3 years ago: due (3-year interval, safer side)', () => {
    // Test 2022-09-01 without kind → 3 years (choix produit) → 2025-09-01 → due.
    const history = [...at40, col('2022-09-01')];
    expect(statuses({ birthDate: '1985-07-01', sex: 'F', asOf: '2025-11-15', history })).toEqual({
      'depistage-cancer-col-uterus': 'due',
    });
  });

  it('woman of 40, HPV test 3 years ago: nothing (next in 2027)', () => {
    // Test HPV 2022-09-01 → 5 years → 2027-09-01 → absent.
    const history = [...at40, col('2022-09-01', 'test-hpv')];
    expect(statuses({ birthDate: '1985-07-01', sex: 'F', asOf: '2025-11-15', history })).toEqual({});
  });

  it('woman of 55 never screened for breast or colorectal cancer: both overdue', () => {
    // Born 1970-03-10 (before 1980: no ROR reminder). Due since the 50th birthday 2020-03-10,
    // more than 12 months ago → overdue. DTP at 45 given 2015-04-01. HPV test 2023 → next 2028.
    // Bilan 45–50 band closed on 2021-03-10, next band at 60.
    const history = [dose('vaccin-dtp', '2015-04-01'), col('2023-01-01', 'test-hpv')];
    expect(statuses({ birthDate: '1970-03-10', sex: 'F', asOf: '2025-11-15', history })).toEqual({
      'depistage-cancer-sein': 'overdue',
      'depistage-cancer-colorectal': 'overdue',
    });
  });

  it('woman of 52 with mammography 23 months ago and colorectal test 22 months ago: both upcoming', () => {
    // Born 1973-01-20. Mammography 2023-12-20 + 2 years = 2025-12-20; test 2024-01-10 + 2 years
    // = 2026-01-10; both ≤ 2026-02-15 → upcoming. HPV test 2021-06-01 → 2026-06-01 → absent.
    const history = [
      dose('depistage-cancer-sein', '2023-12-20'),
      dose('depistage-cancer-colorectal', '2024-01-10'),
      col('2021-06-01', 'test-hpv'),
      dose('vaccin-dtp', '2018-03-01'),
    ];
    expect(statuses({ birthDate: '1973-01-20', sex: 'F', asOf: '2025-11-15', history })).toEqual({
      'depistage-cancer-sein': 'upcoming',
      'depistage-cancer-colorectal': 'upcoming',
    });
  });

  it('man of 60 with a recent colorectal test: only the bilan prévention 60–65 is due', () => {
    // Born 1965-09-01. Test 2024-11-01 → 2026-11-01 → absent. 60–65 band opened 2025-09-01,
    // no bilan → due. No breast/cervical screening for men. DTP at 45 given; next at 65.
    const history = [dose('depistage-cancer-colorectal', '2024-11-01'), dose('vaccin-dtp', '2011-01-01')];
    expect(statuses({ birthDate: '1965-09-01', sex: 'M', asOf: '2025-11-15', history })).toEqual({
      'bilan-prevention': 'due',
    });
  });

  it('man of 60 whose only bilan was in the 45–50 band: the 60–65 bilan is due', () => {
    // Born 1965-01-05. Bilan 2012-01-01 belongs to the 45–50 band; 60–65 band opened
    // 2025-01-05, less than 12 months ago → due.
    const history = [
      dose('bilan-prevention', '2012-01-01'),
      dose('vaccin-dtp', '2011-01-01'),
      dose('depistage-cancer-colorectal', '2024-12-01'),
    ];
    expect(statuses({ birthDate: '1965-01-05', sex: 'M', asOf: '2025-11-15', history })).toEqual({
      'bilan-prevention': 'due',
    });
  });

  it('man of 74 at flu season, little recorded: the full senior list', () => {
    // Born 1951-02-01, asOf 2025-11-15 (74), campaign 2025-10-14 → 2026-01-31.
    // Colorectal test 2023-10-01 → 2025-10-01 → due (still 74).
    // Grippe and Covid-19 (≥ 65, no dose this season) → due.
    // Zona and pneumocoque: due since 65 (2016-02-01) → overdue.
    // VRS: 75 on 2026-02-01 ≤ 2026-02-15 → upcoming.
    // DTP: 65 booster given 2016-01-01; 75 booster 2026-02-01, no dose since 73 → upcoming.
    // Bilan 70–75 band since 2021-02-01, none → overdue.
    const history = [dose('depistage-cancer-colorectal', '2023-10-01'), dose('vaccin-dtp', '2016-01-01')];
    expect(statuses({ birthDate: '1951-02-01', sex: 'M', asOf: '2025-11-15', history })).toEqual({
      'depistage-cancer-colorectal': 'due',
      'vaccin-grippe': 'due',
      'vaccin-covid': 'due',
      'vaccin-zona': 'overdue',
      'vaccin-pneumocoque': 'overdue',
      'vaccin-vrs': 'upcoming',
      'vaccin-dtp': 'upcoming',
      'bilan-prevention': 'overdue',
    });
  });
});
