// Once per pregnancy (pertussis, maternal RSV). The pregnancy's start and term are not in the
// input, so a reminder is "due" (never "overdue"), and a dose counts for this pregnancy when it is
// recent enough to have been given during it.
import { addMonths, compareYmd, formatYmd } from '../dates';
import { actsFor, type PatientContext } from '../context';
import { campaignsFrom } from '../campaigns';
import { windowsFromAsOf, isInWindow } from '../eligibility';
import { findingFor, type Finding } from '../status';
import type { PerPregnancyRule } from '../rule-types';
import { day, msg, type Msg } from '../../message';

function seasonFinding(rule: PerPregnancyRule, ctx: PatientContext, info: Msg): Finding | null {
  if (!rule.season) return findingFor(ctx.asOf, { from: ctx.asOf, until: null, fromKnown: false }, ctx.asOf, info);
  for (const campaign of campaignsFrom(rule.season, ctx.asOf)) {
    const open = compareYmd(campaign.start, ctx.asOf) <= 0;
    const from = open ? ctx.asOf : campaign.start;
    // Inside the window: "due" without a date (the pregnancy's term decides); before it: upcoming.
    const detail = msg('pvCampaign', day(formatYmd(campaign.start)), day(formatYmd(campaign.end)), info);
    const finding = findingFor(from, { from, until: null, fromKnown: false }, ctx.asOf, detail);
    if (finding) return finding;
  }
  return null;
}

export function evaluatePerPregnancy(rule: PerPregnancyRule, ctx: PatientContext): Finding | null {
  const window = windowsFromAsOf(rule.eligibility, ctx)[0];
  if (!window || !isInWindow(ctx.asOf, window)) return null;
  const doses = actsFor(ctx, rule.id);
  const recentFrom = addMonths(ctx.asOf, -rule.recentDoseMonths);
  if (doses.some((dose) => compareYmd(dose.date, recentFrom) >= 0)) return null;
  const last = doses[doses.length - 1];
  const info = last ? msg('pvLastDose', day(formatYmd(last.date))) : msg('pvNoDose');
  return seasonFinding(rule, ctx, info);
}
