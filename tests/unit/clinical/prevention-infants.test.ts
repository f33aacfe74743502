// preventionDue for infants and children. Source of every expectation: Calendrier des
// vaccinations et recommandations vaccinales 2025 — hexavalent and pneumococcal conjugate at 2, 4,
// 11 months; méningocoque B at 3, 5, 12 months; méningocoques ACWY at 6 and 12 months; ROR at 12
// and 16–18 months; rotavirus at 2 and 3 months (+4 months for the 3-dose vaccine); DTCaP at
// 6 years. Status rules (reference sheet): upcoming = due within 3 months (inclusive),
// overdue = due for more than 12 months.
import { describe, expect, it } from 'vitest';
import { dose, statuses } from './prevention-helpers';

describe('preventionDue — nourrissons et enfants', () => {
  it('newborn on the day of birth: the 2- and 3-month vaccines are upcoming', () => {
    // Born 2025-06-01, asOf 2025-06-01, window for "upcoming" ends 2025-09-01.
    // hexavalent, pneumocoque, rotavirus dose 1 at 2 months = 2025-08-01 → upcoming.
    // méningo B dose 1 at 3 months = 2025-09-01 = asOf + 3 months → upcoming (inclusive).
    // ACWY at 6 months (2025-12-01), ROR at 12 months: too far → absent.
    expect(statuses({ birthDate: '2025-06-01', sex: 'M', asOf: '2025-06-01' })).toEqual({
      'vaccin-hexavalent': 'upcoming',
      'vaccin-pneumocoque': 'upcoming',
      'vaccin-rotavirus': 'upcoming',
      'vaccin-meningocoque-b': 'upcoming',
    });
  });

  it('infant of exactly 2 months, nothing given: 2-month vaccines due, méningo B upcoming', () => {
    // Born 2025-03-10, asOf 2025-05-10 = 2-month birthday → hexavalent, pneumocoque, rotavirus due.
    // Méningo B at 3 months = 2025-06-10 ≤ 2025-08-10 → upcoming; ACWY 2025-09-10 → absent.
    expect(statuses({ birthDate: '2025-03-10', sex: 'F', asOf: '2025-05-10' })).toEqual({
      'vaccin-hexavalent': 'due',
      'vaccin-pneumocoque': 'due',
      'vaccin-rotavirus': 'due',
      'vaccin-meningocoque-b': 'upcoming',
    });
  });

  it('infant of 2 months vaccinated at 2 months: next doses upcoming', () => {
    // Doses on 2025-05-12. Hexavalent/pneumocoque dose 2: max(4 months = 2025-07-10,
    // 2025-05-12 + 2 months = 2025-07-12) = 2025-07-12 ≤ 2025-08-20 → upcoming.
    // Rotavirus dose 2: max(3 months = 2025-06-10, +1 month = 2025-06-12) → upcoming.
    // Méningo B dose 1 2025-06-10 → upcoming. ACWY 2025-09-10 > 2025-08-20 → absent.
    const history = [
      dose('vaccin-hexavalent', '2025-05-12'),
      dose('vaccin-pneumocoque', '2025-05-12'),
      dose('vaccin-rotavirus', '2025-05-12'),
    ];
    expect(statuses({ birthDate: '2025-03-10', sex: 'F', asOf: '2025-05-20', history })).toEqual({
      'vaccin-hexavalent': 'upcoming',
      'vaccin-pneumocoque': 'upcoming',
      'vaccin-rotavirus': 'upcoming',
      'vaccin-meningocoque-b': 'upcoming',
    });
  });

  const fourMonthHistory = [
    dose('vaccin-hexavalent', '2025-03-15'),
    dose('vaccin-pneumocoque', '2025-03-15'),
    dose('vaccin-meningocoque-b', '2025-04-15'),
  ];

  it('infant of 4 months, 2-dose rotavirus complete', () => {
    // Born 2025-01-15, asOf 2025-05-15. Hexavalent/pneumocoque dose 2 at 4 months = today → due.
    // Rotavirus 2 doses given (2-dose vaccine) → complete. Méningo B dose 2: max(5 months,
    // 2025-04-15 + 2 months) = 2025-06-15 → upcoming. ACWY at 6 months = 2025-07-15 ≤ 2025-08-15
    // → upcoming.
    const history = [...fourMonthHistory, dose('vaccin-rotavirus', '2025-03-15'), dose('vaccin-rotavirus', '2025-04-15')];
    expect(statuses({ birthDate: '2025-01-15', sex: 'M', asOf: '2025-05-15', history })).toEqual({
      'vaccin-hexavalent': 'due',
      'vaccin-pneumocoque': 'due',
      'vaccin-meningocoque-b': 'upcoming',
      'vaccin-meningocoque-acwy': 'upcoming',
    });
  });

  it('infant of 4 months on the 3-dose rotavirus vaccine: third dose due at 4 months', () => {
    // Same as above but kind 'rotateq' → 3 doses (2, 3, 4 months), limit 32 weeks (2025-08-27).
    // Dose 3: max(4 months = 2025-05-15, 2025-04-15 + 1 month) = 2025-05-15 → due.
    const history = [
      ...fourMonthHistory,
      dose('vaccin-rotavirus', '2025-03-15', 'rotateq'),
      dose('vaccin-rotavirus', '2025-04-15', 'rotateq'),
    ];
    expect(statuses({ birthDate: '2025-01-15', sex: 'M', asOf: '2025-05-15', history })).toEqual({
      'vaccin-hexavalent': 'due',
      'vaccin-pneumocoque': 'due',
      'vaccin-rotavirus': 'due',
      'vaccin-meningocoque-b': 'upcoming',
      'vaccin-meningocoque-acwy': 'upcoming',
    });
  });

  it('infant of 6 months never vaccinated: rotavirus no longer offered after 24 weeks', () => {
    // Born 2025-01-01, asOf 2025-07-01. 24 weeks = 2025-06-18 < asOf → rotavirus absent (AMM).
    // Hexavalent/pneumocoque due since 2025-03-01, méningo B since 2025-04-01, ACWY since today:
    // all less than 12 months → due.
    expect(statuses({ birthDate: '2025-01-01', sex: 'F', asOf: '2025-07-01' })).toEqual({
      'vaccin-hexavalent': 'due',
      'vaccin-pneumocoque': 'due',
      'vaccin-meningocoque-b': 'due',
      'vaccin-meningocoque-acwy': 'due',
    });
  });

  it('infant of 11 months, primary series done: boosters due, 12-month vaccines upcoming', () => {
    // Born 2024-12-05, asOf 2025-11-05 (11 months). Hexavalent/pneumocoque dose 3:
    // max(11 months = 2025-11-05, 2025-04-05 + 6 months) = 2025-11-05 → due.
    // Méningo B dose 3: max(12 months = 2025-12-05, 2025-05-05 + 6) → upcoming.
    // ACWY dose 2: max(2025-12-05, 2025-06-05 + 6) = 2025-12-05 → upcoming.
    // ROR dose 1 at 12 months = 2025-12-05 → upcoming.
    const history = [
      dose('vaccin-hexavalent', '2025-02-05'),
      dose('vaccin-hexavalent', '2025-04-05'),
      dose('vaccin-pneumocoque', '2025-02-05'),
      dose('vaccin-pneumocoque', '2025-04-05'),
      dose('vaccin-rotavirus', '2025-02-05'),
      dose('vaccin-rotavirus', '2025-03-05'),
      dose('vaccin-meningocoque-b', '2025-03-05'),
      dose('vaccin-meningocoque-b', '2025-05-05'),
      dose('vaccin-meningocoque-acwy', '2025-06-05'),
    ];
    expect(statuses({ birthDate: '2024-12-05', sex: 'M', asOf: '2025-11-05', history })).toEqual({
      'vaccin-hexavalent': 'due',
      'vaccin-pneumocoque': 'due',
      'vaccin-meningocoque-b': 'upcoming',
      'vaccin-meningocoque-acwy': 'upcoming',
      'vaccin-ror': 'upcoming',
    });
  });

  it('child of 12 months: méningo B and ACWY boosters and ROR dose 1 due', () => {
    // Born 2024-11-20, asOf 2025-11-20. Hexavalent and pneumocoque have 3 doses → complete.
    // Méningo B dose 3: max(12 months = today, 2025-04-20 + 6 months) → due.
    // ACWY dose 2: max(today, 2025-05-20 + 6 months = today) → due. ROR dose 1 at 12 months → due.
    const history = [
      ...['2025-01-20', '2025-03-20', '2025-10-20'].flatMap((d) => [dose('vaccin-hexavalent', d), dose('vaccin-pneumocoque', d)]),
      dose('vaccin-rotavirus', '2025-01-20'),
      dose('vaccin-rotavirus', '2025-02-20'),
      dose('vaccin-meningocoque-b', '2025-02-20'),
      dose('vaccin-meningocoque-b', '2025-04-20'),
      dose('vaccin-meningocoque-acwy', '2025-05-20'),
    ];
    expect(statuses({ birthDate: '2024-11-20', sex: 'F', asOf: '2025-11-20', history })).toEqual({
      'vaccin-meningocoque-b': 'due',
      'vaccin-meningocoque-acwy': 'due',
      'vaccin-ror': 'due',
    });
  });

  it('child of 16 months: only the second ROR dose is due', () => {
    // Born 2024-07-10, asOf 2025-11-10. ROR dose 2: max(16 months = 2025-11-10,
    // 2025-07-10 + 1 month) = today → due. Every other infant series is complete.
    const history = [
      ...['2024-09-10', '2024-11-10', '2025-06-10'].flatMap((d) => [dose('vaccin-hexavalent', d), dose('vaccin-pneumocoque', d)]),
      dose('vaccin-rotavirus', '2024-09-10'),
      dose('vaccin-rotavirus', '2024-10-10'),
      dose('vaccin-meningocoque-b', '2024-10-10'),
      dose('vaccin-meningocoque-b', '2024-12-10'),
      dose('vaccin-meningocoque-b', '2025-07-10'),
      dose('vaccin-meningocoque-acwy', '2025-01-10'),
      dose('vaccin-meningocoque-acwy', '2025-07-10'),
      dose('vaccin-ror', '2025-07-10'),
    ];
    expect(statuses({ birthDate: '2024-07-10', sex: 'M', asOf: '2025-11-10', history })).toEqual({
      'vaccin-ror': 'due',
    });
  });

  it('child on the 6th birthday: DTCaP booster due', () => {
    // Born 2019-11-20, asOf 2025-11-20. Hexavalent reminders stop at 6 years (today), infant
    // pneumocoque, méningo B and ACWY at 2 years. ROR 2 doses given. DTP: fixed age 6 reached
    // today, no dose since → due.
    const history = [dose('vaccin-ror', '2020-11-20'), dose('vaccin-ror', '2021-03-20')];
    expect(statuses({ birthDate: '2019-11-20', sex: 'F', asOf: '2025-11-20', history })).toEqual({
      'vaccin-dtp': 'due',
    });
  });

  it('child of 5 years 10 months: DTCaP booster upcoming', () => {
    // Born 2020-01-15, asOf 2025-11-15; 6th birthday 2026-01-15 ≤ 2026-02-15 → upcoming.
    const history = [
      ...['2020-03-15', '2020-05-15', '2020-12-15'].map((d) => dose('vaccin-hexavalent', d)),
      dose('vaccin-ror', '2021-01-15'),
      dose('vaccin-ror', '2021-05-15'),
    ];
    expect(statuses({ birthDate: '2020-01-15', sex: 'M', asOf: '2025-11-15', history })).toEqual({
      'vaccin-dtp': 'upcoming',
    });
  });
});
