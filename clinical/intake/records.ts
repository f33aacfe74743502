import * as z from 'zod/mini';
import { TemplateSchema } from '../templates/schema';
import { PreventionStateSchema, ValuesSchema } from './values';

// Row shapes of the `intakes` and `templates` tables (db.ts declares them loosely).
export const IntakeRecordSchema = z.object({
  id: z.string(),
  patientKey: z.string(),
  status: z.enum(['open', 'finished']),
  /** Local day of the visit, YYYY-MM-DD. */
  date: z.string(),
  startedAt: z.number(),
  updatedAt: z.number(),
  finishedAt: z.optional(z.number()),
  /** Required items left empty at finish, for the practice's "share completed". */
  missingCount: z.optional(z.number()),
  handedOffAt: z.optional(z.number()),
  /** The template as it was when the intake started: history stays readable after edits. */
  template: TemplateSchema,
  values: ValuesSchema,
  prevention: PreventionStateSchema,
});
export type IntakeRecord = z.infer<typeof IntakeRecordSchema>;

export const TemplateRecordSchema = z.object({
  id: z.string(),
  source: z.enum(['default', 'cabinet']),
  updatedAt: z.number(),
  template: TemplateSchema,
});
export type TemplateRecord = z.infer<typeof TemplateRecordSchema>;

export interface IntakeStats {
  perDay: { date: string; count: number }[];
  /** Median start-to-finish time of finished intakes, ms; null when none. */
  medianMs: number | null;
  /** Finished with every required item filled, over all intakes of the period (0..1). */
  completedShare: number | null;
  total: number;
}
