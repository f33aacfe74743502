// A fixed number of doses (infant series and their catch-up plans, ROR, zona, single adult doses).
import { addDays, addMonths, compareYmd, formatYmd, maxYmd, minYmd, type Ymd } from '../dates';
import { actsFor, type Act, type PatientContext } from '../context';
import { dateAtAge, windowsFromAsOf, type Window } from '../eligibility';
import { findingFor, type Finding } from '../status';
import type { DosePlan, SeriesRule } from '../rule-types';
import { day, msg, plural, type Msg } from '../../message';

const isDefault = (plan: DosePlan): boolean =>
  !plan.whenKind && !plan.firstDoseFromAge && !plan.firstDoseBeforeAge;

function matchesFirstDoseAge(plan: DosePlan, firstDose: Ymd, birth: Ymd): boolean {
  if (!plan.firstDoseFromAge && !plan.firstDoseBeforeAge) return false;
  if (plan.firstDoseFromAge && compareYmd(firstDose, dateAtAge(birth, plan.firstDoseFromAge)) < 0) return false;
  if (plan.firstDoseBeforeAge && compareYmd(firstDose, dateAtAge(birth, plan.firstDoseBeforeAge)) >= 0) return false;
  return true;
}

/**
 * The schedule this person follows. A recorded `kind` (the vaccine used) wins; then the age at
 * the first dose (catch-up schedules); not started yet, the first dose would be given today or
 * at its target age if that is later.
 */
export function choosePlan(rule: SeriesRule, doses: readonly Act[], ctx: PatientContext): DosePlan | undefined {
  const kinds = new Set(doses.map((d) => d.kind));
  const byKind = rule.plans.find((plan) => plan.whenKind !== undefined && kinds.has(plan.whenKind));
  if (byKind) return byKind;
  const fallback = rule.plans.find(isDefault);
  let firstDose = doses[0]?.date;
  if (!firstDose) {
    const target = fallback?.doses[0]?.atAge;
    firstDose = target ? maxYmd(ctx.asOf, dateAtAge(ctx.birth, target)) : ctx.asOf;
  }
  const start = firstDose;
  return rule.plans.find((plan) => !plan.whenKind && matchesFirstDoseAge(plan, start, ctx.birth)) ?? fallback;
}

export function doseInfo(count: number, total: number, lastDate?: Ymd): Msg {
  if (total === 1) return lastDate ? msg('pvLastDose', day(formatYmd(lastDate))) : msg('pvNoDose');
  const recorded = count === 0 ? msg('pvNoDose') : plural('pvDosesRecorded', count, total);
  return msg('pvDoseOf', count + 1, total, recorded);
}

export function evaluateSeries(rule: SeriesRule, ctx: PatientContext): Finding | null {
  const countFrom = rule.countFromAge ? dateAtAge(ctx.birth, rule.countFromAge) : ctx.birth;
  const doses: Act[] = [];
  for (const act of actsFor(ctx, rule.id)) {
    if (compareYmd(act.date, countFrom) < 0) continue;
    const previous = doses[doses.length - 1];
    if (previous && rule.countAfterMonths && compareYmd(act.date, addMonths(previous.date, rule.countAfterMonths)) < 0) continue;
    doses.push(act);
  }
  const plan = choosePlan(rule, doses, ctx);
  if (!plan) return null;
  const spec = plan.doses[doses.length];
  if (!spec) return null; // series complete
  const last = doses[doses.length - 1];
  const info = doseInfo(doses.length, plan.doses.length, last?.date);
  const planUntil = plan.untilAge ? dateAtAge(ctx.birth, plan.untilAge) : null;
  const doseUntil = spec.beforeAge ? dateAtAge(ctx.birth, spec.beforeAge) : null;
  const eligible = planUntil
    ? windowsFromAsOf(rule.eligibility.map((path) => ({ ...path, untilAge: plan.untilAge })), ctx)
    : windowsFromAsOf(rule.eligibility, ctx);
  for (const open of eligible) {
    let until = open.until;
    if (doseUntil) until = until ? minYmd(until, doseUntil) : doseUntil;
    const window: Window = { ...open, until };
    if (window.until !== null && compareYmd(window.until, ctx.asOf) <= 0) continue; // too late for this dose
    let due = window.from;
    if (spec.atAge) due = maxYmd(due, dateAtAge(ctx.birth, spec.atAge));
    if (last && spec.afterPreviousMonths) due = maxYmd(due, addMonths(last.date, spec.afterPreviousMonths));
    if (last && spec.afterPreviousDays) due = maxYmd(due, addDays(last.date, spec.afterPreviousDays));
    const finding = findingFor(due, window, ctx.asOf, info);
    if (finding) return finding;
  }
  return null;
}
