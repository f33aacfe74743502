// One dose per campaign (flu, Covid-19), with an optional minimal delay since the last dose.
import { addMonths, compareYmd, formatYmd, maxYmd } from '../dates';
import { actsFor, type PatientContext } from '../context';
import { campaignsFrom } from '../campaigns';
import { clipWindow, eligibilityWindows, isInWindow } from '../eligibility';
import { findingFor, type Finding } from '../status';
import type { SeasonalRule } from '../rule-types';
import { day, msg } from '../../message';

function minInterval(rule: SeasonalRule, ctx: PatientContext): number {
  const short = rule.shortInterval;
  if (short && eligibilityWindows(short.when, ctx).some((w) => isInWindow(ctx.asOf, w))) return short.months;
  return rule.minIntervalMonths;
}

export function evaluateSeasonal(rule: SeasonalRule, ctx: PatientContext): Finding | null {
  const doses = actsFor(ctx, rule.id);
  const last = doses[doses.length - 1];
  const interval = minInterval(rule, ctx);
  const windows = eligibilityWindows(rule.eligibility, ctx);
  for (const campaign of campaignsFrom(rule.campaign, ctx.asOf)) {
    if (doses.some((dose) => compareYmd(dose.date, campaign.dosesCountFrom) >= 0)) continue; // done
    const dose = last ? msg('pvLastDose', day(formatYmd(last.date))) : msg('pvNoDose');
    const info = msg('pvCampaign', day(formatYmd(campaign.start)), day(formatYmd(campaign.end)), dose);
    for (const eligible of windows) {
      const window = clipWindow(eligible, campaign.start, campaign.end);
      if (!window) continue;
      // A campaign start is a known date, so a missed campaign dose can never be "overdue"
      // (a campaign lasts less than 12 months).
      let due = window.from;
      if (interval > 0 && last) due = maxYmd(due, addMonths(last.date, interval));
      const finding = findingFor(due, { ...window, fromKnown: true }, ctx.asOf, info);
      if (finding) return finding;
    }
  }
  return null;
}
