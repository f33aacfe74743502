// HPV: 2 doses when started at 11–14 years, 3 doses otherwise (calendrier 2025, AMM).
import { addMonths, compareYmd, maxYmd, type Ymd } from '../dates';
import { actsFor, type PatientContext } from '../context';
import { dateAtAge, windowsFromAsOf } from '../eligibility';
import { findingFor, type Finding } from '../status';
import type { HpvRule } from '../rule-types';
import { doseInfo } from './series';

interface Need {
  readonly total: number;
  /** Earliest date of the next dose, or null when the schedule is complete. */
  readonly next: Ymd | null;
}

function need(rule: HpvRule, doses: Ymd[], ctx: PatientContext): Need {
  const [first, second, third] = doses;
  const twoDoseLimit = dateAtAge(ctx.birth, rule.twoDoses.ifStartedBeforeAge);
  if (!first) {
    // Not started: the schedule depends on the age at which it will start.
    const total = compareYmd(ctx.asOf, twoDoseLimit) < 0 ? 2 : 3;
    return { total, next: ctx.birth };
  }
  const startedYoung = compareYmd(first, twoDoseLimit) < 0;
  const twoDoseOk =
    startedYoung &&
    (!second || compareYmd(second, addMonths(first, rule.twoDoses.minIntervalMonths)) >= 0);
  if (twoDoseOk) {
    return second ? { total: 2, next: null } : { total: 2, next: addMonths(first, rule.twoDoses.secondAfterMonths) };
  }
  const [toSecond, toThird] = rule.threeDoses.afterFirstMonths;
  const [minSecond, minThird] = rule.threeDoses.minAfterPreviousMonths;
  if (!second) return { total: 3, next: maxYmd(addMonths(first, toSecond), addMonths(first, minSecond)) };
  if (!third) return { total: 3, next: maxYmd(addMonths(first, toThird), addMonths(second, minThird)) };
  return { total: 3, next: null };
}

export function evaluateHpv(rule: HpvRule, ctx: PatientContext): Finding | null {
  const doses = actsFor(ctx, rule.id).map((act) => act.date);
  const { total, next } = need(rule, doses, ctx);
  if (!next) return null;
  const info = doseInfo(doses.length, total);
  for (const window of windowsFromAsOf(rule.eligibility, ctx)) {
    const finding = findingFor(maxYmd(window.from, next), window, ctx.asOf, info);
    if (finding) return finding;
  }
  return null;
}
