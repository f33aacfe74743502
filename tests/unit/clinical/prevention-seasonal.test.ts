// preventionDue for flu and Covid-19 campaigns. Sources: Calendrier des vaccinations 2025 (flu:
// ≥ 65 years and people at risk, incl. pregnancy and IMC ≥ 40; Covid-19: autumn campaign with the
// flu for ≥ 65 and people at risk, at least 6 months after the last dose, 3 months from 80 years
// and in immunodepression; spring campaign for ≥ 80 and immunodepressed); campaign 2025-2026
// from 14 October 2025 to 31 January 2026. Seasons not in the data: mid-October → 31 January
// (and mid-April → mid-June for spring), choix produit.
import { describe, expect, it } from 'vitest';
import { dose, statuses } from './prevention-helpers';

// Man born 1955-05-05 with everything but the season's vaccines up to date.
const man70 = [
  dose('vaccin-zona', '2021-01-10'),
  dose('vaccin-zona', '2021-03-15'),
  dose('vaccin-pneumocoque', '2024-01-01'),
  dose('vaccin-dtp', '2020-01-01'),
  dose('bilan-prevention', '2025-06-01'),
  dose('depistage-cancer-colorectal', '2025-06-01'),
];

describe('preventionDue — grippe et Covid-19', () => {
  it('first day of the 2025-26 campaign (from the data): flu and Covid-19 due', () => {
    // asOf 2025-10-14 = campaign start in the data. Last doses 2024-10-20: flu not this season,
    // Covid-19 more than 6 months ago → both due.
    const history = [...man70, dose('vaccin-grippe', '2024-10-20'), dose('vaccin-covid', '2024-10-20')];
    expect(statuses({ birthDate: '1955-05-05', sex: 'M', asOf: '2025-10-14', history })).toEqual({
      'vaccin-grippe': 'due',
      'vaccin-covid': 'due',
    });
  });

  it('out of season (March): nothing for a vaccinated man of 70', () => {
    // asOf 2026-03-01: 2025-26 campaign closed on 2026-01-31; next opens 2026-10-15 (fallback),
    // more than 3 months away. Spring Covid-19 campaign only for ≥ 80 / immunodepressed.
    const history = [...man70, dose('vaccin-grippe', '2025-10-20'), dose('vaccin-covid', '2025-10-20')];
    expect(statuses({ birthDate: '1955-05-05', sex: 'M', asOf: '2026-03-01', history })).toEqual({});
  });

  it('3 months before the next (fallback) campaign: flu and Covid-19 upcoming', () => {
    // asOf 2026-07-15 + 3 months = 2026-10-15 = fallback campaign start → upcoming. Covid-19:
    // 2025-10-20 + 6 months is long past → due from the campaign start → upcoming.
    const history = [...man70, dose('vaccin-grippe', '2025-10-20'), dose('vaccin-covid', '2025-10-20')];
    expect(statuses({ birthDate: '1955-05-05', sex: 'M', asOf: '2026-07-15', history })).toEqual({
      'vaccin-grippe': 'upcoming',
      'vaccin-covid': 'upcoming',
    });
  });

  it('one day earlier: nothing yet', () => {
    // asOf 2026-07-14 + 3 months = 2026-10-14 < 2026-10-15 → absent.
    const history = [...man70, dose('vaccin-grippe', '2025-10-20'), dose('vaccin-covid', '2025-10-20')];
    expect(statuses({ birthDate: '1955-05-05', sex: 'M', asOf: '2026-07-14', history })).toEqual({});
  });

  it('on 14 October 2026 the fallback window has not opened yet: upcoming', () => {
    // No 2026-27 dates in the data → start 2026-10-15 → upcoming on 2026-10-14.
    const history = [...man70, dose('vaccin-grippe', '2025-10-20'), dose('vaccin-covid', '2025-10-20')];
    expect(statuses({ birthDate: '1955-05-05', sex: 'M', asOf: '2026-10-14', history })).toEqual({
      'vaccin-grippe': 'upcoming',
      'vaccin-covid': 'upcoming',
    });
  });

  it('woman of 67 with a spring Covid-19 dose: autumn dose upcoming 6 months later', () => {
    // Born 1958-03-03. Covid 2025-06-01 (not this season) + 6 months = 2025-12-01 → upcoming.
    const history = [
      dose('vaccin-grippe', '2025-10-20'),
      dose('vaccin-covid', '2025-06-01'),
      dose('vaccin-zona', '2023-05-01'),
      dose('vaccin-zona', '2023-07-01'),
      dose('vaccin-pneumocoque', '2024-01-01'),
      dose('vaccin-dtp', '2023-04-01'),
      dose('depistage-cancer-sein', '2025-01-01'),
      dose('depistage-cancer-colorectal', '2025-01-01'),
      dose('bilan-prevention', '2023-01-01'),
    ];
    expect(statuses({ birthDate: '1958-03-03', sex: 'F', asOf: '2025-11-15', history })).toEqual({
      'vaccin-covid': 'upcoming',
    });
  });

  it('man of 82 with a Covid-19 dose in late August: autumn dose upcoming after 3 months', () => {
    // Born 1943-02-02. Dose 2025-08-25 (before 2025-09-01, not this season's) + 3 months
    // (≥ 80) = 2025-11-25 → upcoming. DTP 75 given 2018, next at 85 (2028).
    const history = [
      dose('vaccin-covid', '2025-08-25'),
      dose('vaccin-grippe', '2025-10-20'),
      dose('vaccin-dtp', '2018-03-01'),
      dose('vaccin-zona', '2023-05-01'),
      dose('vaccin-zona', '2023-07-01'),
      dose('vaccin-pneumocoque', '2024-01-01'),
      dose('vaccin-vrs', '2024-10-01'),
    ];
    expect(statuses({ birthDate: '1943-02-02', sex: 'M', asOf: '2025-11-15', history })).toEqual({
      'vaccin-covid': 'upcoming',
    });
  });

  it('woman of 86 in April: spring Covid-19 dose due', () => {
    // Born 1940-01-01, asOf 2026-04-20. Spring window (fallback) 2026-04-15 → 2026-06-15;
    // last dose 2025-10-20 + 3 months → due from 2026-04-15. Flu and autumn Covid: next
    // campaign 2026-10-15 > 2026-07-20 → absent. DTP 85: dose at 84 (2024-02-01) counts.
    const history = [
      dose('vaccin-covid', '2025-10-20'),
      dose('vaccin-grippe', '2025-10-20'),
      dose('vaccin-dtp', '2024-02-01'),
      dose('vaccin-zona', '2023-05-01'),
      dose('vaccin-zona', '2023-07-01'),
      dose('vaccin-pneumocoque', '2024-01-01'),
      dose('vaccin-vrs', '2024-10-01'),
    ];
    expect(statuses({ birthDate: '1940-01-01', sex: 'F', asOf: '2026-04-20', history })).toEqual({
      'vaccin-covid': 'due',
    });
  });

  it('woman of 40 with IMC ≥ 40: flu and Covid-19 due', () => {
    // Born 1985-01-01, obésité sévère → flu and Covid-19; not a pneumococcal indication.
    const history = [
      dose('vaccin-dtp', '2010-02-01'),
      dose('vaccin-ror', '1986-01-01'),
      dose('vaccin-ror', '1986-05-01'),
      dose('depistage-cancer-col-uterus', '2024-01-01', 'test-hpv'),
    ];
    expect(
      statuses({ birthDate: '1985-01-01', sex: 'F', asOf: '2025-11-15', history, conditions: ['obesite-severe'] }),
    ).toEqual({ 'vaccin-grippe': 'due', 'vaccin-covid': 'due' });
  });
});
