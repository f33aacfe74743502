import type { RetentionSettings } from '../../messaging/storage-keys';

// Retention: patients not seen for N months are forgotten (their notes, intakes, files…). The
// setting, its bounds and its key: messaging/storage-keys.ts.

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
