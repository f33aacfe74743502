// Once per age band (Mon bilan prévention).
import { formatYmdFr } from '../dates';
import { actsFor, type PatientContext } from '../context';
import { isInWindow, windowsFromAsOf } from '../eligibility';
import { findingFor, type Finding } from '../status';
import type { OncePerBandRule } from '../rule-types';

export function evaluateOncePerBand(rule: OncePerBandRule, ctx: PatientContext): Finding | null {
  const acts = actsFor(ctx, rule.id);
  for (const window of windowsFromAsOf(rule.eligibility, ctx)) {
    if (acts.some((act) => isInWindow(act.date, window))) continue; // done for this band
    const last = acts[acts.length - 1];
    const info = last ? `aucun bilan dans cette tranche d'âge (dernier le ${formatYmdFr(last.date)})` : 'aucun bilan enregistré';
    const finding = findingFor(window.from, window, ctx.asOf, info);
    if (finding) return finding;
  }
  return null;
}
