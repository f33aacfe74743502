// Zod schema of preventionDue's input. Messages are descriptors (clinical/message.ts) carried in the
// Zod issues; checkPreventionInput reads them back with issueText.
import * as z from 'zod/mini';
import { compareYmd, formatYmd, parseYmd } from './dates';
import { CONDITIONS, REMINDER_IDS, REMINDER_LABELS, SEXES } from './reminder-ids';
import { day, msg, zodMessage, type MessageKey } from '../message';

function isoDate(key: MessageKey) {
  const message = zodMessage(msg(key));
  return z.string({ error: message }).check(z.refine((text) => parseYmd(text) !== null, { error: message }));
}

export const HistoryEntrySchema = z.object({
  id: z.enum(REMINDER_IDS, {
    error: (issue) => zodMessage(msg('pvErrUnknownAct', String(issue.input))),
  }),
  date: isoDate('pvErrActDate'),
  /** Cervical screening: 'cytologie' | 'test-hpv'; rotavirus: 'rotateq' for the 3-dose vaccine. */
  kind: z.optional(z.string({ error: zodMessage(msg('pvErrActKind')) })),
});

export const PreventionInputSchema = z
  .object({
    birthDate: isoDate('pvErrBirthDate'),
    sex: z.enum(SEXES, { error: zodMessage(msg('pvErrSex')) }),
    asOf: isoDate('pvErrAsOf'),
    history: z.optional(z.array(HistoryEntrySchema, { error: zodMessage(msg('pvErrHistory')) })),
    conditions: z.optional(
      z.array(
        z.enum(CONDITIONS, { error: (issue) => zodMessage(msg('pvErrUnknownCondition', String(issue.input))) }),
        { error: zodMessage(msg('pvErrConditions')) },
      ),
    ),
  })
  .check(
    z.superRefine((input, ctx) => {
      const birth = parseYmd(input.birthDate);
      const asOf = parseYmd(input.asOf);
      if (!birth || !asOf) return; // already reported by the field checks
      const d = (x: typeof birth) => day(formatYmd(x));
      if (compareYmd(birth, asOf) > 0) {
        ctx.addIssue({
          code: 'custom',
          path: ['birthDate'],
          input: input.birthDate,
          message: zodMessage(msg('pvErrBirthAfterAsOf', d(birth), d(asOf))),
        });
      }
      (input.history ?? []).forEach((act, index) => {
        const date = parseYmd(act.date);
        if (!date) return;
        if (compareYmd(date, asOf) > 0) {
          ctx.addIssue({
            code: 'custom',
            path: ['history', index, 'date'],
            input: act.date,
            message: zodMessage(msg('pvErrActAfterAsOf', REMINDER_LABELS[act.id], d(date), d(asOf))),
          });
        } else if (compareYmd(date, birth) < 0) {
          ctx.addIssue({
            code: 'custom',
            path: ['history', index, 'date'],
            input: act.date,
            message: zodMessage(msg('pvErrActBeforeBirth', REMINDER_LABELS[act.id], d(date), d(birth))),
          });
        }
      });
    }),
  );

export type PreventionInput = z.infer<typeof PreventionInputSchema>;
export type HistoryEntry = z.infer<typeof HistoryEntrySchema>;
