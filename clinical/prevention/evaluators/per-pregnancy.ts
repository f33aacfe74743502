// Once per pregnancy (pertussis). The pregnancy's start is unknown, so the status is "due".
import { addMonths, compareYmd, formatYmd } from '../dates';
import { actsFor, type PatientContext } from '../context';
import { windowsFromAsOf, isInWindow } from '../eligibility';
import { findingFor, type Finding } from '../status';
import type { PerPregnancyRule } from '../rule-types';
import { day, msg } from '../../message';

export function evaluatePerPregnancy(rule: PerPregnancyRule, ctx: PatientContext): Finding | null {
  const window = windowsFromAsOf(rule.eligibility, ctx)[0];
  if (!window || !isInWindow(ctx.asOf, window)) return null;
  const doses = actsFor(ctx, rule.id);
  const recentFrom = addMonths(ctx.asOf, -rule.recentDoseMonths);
  if (doses.some((dose) => compareYmd(dose.date, recentFrom) >= 0)) return null;
  const last = doses[doses.length - 1];
  const info = last ? msg('pvLastDose', day(formatYmd(last.date))) : msg('pvNoDose');
  return findingFor(ctx.asOf, { from: ctx.asOf, until: null, fromKnown: false }, ctx.asOf, info);
}
