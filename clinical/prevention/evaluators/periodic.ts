// Repeated screening (mammography, colorectal test, cervical screening).
import { addMonths, compareYmd, formatYmd, maxYmd, type Ymd } from '../dates';
import { actsFor, type Act, type PatientContext } from '../context';
import { dateAtAge, windowsFromAsOf } from '../eligibility';
import { findingFor, type Finding } from '../status';
import type { PeriodicRule } from '../rule-types';
import { day, msg } from '../../message';

function nextDate(rule: PeriodicRule, acts: Act[], ctx: PatientContext): Ymd | null {
  const last = acts[acts.length - 1];
  if (!last) return null;
  const repeat = rule.firstRepeat;
  if (repeat && acts.length === 1 && last.kind !== repeat.exceptKind) {
    const early = addMonths(last.date, repeat.months);
    if (compareYmd(early, dateAtAge(ctx.birth, repeat.beforeAge)) < 0) return early;
  }
  const months = (last.kind && rule.intervalMonthsByKind?.[last.kind]) || rule.intervalMonths;
  return addMonths(last.date, months);
}

export function evaluatePeriodic(rule: PeriodicRule, ctx: PatientContext): Finding | null {
  const acts = actsFor(ctx, rule.id);
  const last = acts[acts.length - 1];
  const info = last ? msg('pvLastExam', day(formatYmd(last.date))) : msg('pvNoExam');
  const after = nextDate(rule, acts, ctx);
  for (const window of windowsFromAsOf(rule.eligibility, ctx)) {
    const due = after ? maxYmd(window.from, after) : window.from;
    const finding = findingFor(due, window, ctx.asOf, info);
    if (finding) return finding;
  }
  return null;
}
