// What the assistant entered for each checklist item, stored as typed (text), so that a value
// refused as implausible is kept and shown for correction, never lost.
import * as z from 'zod/mini';
import { GLYCEMIA_UNITS } from '../vitals';
import { CONDITIONS, REMINDER_IDS } from '../prevention';

const short = z.string().check(z.maxLength(12));
const isoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));

export const ItemValueSchema = z.object({
  /** Answer, note, free text of a review, or the typed number of a single measure. */
  text: z.optional(z.string().check(z.maxLength(4000))),
  /** Yes/no answer, document brought, action done. */
  yes: z.optional(z.boolean()),
  /** Blood pressure readings as typed. */
  readings: z.optional(z.array(z.object({ sys: short, dia: short })).check(z.maxLength(6))),
  arm: z.optional(z.enum(['droit', 'gauche'])),
  unit: z.optional(z.enum(GLYCEMIA_UNITS)),
  fasting: z.optional(z.boolean()),
  /** Review of allergies, treatments, history: checked unchanged, or changed. */
  review: z.optional(z.enum(['inchange', 'modifie'])),
});
export type ItemValue = z.infer<typeof ItemValueSchema>;

export const PreventionStateSchema = z.object({
  /** Acts reported during the intake (vaccines, screenings), for preventionDue. */
  history: z.array(z.object({ id: z.enum(REMINDER_IDS), date: isoDate, kind: z.optional(z.string().check(z.maxLength(30))) })).check(z.maxLength(100)),
  conditions: z.array(z.enum(CONDITIONS)).check(z.maxLength(CONDITIONS.length)),
  /** Asked when the record does not show the sex. */
  sex: z.optional(z.enum(['F', 'M'])),
});
export type PreventionState = z.infer<typeof PreventionStateSchema>;

export const ValuesSchema = z.record(z.string().check(z.maxLength(41)), ItemValueSchema);
export type Values = z.infer<typeof ValuesSchema>;

export const emptyPrevention = (): PreventionState => ({ history: [], conditions: [] });

/** True when the item has an answer worth counting as done. */
export function hasValue(kind: string, v: ItemValue | undefined, preventionSeen = false): boolean {
  if (kind === 'prevention') return preventionSeen;
  if (!v) return false;
  switch (kind) {
    case 'measure':
      return (v.readings ?? []).some((r) => r.sys.trim() !== '' && r.dia.trim() !== '') || (v.text ?? '').trim() !== '';
    case 'review':
      return v.review !== undefined;
    case 'question':
      return v.yes !== undefined || (v.text ?? '').trim() !== '';
    default:
      return v.yes !== undefined;
  }
}
