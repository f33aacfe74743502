// The prevention rules in force from the 2025 calendar. Next year: copy the rules that change,
// close the old ones with `validTo`, open the new ones with `validFrom`, cite the new document.
// Each rule's description (`what`) is a key of the locale catalogues (pvWhat_<rule key>, French and
// English): the French text is the reference, written from the official calendar.
import type { Condition } from './reminder-ids';
import { months, weeks, years, type PreventionRule } from './rule-types';
import { msg } from '../message';

const CALENDRIER_2025 = '2025-01-01';

/** Conditions that make flu and Covid-19 vaccination recommended (calendrier 2025). */
const RISK_CONDITIONS: readonly Condition[] = [
  'grossesse',
  'diabete',
  'insuffisance-cardiaque',
  'insuffisance-respiratoire',
  'immunodepression',
  'obesite-severe',
];

export const RULES_2025: readonly PreventionRule[] = [
  // ── Dépistages organisés ─────────────────────────────────────────────────────────────
  {
    key: 'sein',
    id: 'depistage-cancer-sein',
    kind: 'periodic',
    what: msg('pvWhat_sein'),
    sources: ['inca-depistage-sein'],
    validFrom: CALENDRIER_2025,
    validTo: null,
    eligibility: [{ sex: 'F', fromAge: years(50), untilAge: years(75) }],
    intervalMonths: 24,
  },
  {
    key: 'colorectal',
    id: 'depistage-cancer-colorectal',
    kind: 'periodic',
    what: msg('pvWhat_colorectal'),
    sources: ['inca-depistage-colorectal'],
    validFrom: CALENDRIER_2025,
    validTo: null,
    eligibility: [{ fromAge: years(50), untilAge: years(75) }],
    intervalMonths: 24,
  },
  {
    key: 'col-uterus',
    id: 'depistage-cancer-col-uterus',
    kind: 'periodic',
    what: msg('pvWhat_col_uterus'),
    sources: ['inca-depistage-col-uterus'],
    validFrom: CALENDRIER_2025,
    validTo: null,
    eligibility: [{ sex: 'F', fromAge: years(25), untilAge: years(66) }],
    // Unknown kind: 3 years, the shorter interval (choix produit, the safer side).
    intervalMonths: 36,
    intervalMonthsByKind: { cytologie: 36, 'test-hpv': 60 },
    // The second cytology 1 year after the first, before 30; from 30 the HPV test comes 3 years
    // after the last normal cytology. A single act of unknown kind is treated as a cytology.
    firstRepeat: { months: 12, beforeAge: years(30), exceptKind: 'test-hpv' },
  },
  {
    key: 'bilan',
    id: 'bilan-prevention',
    kind: 'once-per-band',
    what: msg('pvWhat_bilan'),
    sources: ['mon-bilan-prevention'],
    validFrom: CALENDRIER_2025,
    validTo: null,
    eligibility: [
      { fromAge: years(18), untilAge: years(26) },
      { fromAge: years(45), untilAge: years(51) },
      { fromAge: years(60), untilAge: years(66) },
      { fromAge: years(70), untilAge: years(76) },
    ],
  },

  // ── Nourrissons et enfants ───────────────────────────────────────────────────────────
  // Minimal delays between doses are a product choice: 2 months between primary doses, 6 months
  // before the booster, as the calendar's own spacing.
  {
    key: 'hexavalent',
    id: 'vaccin-hexavalent',
    kind: 'series',
    what: msg('pvWhat_hexavalent'),
    sources: ['calendrier-vaccinal-2025'],
    validFrom: CALENDRIER_2025,
    validTo: null,
    // Catch-up reminders stop at 6 years, when the DTCaP booster takes over (choix produit).
    eligibility: [{ untilAge: years(6) }],
    plans: [
      {
        doses: [
          { atAge: months(2) },
          { atAge: months(4), afterPreviousMonths: 2 },
          { atAge: months(11), afterPreviousMonths: 6 },
        ],
      },
    ],
  },
  {
    key: 'rotavirus',
    id: 'vaccin-rotavirus',
    kind: 'series',
    what: msg('pvWhat_rotavirus'),
    sources: ['calendrier-vaccinal-2025', 'has-rotavirus-2022'],
    validFrom: CALENDRIER_2025,
    validTo: null,
    eligibility: [{}],
    // Doses at least 4 weeks apart, from 6 weeks. A dose is reminded only while the series can
    // still be completed in time (AMM): each dose's `beforeAge` leaves 4 weeks per remaining dose.
    plans: [
      // Default (no kind recorded): Rotarix, 2 doses, completed before 24 weeks, so no 1st dose
      // from 20 weeks on.
      {
        doses: [
          { atAge: months(2), beforeAge: weeks(20) },
          { atAge: months(3), afterPreviousDays: 28, beforeAge: weeks(24) },
        ],
      },
      // RotaTeq: 3 doses, the 1st by 12 weeks, completed before 32 weeks.
      {
        whenKind: 'rotateq',
        doses: [
          { atAge: months(2), beforeAge: { days: 12 * 7 + 1 } },
          { atAge: months(3), afterPreviousDays: 28, beforeAge: weeks(28) },
          { atAge: months(4), afterPreviousDays: 28, beforeAge: weeks(32) },
        ],
      },
    ],
  },
  {
    key: 'meningocoque-b',
    id: 'vaccin-meningocoque-b',
    kind: 'series',
    what: msg('pvWhat_meningocoque_b'),
    sources: ['calendrier-vaccinal-2025'],
    validFrom: CALENDRIER_2025,
    validTo: null,
    eligibility: [{ untilAge: years(2) }], // catch-up reminder until 2 years (choix produit)
    // The plan follows the age at the first dose (calendrier 2025, AMM Bexsero). The first dose is
    // due from 3 months in every plan: a child who starts late has been due since then.
    plans: [
      {
        doses: [
          { atAge: months(3) },
          { atAge: months(5), afterPreviousMonths: 2 },
          { atAge: months(12), afterPreviousMonths: 6 },
        ],
      },
      {
        // Started at 6–11 months: 2 doses 2 months apart, booster in the 2nd year, 2 months later.
        firstDoseFromAge: months(6),
        firstDoseBeforeAge: months(12),
        doses: [
          { atAge: months(3) },
          { afterPreviousMonths: 2 },
          { atAge: months(12), afterPreviousMonths: 2 },
        ],
      },
      {
        // Started at 12–23 months: 2 doses 2 months apart, booster 12 to 23 months after the 2nd;
        // these doses fall after 2 years, so this plan is reminded until 5 years (choix produit).
        firstDoseFromAge: months(12),
        firstDoseBeforeAge: months(24),
        doses: [{ atAge: months(3) }, { afterPreviousMonths: 2 }, { afterPreviousMonths: 12 }],
        untilAge: years(5),
      },
    ],
  },
  {
    key: 'meningocoque-acwy-nourrisson',
    id: 'vaccin-meningocoque-acwy',
    kind: 'series',
    what: msg('pvWhat_meningocoque_acwy_nourrisson'),
    sources: ['calendrier-vaccinal-2025'],
    validFrom: CALENDRIER_2025,
    validTo: null,
    eligibility: [{ untilAge: years(2) }], // catch-up until 2 years (calendrier 2025)
    plans: [
      // 6 and 12 months, at least 2 months apart (AMM Nimenrix, a dose from 6 months then 12 months).
      { doses: [{ atAge: months(6) }, { atAge: months(12), afterPreviousMonths: 2 }] },
      // Catch-up started from 12 months: a single dose.
      { firstDoseFromAge: months(12), firstDoseBeforeAge: months(24), doses: [{ atAge: months(6) }] },
    ],
  },
  {
    key: 'pneumocoque-nourrisson',
    id: 'vaccin-pneumocoque',
    kind: 'series',
    what: msg('pvWhat_pneumocoque_nourrisson'),
    sources: ['calendrier-vaccinal-2025'],
    validFrom: CALENDRIER_2025,
    validTo: null,
    eligibility: [{ untilAge: years(2) }],
    // The plan follows the age at the first dose (calendrier 2025, rattrapage; AMM of the conjugate
    // vaccines). The first dose is due from 2 months in every plan.
    plans: [
      {
        doses: [
          { atAge: months(2) },
          { atAge: months(4), afterPreviousMonths: 2 },
          { atAge: months(11), afterPreviousMonths: 6 },
        ],
      },
      {
        // Started at 7–11 months: 2 doses 2 months apart, booster in the 2nd year of life at least
        // 2 months after the 2nd (the calendar's « rappel un an plus tard », read with the AMM).
        firstDoseFromAge: months(7),
        firstDoseBeforeAge: months(12),
        doses: [{ atAge: months(2) }, { afterPreviousMonths: 2 }, { atAge: months(12), afterPreviousMonths: 2 }],
      },
      {
        // Started at 12–23 months: 2 doses at least 2 months apart, no booster; the 2nd may fall
        // after 2 years, so this plan is reminded until 3 years (choix produit).
        firstDoseFromAge: months(12),
        firstDoseBeforeAge: months(24),
        doses: [{ atAge: months(2) }, { afterPreviousMonths: 2 }],
        untilAge: years(3),
      },
    ],
  },
  {
    key: 'ror',
    id: 'vaccin-ror',
    kind: 'series',
    what: msg('pvWhat_ror'),
    sources: ['calendrier-vaccinal-2025'],
    validFrom: CALENDRIER_2025,
    validTo: null,
    eligibility: [{ fromAge: months(12), bornFrom: '1980-01-01' }],
    // A dose given before 12 months (travel, outbreak) does not count: 2 more doses from 12 months.
    countFromAge: months(12),
    // At least 1 month between the two doses (calendrier): a second dose sooner does not count.
    countAfterMonths: 1,
    plans: [{ doses: [{ atAge: months(12) }, { atAge: months(16), afterPreviousMonths: 1 }] }],
  },
  {
    key: 'dtp',
    id: 'vaccin-dtp',
    kind: 'fixed-ages',
    what: msg('pvWhat_dtp'),
    sources: ['calendrier-vaccinal-2025'],
    validFrom: CALENDRIER_2025,
    validTo: null,
    eligibility: [{ fromAge: years(6) }],
    milestones: [
      { ageYears: 6, creditYearsBefore: 0, what: msg('pvWhat_dtp_6') },
      { ageYears: 11, creditYearsBefore: 0, what: msg('pvWhat_dtp_11') },
      // Adult boosters, the calendar's transition rules: a booster less than 5 years before a fixed
      // age counts for it, the next one is at the following fixed age; no more than 25 years (15
      // from 65) between a booster and the next fixed age, else a booster now. With fixed ages 20
      // (then 10) years apart, both rules amount to: the last fixed age reached has a dose given
      // at most 5 years before it, else the booster is due since that age.
      { ageYears: 25, creditYearsBefore: 5, what: msg('pvWhat_dtp_25') },
      { ageYears: 45, creditYearsBefore: 5, what: msg('pvWhat_dtp_45') },
      { ageYears: 65, creditYearsBefore: 5, what: msg('pvWhat_dtp_65') },
    ],
    thenEveryYears: 10,
    repeatWhat: 'pvWhat_dtp_every10',
  },
  {
    key: 'coqueluche-grossesse',
    id: 'vaccin-dtp',
    kind: 'per-pregnancy',
    what: msg('pvWhat_coqueluche_grossesse'),
    sources: ['has-coqueluche-grossesse-2022', 'calendrier-vaccinal-2025'],
    validFrom: CALENDRIER_2025,
    validTo: null,
    eligibility: [{ sex: 'F', conditionsAny: ['grossesse'] }],
    // The gestational age is unknown: a dTcaP recorded in the last 6 months is taken as given in
    // this pregnancy (reference sheet, choix produit: an older dose cannot be a 2nd- or
    // 3rd-trimester dose of the current pregnancy).
    recentDoseMonths: 6,
  },
  {
    key: 'vrs-grossesse',
    id: 'vaccin-vrs',
    kind: 'per-pregnancy',
    what: msg('pvWhat_vrs_grossesse'),
    sources: ['has-vrs-grossesse-2024', 'calendrier-vaccinal-2025'],
    validFrom: CALENDRIER_2025,
    validTo: null,
    eligibility: [{ sex: 'F', conditionsAny: ['grossesse'] }],
    // Abrysvo is given at 32–36 SA, from September to January (metropolitan France); the
    // alternative is nirsevimab for the newborn. Without the gestational age, the reminder asks to
    // plan one or the other during the season. A dose at 32–36 SA is at most about 10 weeks before
    // birth, so only a dose of the last 3 months can belong to this pregnancy (choix produit).
    recentDoseMonths: 3,
    season: 'vrs-grossesse',
  },

  // ── Adolescents et jeunes adultes ────────────────────────────────────────────────────
  {
    key: 'hpv',
    id: 'vaccin-hpv',
    kind: 'hpv',
    what: msg('pvWhat_hpv'),
    sources: ['calendrier-vaccinal-2025', 'has-hpv-2025'],
    validFrom: CALENDRIER_2025,
    validTo: null,
    eligibility: [{ fromAge: years(11), untilAge: years(27) }],
    // 2 doses 5 to 13 months apart if started at 11–14 (calendrier 2025, AMM Gardasil 9: due
    // once the 5 months have passed; a second dose < 5 months after the first calls for a
    // third); otherwise 3 doses at 0, 2 and 6 months.
    twoDoses: { ifStartedBeforeAge: years(15), secondAfterMonths: 5, minIntervalMonths: 5 },
    threeDoses: { afterFirstMonths: [2, 6], minAfterPreviousMonths: [1, 3] },
  },
  {
    key: 'meningocoque-acwy-ado',
    id: 'vaccin-meningocoque-acwy',
    kind: 'series',
    what: msg('pvWhat_meningocoque_acwy_ado'),
    sources: ['calendrier-vaccinal-2025'],
    validFrom: CALENDRIER_2025,
    validTo: null,
    eligibility: [{ fromAge: years(11), untilAge: years(25) }],
    countFromAge: years(10), // doses before the 10th birthday do not count (choix produit)
    plans: [{ doses: [{}] }],
  },

  // ── Adultes ──────────────────────────────────────────────────────────────────────────
  {
    key: 'pneumocoque-adulte',
    id: 'vaccin-pneumocoque',
    kind: 'series',
    what: msg('pvWhat_pneumocoque_adulte'),
    sources: ['has-pneumocoque-2025', 'calendrier-vaccinal-2025'],
    validFrom: CALENDRIER_2025,
    validTo: null,
    eligibility: [
      { fromAge: years(65) },
      {
        fromAge: years(18),
        conditionsAny: ['immunodepression', 'diabete', 'insuffisance-cardiaque', 'insuffisance-respiratoire'],
      },
    ],
    countFromAge: years(18), // infant doses do not count
    plans: [{ doses: [{}] }],
  },
  {
    key: 'grippe',
    id: 'vaccin-grippe',
    kind: 'seasonal',
    campaign: 'automne',
    what: msg('pvWhat_grippe'),
    sources: ['calendrier-vaccinal-2025', 'campagne-grippe-covid-2025-2026'],
    validFrom: CALENDRIER_2025,
    validTo: null,
    // Flu vaccines are given from 6 months of age.
    eligibility: [{ fromAge: years(65) }, { fromAge: months(6), conditionsAny: RISK_CONDITIONS }],
    minIntervalMonths: 0,
  },
  {
    key: 'covid-automne',
    id: 'vaccin-covid',
    kind: 'seasonal',
    campaign: 'automne',
    what: msg('pvWhat_covid_automne'),
    sources: ['calendrier-vaccinal-2025', 'campagne-grippe-covid-2025-2026'],
    validFrom: CALENDRIER_2025,
    validTo: null,
    eligibility: [{ fromAge: years(65) }, { fromAge: months(6), conditionsAny: RISK_CONDITIONS }],
    minIntervalMonths: 6,
    shortInterval: { months: 3, when: [{ fromAge: years(80) }, { conditionsAny: ['immunodepression'] }] },
  },
  {
    key: 'covid-printemps',
    id: 'vaccin-covid',
    kind: 'seasonal',
    campaign: 'printemps',
    what: msg('pvWhat_covid_printemps'),
    sources: ['calendrier-vaccinal-2025', 'campagne-covid-printemps-2025'],
    validFrom: CALENDRIER_2025,
    validTo: null,
    eligibility: [{ fromAge: years(80) }, { fromAge: months(6), conditionsAny: ['immunodepression'] }],
    minIntervalMonths: 3,
  },
  {
    key: 'zona',
    id: 'vaccin-zona',
    kind: 'series',
    what: msg('pvWhat_zona'),
    sources: ['has-zona-2024', 'calendrier-vaccinal-2025'],
    validFrom: CALENDRIER_2025,
    validTo: null,
    eligibility: [{ fromAge: years(65) }, { fromAge: years(18), conditionsAny: ['immunodepression'] }],
    countFromAge: years(18),
    plans: [{ doses: [{}, { afterPreviousMonths: 2 }] }],
  },
  {
    key: 'vrs',
    id: 'vaccin-vrs',
    kind: 'series',
    what: msg('pvWhat_vrs'),
    sources: ['has-vrs-2024', 'calendrier-vaccinal-2025'],
    validFrom: CALENDRIER_2025,
    validTo: null,
    eligibility: [
      { fromAge: years(75) },
      {
        fromAge: years(65),
        untilAge: years(75),
        conditionsAny: ['insuffisance-respiratoire', 'insuffisance-cardiaque'],
      },
    ],
    plans: [{ doses: [{}] }], // season not modelled (choix produit)
  },
];
