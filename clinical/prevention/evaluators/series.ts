// A fixed number of doses (infant series, ROR, zona, single adult doses).
import { addMonths, compareYmd, formatYmd, maxYmd, minYmd, type Ymd } from '../dates';
import { actsFor, type PatientContext } from '../context';
import { dateAtAge, windowsFromAsOf, type Window } from '../eligibility';
import { findingFor, type Finding } from '../status';
import type { DosePlan, SeriesRule } from '../rule-types';
import { day, msg, plural, type Msg } from '../../message';

function choosePlan(rule: SeriesRule, kinds: Set<string | undefined>): DosePlan | undefined {
  return rule.plans.find((plan) => plan.whenKind !== undefined && kinds.has(plan.whenKind)) ?? rule.plans.find((plan) => !plan.whenKind);
}

export function doseInfo(count: number, total: number, lastDate?: Ymd): Msg {
  if (total === 1) return lastDate ? msg('pvLastDose', day(formatYmd(lastDate))) : msg('pvNoDose');
  const recorded = count === 0 ? msg('pvNoDose') : plural('pvDosesRecorded', count, total);
  return msg('pvDoseOf', count + 1, total, recorded);
}

export function evaluateSeries(rule: SeriesRule, ctx: PatientContext): Finding | null {
  const countFrom = rule.countFromAge ? dateAtAge(ctx.birth, rule.countFromAge) : ctx.birth;
  const doses = actsFor(ctx, rule.id).filter((act) => compareYmd(act.date, countFrom) >= 0);
  const plan = choosePlan(rule, new Set(doses.map((d) => d.kind)));
  if (!plan) return null;
  const spec = plan.doses[doses.length];
  if (!spec) return null; // series complete
  const last = doses[doses.length - 1];
  const info = doseInfo(doses.length, plan.doses.length, last?.date);
  const planUntil = plan.untilAge ? dateAtAge(ctx.birth, plan.untilAge) : null;
  for (const open of windowsFromAsOf(rule.eligibility, ctx)) {
    const window: Window = planUntil
      ? { ...open, until: open.until ? minYmd(open.until, planUntil) : planUntil }
      : open;
    if (window.until !== null && compareYmd(window.until, ctx.asOf) <= 0) continue; // too late for this vaccine
    let due = window.from;
    if (spec.atAge) due = maxYmd(due, dateAtAge(ctx.birth, spec.atAge));
    if (spec.afterPreviousMonths && last) due = maxYmd(due, addMonths(last.date, spec.afterPreviousMonths));
    const finding = findingFor(due, window, ctx.asOf, info);
    if (finding) return finding;
  }
  return null;
}
