// Boosters at fixed ages (DTP): the last fixed age reached must have its dose; the next one is
// announced 3 months ahead.
import { addMonths, compareYmd, formatYmd, type Ymd } from '../dates';
import { actsFor, type PatientContext } from '../context';
import { windowsFromAsOf } from '../eligibility';
import { findingFor, type Finding } from '../status';
import type { FixedAgesRule, Milestone } from '../rule-types';
import { day, msg } from '../../message';

const MAX_AGE_YEARS = 130;

export function milestonesOf(rule: FixedAgesRule): Milestone[] {
  const list = [...rule.milestones];
  const last = list[list.length - 1];
  if (!last) return list;
  for (let age = last.ageYears + rule.thenEveryYears; age <= MAX_AGE_YEARS; age += rule.thenEveryYears) {
    list.push({ ageYears: age, creditYearsBefore: last.creditYearsBefore, what: msg(rule.repeatWhat, age) });
  }
  return list;
}

export function evaluateFixedAges(rule: FixedAgesRule, ctx: PatientContext): Finding | null {
  const window = windowsFromAsOf(rule.eligibility, ctx)[0];
  if (!window) return null;
  const doses = actsFor(ctx, rule.id);
  const birthday = (m: Milestone): Ymd => addMonths(ctx.birth, m.ageYears * 12);
  const credited = (m: Milestone): boolean => {
    const from = addMonths(ctx.birth, (m.ageYears - m.creditYearsBefore) * 12);
    return doses.some((dose) => compareYmd(dose.date, from) >= 0);
  };
  const milestones = milestonesOf(rule);
  const reached = milestones.filter((m) => compareYmd(birthday(m), ctx.asOf) <= 0);
  const lastReached = reached[reached.length - 1];
  const next = milestones[reached.length];
  const last = doses[doses.length - 1];
  const info = last ? msg('pvLastDose', day(formatYmd(last.date))) : msg('pvNoDose');
  for (const m of [lastReached, next]) {
    if (!m || credited(m)) continue;
    const finding = findingFor(birthday(m), window, ctx.asOf, msg('pvMilestone', m.what, info));
    if (finding) return finding;
  }
  return null;
}
