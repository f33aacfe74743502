// Once per age band (Mon bilan prévention).
import { formatYmd } from '../dates';
import { actsFor, type PatientContext } from '../context';
import { isInWindow, windowsFromAsOf } from '../eligibility';
import { findingFor, type Finding } from '../status';
import type { OncePerBandRule } from '../rule-types';
import { day, msg } from '../../message';

export function evaluateOncePerBand(rule: OncePerBandRule, ctx: PatientContext): Finding | null {
  const acts = actsFor(ctx, rule.id);
  for (const window of windowsFromAsOf(rule.eligibility, ctx)) {
    if (acts.some((act) => isInWindow(act.date, window))) continue; // done for this band
    const last = acts[acts.length - 1];
    const info = last ? msg('pvNoCheckupInBand', day(formatYmd(last.date))) : msg('pvNoCheckup');
    const finding = findingFor(window.from, window, ctx.asOf, info);
    if (finding) return finding;
  }
  return null;
}
