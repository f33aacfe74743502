// Vaccination campaign dates as data. A season missing here falls back to the usual window
// (choix produit), so reminders never stop when nobody has updated the table yet.
import type { CampaignKind } from './rule-types';
import { addMonths, compareYmd, ymd, type Ymd } from './dates';
import type { SourceId } from './sources';

export interface CampaignDates {
  /** Calendar year the campaign starts in. */
  readonly startYear: number;
  readonly start: string; // YYYY-MM-DD, first day
  readonly end: string; // YYYY-MM-DD, last day
  readonly source: SourceId;
}

export const CAMPAIGNS: Readonly<Record<CampaignKind, readonly CampaignDates[]>> = {
  automne: [
    // 2024-25: joint flu and Covid-19 campaign from 15 October, extended by the DGS to 28 February.
    { startYear: 2024, start: '2024-10-15', end: '2025-02-28', source: 'campagne-grippe-covid-2024-2025' },
    // 2025-26: from 14 October, planned until 31 January, extended to 28 February (DGS, 27 January 2026).
    { startYear: 2025, start: '2025-10-14', end: '2026-02-28', source: 'campagne-grippe-covid-2025-2026' },
  ],
  printemps: [
    { startYear: 2025, start: '2025-04-14', end: '2025-06-14', source: 'campagne-covid-printemps-2025' },
  ],
  'vrs-grossesse': [
    // Abrysvo for pregnant women at 32–36 SA, metropolitan France.
    { startYear: 2024, start: '2024-09-15', end: '2025-01-31', source: 'has-vrs-grossesse-2024' },
    // 2025-26 opened on 1 September 2025 (DGS); its end depends on the epidemic: the usual 31 January.
    { startYear: 2025, start: '2025-09-01', end: '2026-01-31', source: 'has-vrs-grossesse-2024' },
  ],
};

/** Usual windows as MM-DD (end may fall in the next year). */
export const CAMPAIGN_FALLBACK: Readonly<Record<CampaignKind, { start: string; end: string; endNextYear: boolean }>> = {
  automne: { start: '10-15', end: '01-31', endNextYear: true }, // mid-October to 31 January
  printemps: { start: '04-15', end: '06-15', endNextYear: false }, // mid-April to mid-June (choix produit)
  'vrs-grossesse': { start: '09-01', end: '01-31', endNextYear: true }, // September to January (HAS 2024)
};

export interface Campaign {
  readonly start: Ymd;
  readonly end: Ymd;
  /** Doses on or after this date count for the campaign. */
  readonly dosesCountFrom: Ymd;
  readonly fromData: boolean;
}

/**
 * Doses count for a campaign from the 1st of the month before it opens (vaccines are often given
 * a little early, e.g. in hospital): 14 October → 1 September (choix produit).
 */
function earlyDoseStart(start: Ymd): Ymd {
  return { ...addMonths(start, -1), d: 1 };
}

export function campaignStartingIn(kind: CampaignKind, year: number): Campaign {
  const known = CAMPAIGNS[kind].find((c) => c.startYear === year);
  if (known) {
    const start = ymd(known.start);
    return { start, end: ymd(known.end), dosesCountFrom: earlyDoseStart(start), fromData: true };
  }
  const fallback = CAMPAIGN_FALLBACK[kind];
  const start = ymd(`${year}-${fallback.start}`);
  const end = ymd(`${fallback.endNextYear ? year + 1 : year}-${fallback.end}`);
  return { start, end, dosesCountFrom: earlyDoseStart(start), fromData: false };
}

/** The current campaign (if `asOf` falls in one) then the following ones, in date order. */
export function campaignsFrom(kind: CampaignKind, asOf: Ymd, count = 2): Campaign[] {
  const result: Campaign[] = [];
  for (let year = asOf.y - 1; result.length < count; year += 1) {
    const campaign = campaignStartingIn(kind, year);
    if (compareYmd(campaign.end, asOf) >= 0) result.push(campaign);
  }
  return result;
}
