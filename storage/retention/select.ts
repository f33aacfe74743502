import * as z from 'zod/mini';

// Retention: patients not seen for N months are forgotten (their notes, intakes, files…).
// Off by default; N is bounded so that a typo cannot purge last week's patients.
export const RETENTION_MIN_MONTHS = 3;
export const RETENTION_MAX_MONTHS = 120;

export const RetentionSettingsSchema = z.object({
  enabled: z.boolean(),
  months: z.number().check(z.int(), z.gte(RETENTION_MIN_MONTHS), z.lte(RETENTION_MAX_MONTHS)),
  /** When the start-up purge last ran (ms), so that it runs at most once a day. */
  lastRunAt: z.optional(z.number()),
  /** When the start-up check last looked, whether it ran or not (what a test can wait for). */
  checkedAt: z.optional(z.number()),
});
export type RetentionSettings = z.infer<typeof RetentionSettingsSchema>;
export const DEFAULT_RETENTION: RetentionSettings = { enabled: false, months: 36 };

/** The instant before which a last visit is too old: N calendar months before `now`. */
export function retentionCutoff(now: number, months: number): number {
  const d = new Date(now);
  const day = d.getDate();
  d.setDate(1);
  d.setMonth(d.getMonth() - months);
  // Clamp the day (31 March minus one month is 28/29 February, not 3 March).
  d.setDate(Math.min(day, new Date(d.getFullYear(), d.getMonth() + 1, 0).getDate()));
  return d.getTime();
}

export function selectExpired<P extends { key: string; lastSeen: number }>(patients: P[], now: number, months: number): P[] {
  const cutoff = retentionCutoff(now, months);
  return patients.filter((p) => p.lastSeen < cutoff);
}

export const DAY_MS = 24 * 60 * 60 * 1000;
/** The start-up purge runs when enabled and not already run in the last 24 hours. */
export const startupDue = (s: RetentionSettings, now: number) => s.enabled && (s.lastRunAt === undefined || now - s.lastRunAt >= DAY_MS || s.lastRunAt > now);

/** storage.local key of the setting (validated with RetentionSettingsSchema when read). */
export const RETENTION_KEY = 'preconsult:retention';
