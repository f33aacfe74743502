// preventionDue for adolescents and young adults. Sources: Calendrier des vaccinations 2025
// (dTcaP at 11–13 years; HPV for girls and boys at 11–14 years, 2 doses 6 months apart, 3 doses
// 0–2–6 months in catch-up; méningocoques ACWY one dose at 11–14 years, catch-up 15–24 years;
// ROR 2 doses for everyone born since 1980); HAS 13 May 2025 (HPV catch-up up to 26 years
// inclusive); Mon bilan prévention (18–25 years); INCa (cervical screening from 25 years).
import { describe, expect, it } from 'vitest';
import { dose, statuses } from './prevention-helpers';

describe('preventionDue — adolescents et jeunes adultes', () => {
  it('girl of 11 with only childhood doses: dTcaP, HPV and ACWY due', () => {
    // Born 2014-09-01, asOf 2025-11-15. 11th birthday 2025-09-01 (< 12 months ago → due):
    // dTcaP (last dose at 6), HPV (no dose), ACWY (no dose after the 10th birthday).
    const history = [dose('vaccin-dtp', '2020-09-10'), dose('vaccin-ror', '2015-09-01'), dose('vaccin-ror', '2016-01-01')];
    expect(statuses({ birthDate: '2014-09-01', sex: 'F', asOf: '2025-11-15', history })).toEqual({
      'vaccin-dtp': 'due',
      'vaccin-hpv': 'due',
      'vaccin-meningocoque-acwy': 'due',
    });
  });

  it('boy of 13 with HPV dose 1 three months ago: dose 2 upcoming', () => {
    // Born 2012-06-15, asOf 2025-11-15. HPV started at 13 → 2 doses; dose 2 = 2025-08-15 +
    // 6 months = 2026-02-15 = asOf + 3 months → upcoming. dTcaP given at 11 (2023-07-01 ≥
    // 2023-06-15) → done until 25. ACWY after the 10th birthday → done.
    const history = [
      dose('vaccin-dtp', '2018-07-01'),
      dose('vaccin-dtp', '2023-07-01'),
      dose('vaccin-hpv', '2025-08-15'),
      dose('vaccin-meningocoque-acwy', '2023-07-01'),
      dose('vaccin-ror', '2013-06-15'),
      dose('vaccin-ror', '2013-10-15'),
    ];
    expect(statuses({ birthDate: '2012-06-15', sex: 'M', asOf: '2025-11-15', history })).toEqual({
      'vaccin-hpv': 'upcoming',
    });
  });

  it('boy of 14 with two HPV doses less than 5 months apart: a third dose is due', () => {
    // Born 2011-03-01. HPV 2025-01-10 and 2025-05-05: interval < 5 months → 3-dose schedule
    // (AMM). Dose 3: max(first + 6 months = 2025-07-10, second + 3 months = 2025-08-05)
    // = 2025-08-05 ≤ asOf, less than 12 months ago → due.
    const history = [
      dose('vaccin-hpv', '2025-01-10'),
      dose('vaccin-hpv', '2025-05-05'),
      dose('vaccin-meningocoque-acwy', '2024-01-01'),
      dose('vaccin-dtp', '2022-04-01'),
      dose('vaccin-ror', '2012-03-01'),
      dose('vaccin-ror', '2012-07-01'),
    ];
    expect(statuses({ birthDate: '2011-03-01', sex: 'M', asOf: '2025-11-15', history })).toEqual({
      'vaccin-hpv': 'due',
    });
  });

  it('girl of 12 fully vaccinated: nothing to remind', () => {
    // Born 2013-05-05. HPV 2024-06-01 and 2024-12-15 (6.5 months apart) → complete; ACWY and
    // dTcaP on 2024-06-01, after the 11th birthday; ROR 2 doses. Next DTP at 25 years.
    const history = [
      dose('vaccin-hpv', '2024-06-01'),
      dose('vaccin-hpv', '2024-12-15'),
      dose('vaccin-meningocoque-acwy', '2024-06-01'),
      dose('vaccin-dtp', '2024-06-01'),
      dose('vaccin-ror', '2014-05-05'),
      dose('vaccin-ror', '2014-09-05'),
    ];
    expect(statuses({ birthDate: '2013-05-05', sex: 'F', asOf: '2025-11-15', history })).toEqual({});
  });

  it('boy of 12 whose only ACWY dose was at 9 years: adolescent dose overdue', () => {
    // Born 2013-03-01. ACWY 2022-06-01 is before the 10th birthday → does not count. Due since
    // 11th birthday 2024-03-01, more than 12 months ago → overdue.
    const history = [
      dose('vaccin-meningocoque-acwy', '2022-06-01'),
      dose('vaccin-dtp', '2024-04-01'),
      dose('vaccin-hpv', '2024-04-01'),
      dose('vaccin-hpv', '2024-10-15'),
      dose('vaccin-ror', '2014-03-01'),
      dose('vaccin-ror', '2014-07-01'),
    ];
    expect(statuses({ birthDate: '2013-03-01', sex: 'M', asOf: '2025-11-15', history })).toEqual({
      'vaccin-meningocoque-acwy': 'overdue',
    });
  });

  it('young woman of 20 never vaccinated against HPV: catch-up and bilan overdue', () => {
    // Born 2005-04-10. HPV: never started → catch-up (3 doses), due since the 11th birthday
    // (2016-04-10) → overdue. Bilan prévention 18–25: due since 2023-04-10 → overdue.
    // dTcaP and ACWY given at 11. Cervical screening starts at 25 (2030) → absent.
    const history = [
      dose('vaccin-dtp', '2016-05-01'),
      dose('vaccin-meningocoque-acwy', '2016-05-01'),
      dose('vaccin-ror', '2006-04-10'),
      dose('vaccin-ror', '2006-08-10'),
    ];
    expect(statuses({ birthDate: '2005-04-10', sex: 'F', asOf: '2025-11-15', history })).toEqual({
      'vaccin-hpv': 'overdue',
      'bilan-prevention': 'overdue',
    });
  });

  it('man of 24 with one HPV dose at 22: dose 2 overdue, dTcaP at 25 upcoming', () => {
    // Born 2001-02-01. HPV started at 22 → 3 doses; dose 2 due 2023-09-01 + 2 months =
    // 2023-11-01, more than 12 months ago → overdue. DTP: fixed age 25 = 2026-02-01 ≤ 2026-02-15
    // and no dose since 23 years → upcoming. Bilan done at 22 → absent.
    const history = [
      dose('vaccin-hpv', '2023-09-01'),
      dose('vaccin-dtp', '2012-03-01'),
      dose('vaccin-meningocoque-acwy', '2012-03-01'),
      dose('bilan-prevention', '2024-01-10'),
      dose('vaccin-ror', '2002-02-01'),
      dose('vaccin-ror', '2002-06-01'),
    ];
    expect(statuses({ birthDate: '2001-02-01', sex: 'M', asOf: '2025-11-15', history })).toEqual({
      'vaccin-hpv': 'overdue',
      'vaccin-dtp': 'upcoming',
    });
  });

  it('woman of 27 with an incomplete HPV series: no longer reminded after 26 years', () => {
    // Born 1998-06-01; 27th birthday 2025-06-01 passed → HPV absent. dTcaP at 25 given
    // (2023-06-15). Two cytologies a year apart, next 2024-07-01 + 3 years → absent.
    const history = [
      dose('vaccin-hpv', '2024-01-01'),
      dose('vaccin-dtp', '2023-06-15'),
      dose('vaccin-ror', '1999-06-01'),
      dose('vaccin-ror', '1999-10-01'),
      dose('bilan-prevention', '2020-01-01'),
      dose('depistage-cancer-col-uterus', '2023-07-01', 'cytologie'),
      dose('depistage-cancer-col-uterus', '2024-07-01', 'cytologie'),
    ];
    expect(statuses({ birthDate: '1998-06-01', sex: 'F', asOf: '2025-11-15', history })).toEqual({});
  });

  it('young woman on her 18th birthday: bilan prévention due', () => {
    // Born 2007-11-15, asOf 2025-11-15: 18–25 band opens today → due. Childhood complete.
    const history = [
      dose('vaccin-dtp', '2013-11-20'),
      dose('vaccin-dtp', '2018-12-01'),
      dose('vaccin-hpv', '2019-01-01'),
      dose('vaccin-hpv', '2019-07-15'),
      dose('vaccin-meningocoque-acwy', '2019-01-01'),
      dose('vaccin-ror', '2008-11-15'),
      dose('vaccin-ror', '2009-03-15'),
    ];
    expect(statuses({ birthDate: '2007-11-15', sex: 'F', asOf: '2025-11-15', history })).toEqual({
      'bilan-prevention': 'due',
    });
  });

  it('teenager of 17 years 10 months: bilan prévention upcoming', () => {
    // Born 2008-01-10: 18th birthday 2026-01-10 ≤ 2026-02-15 → upcoming.
    const history = [
      dose('vaccin-dtp', '2014-01-15'),
      dose('vaccin-dtp', '2019-02-01'),
      dose('vaccin-hpv', '2019-02-01'),
      dose('vaccin-hpv', '2019-09-01'),
      dose('vaccin-meningocoque-acwy', '2019-02-01'),
      dose('vaccin-ror', '2009-01-10'),
      dose('vaccin-ror', '2009-05-10'),
    ];
    expect(statuses({ birthDate: '2008-01-10', sex: 'M', asOf: '2025-11-15', history })).toEqual({
      'bilan-prevention': 'upcoming',
    });
  });
});
