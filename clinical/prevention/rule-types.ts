// Shapes of the prevention rules table. A rule is data: who (eligibility paths), what and how
// often (the kind-specific fields), where it comes from (sources) and when it applies (validity).
import type { Condition, ReminderId, Sex } from './reminder-ids';
import type { SourceId } from './sources';
import type { MessageKey, Msg } from '../message';

/** An age counted from the birth date: whole months, then days (for week-based limits). */
export interface AgeSpec {
  readonly months?: number;
  readonly days?: number;
}

export const years = (n: number): AgeSpec => ({ months: n * 12 });
export const months = (n: number): AgeSpec => ({ months: n });
export const weeks = (n: number): AgeSpec => ({ days: n * 7 });

/**
 * One way of being eligible. A rule is recommended when ANY of its paths matches.
 * `fromAge` is inclusive, `untilAge` exclusive: 50–74 ans is { fromAge: 50 y, untilAge: 75 y }.
 * A path with conditions has no known start date (we do not know when the condition began),
 * so it never makes a reminder "overdue" on its own.
 */
export interface EligibilityPath {
  readonly sex?: Sex;
  readonly fromAge?: AgeSpec;
  readonly untilAge?: AgeSpec;
  /** YYYY-MM-DD: only people born on or after this date (ROR: 1 Jan 1980). */
  readonly bornFrom?: string;
  readonly conditionsAny?: readonly Condition[];
}

interface RuleBase {
  /** Unique key of this rule in the table (several rules can feed the same reminder id). */
  readonly key: string;
  readonly id: ReminderId;
  /** Description of the act (a pvWhat_ key of the catalogues), first part of the reason shown to the assistant. */
  readonly what: Msg;
  readonly sources: readonly SourceId[];
  /** YYYY-MM-DD, inclusive: the rule applies to `asOf` dates in [validFrom, validTo]. */
  readonly validFrom: string;
  readonly validTo: string | null;
  readonly eligibility: readonly EligibilityPath[];
}

/** Repeated screening: due when the last act is older than the interval. */
export interface PeriodicRule extends RuleBase {
  readonly kind: 'periodic';
  readonly intervalMonths: number;
  /** Interval after the last act, by its `kind`; unknown kinds use `intervalMonths`. */
  readonly intervalMonthsByKind?: Readonly<Record<string, number>>;
  /** Shorter interval after a single first act (cytologies 1 year apart before 30). */
  readonly firstRepeat?: {
    readonly months: number;
    /** Applies only while the repeat date falls before this age. */
    readonly beforeAge: AgeSpec;
    /** A first act of this kind does not trigger the short repeat. */
    readonly exceptKind?: string;
  };
}

/** Once in each eligibility window (each path is one age band). */
export interface OncePerBandRule extends RuleBase {
  readonly kind: 'once-per-band';
}

export interface Milestone {
  readonly ageYears: number;
  /**
   * A dose given up to this many years before the birthday counts for it (and the next booster
   * is then the following fixed age). Adult boosters: 5 years, the calendar's transition rule.
   */
  readonly creditYearsBefore: number;
  readonly what: Msg;
}

/** Boosters at fixed ages (DTP); the last fixed age reached must have its dose. */
export interface FixedAgesRule extends RuleBase {
  readonly kind: 'fixed-ages';
  readonly milestones: readonly Milestone[];
  /** After the last listed milestone, one more every N years (creditYearsBefore of the last). */
  readonly thenEveryYears: number;
  /** Description of the repeated boosters, a catalogue key whose `$1` is the age in years. */
  readonly repeatWhat: MessageKey;
}

export interface DoseSpec {
  /** Target age of this dose. */
  readonly atAge?: AgeSpec;
  /** Minimal delay after the previous dose, in months. */
  readonly afterPreviousMonths?: number;
  /** Minimal delay after the previous dose, in days (AMM limits given in weeks). */
  readonly afterPreviousDays?: number;
  /** This dose is no longer reminded from this age (the series could not be completed in time). */
  readonly beforeAge?: AgeSpec;
}

export interface DosePlan {
  /** Plan chosen when a recorded dose carries this `kind` (e.g. a 3-dose rotavirus vaccine). */
  readonly whenKind?: string;
  /**
   * Plan chosen by the age at the first dose (catch-up schedules): first dose given at
   * `firstDoseFromAge` ≤ age < `firstDoseBeforeAge`. Not started yet: the age the first dose
   * would be given at (today, or its target age if later).
   */
  readonly firstDoseFromAge?: AgeSpec;
  readonly firstDoseBeforeAge?: AgeSpec;
  readonly doses: readonly DoseSpec[];
  /**
   * Reminders of this plan stop at this age, in place of the rule's own upper age: a catch-up
   * started late may need doses after the rule's usual limit.
   */
  readonly untilAge?: AgeSpec;
}

/**
 * A fixed number of doses. Plan choice: a plan whose `whenKind` a recorded dose carries, else the
 * first plan whose age at first dose matches, else the plan with neither (the default).
 */
export interface SeriesRule extends RuleBase {
  readonly kind: 'series';
  /** Only doses given from this age count (the adolescent ACWY dose, adult pneumococcus, ROR from 12 months). */
  readonly countFromAge?: AgeSpec;
  /** A dose given less than this many months after the previous counted dose does not count (ROR: 1). */
  readonly countAfterMonths?: number;
  readonly plans: readonly DosePlan[];
}

/** HPV: the number of doses depends on the age at the first dose. */
export interface HpvRule extends RuleBase {
  readonly kind: 'hpv';
  readonly twoDoses: {
    readonly ifStartedBeforeAge: AgeSpec;
    readonly secondAfterMonths: number;
    /** Below this interval the second dose does not complete the 2-dose schedule. */
    readonly minIntervalMonths: number;
  };
  readonly threeDoses: {
    /** Target delays of doses 2 and 3 after the first (0, 2, 6 months). */
    readonly afterFirstMonths: readonly [number, number];
    /** Minimal delays after the previous dose for doses 2 and 3. */
    readonly minAfterPreviousMonths: readonly [number, number];
  };
}

/** Vaccination windows kept as dates (`campaigns.ts`): flu/Covid-19 autumn, Covid-19 spring, maternal RSV. */
export type CampaignKind = 'automne' | 'printemps' | 'vrs-grossesse';

/** One dose per vaccination campaign (flu, Covid-19). */
export interface SeasonalRule extends RuleBase {
  readonly kind: 'seasonal';
  readonly campaign: CampaignKind;
  /** Minimal delay since the last dose (0: none). */
  readonly minIntervalMonths: number;
  /** Shorter minimal delay for some people (Covid-19: 80 ans et plus, immunodépression). */
  readonly shortInterval?: { readonly months: number; readonly when: readonly EligibilityPath[] };
}

/**
 * Once per pregnancy: due unless a dose was recorded within the last `recentDoseMonths` (the
 * gestational age is not in the input, so "this pregnancy" is approximated by a recent dose).
 */
export interface PerPregnancyRule extends RuleBase {
  readonly kind: 'per-pregnancy';
  readonly recentDoseMonths: number;
  /** Only during this vaccination window (maternal RSV: September to January); upcoming before it opens. */
  readonly season?: CampaignKind;
}

export type PreventionRule =
  | PeriodicRule
  | OncePerBandRule
  | FixedAgesRule
  | SeriesRule
  | HpvRule
  | SeasonalRule
  | PerPregnancyRule;
