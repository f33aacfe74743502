import * as z from 'zod/mini';
import { RETENTION_MAX_MONTHS, RETENTION_MIN_MONTHS } from './storage-keys';

// Retention settings, preview and purge, and the "delete everything" of the options page.
const months = z.number().check(z.int(), z.gte(RETENTION_MIN_MONTHS), z.lte(RETENTION_MAX_MONTHS));

export const retentionRequests = [
  z.object({ type: z.literal('retention.get') }),
  z.object({ type: z.literal('retention.set'), enabled: z.boolean(), months }),
  z.object({ type: z.literal('retention.preview'), months }),
  z.object({ type: z.literal('retention.purge'), months }),
  // The typed word travels to the background, which checks it again.
  z.object({ type: z.literal('data.wipeAll'), confirm: z.literal('SUPPRIMER') }),
] as const;

export interface RetentionPreview {
  patients: number;
  notes: number;
  /** Oldest last visit among them (ms), null when nobody would go. */
  oldestLastSeen: number | null;
  /** Cut-off instant: last visits before it go. */
  cutoff: number;
  /** A few of them, oldest first, for the user to recognise. */
  sample: { name: string; lastSeen: number }[];
}

export interface RetentionResponses {
  'retention.get': { enabled: boolean; months: number; lastRunAt?: number };
  'retention.set': { enabled: boolean; months: number; lastRunAt?: number };
  'retention.preview': RetentionPreview;
  'retention.purge': { patients: number; notes: number };
  'data.wipeAll': { done: true };
}
