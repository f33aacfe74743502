// Zod schema of preventionDue's input, with French messages the UI can show as they are.
import * as z from 'zod/mini';
import { compareYmd, formatYmdFr, parseYmd } from './dates';
import { CONDITIONS, REMINDER_IDS, SEXES } from './reminder-ids';

function isoDate(field: string) {
  const message = `${field} est invalide : date attendue au format AAAA-MM-JJ (par exemple 1980-04-23).`;
  return z.string({ error: message }).check(z.refine((text) => parseYmd(text) !== null, { error: message }));
}

export const HistoryEntrySchema = z.object({
  id: z.enum(REMINDER_IDS, {
    error: (issue) => `Acte inconnu dans l'historique : « ${String(issue.input)} ».`,
  }),
  date: isoDate("La date d'un acte de l'historique"),
  /** Cervical screening: 'cytologie' | 'test-hpv'; rotavirus: 'rotateq' for the 3-dose vaccine. */
  kind: z.optional(z.string({ error: "Le type d'un acte de l'historique doit être un texte." })),
});

export const PreventionInputSchema = z
  .object({
    birthDate: isoDate('La date de naissance'),
    sex: z.enum(SEXES, { error: 'Le sexe est invalide : « F » ou « M » attendu.' }),
    asOf: isoDate('La date de référence'),
    history: z.optional(z.array(HistoryEntrySchema, { error: "L'historique doit être une liste d'actes." })),
    conditions: z.optional(
      z.array(
        z.enum(CONDITIONS, { error: (issue) => `Situation inconnue : « ${String(issue.input)} ».` }),
        { error: 'Les situations doivent être une liste.' },
      ),
    ),
  })
  .check(
    z.superRefine((input, ctx) => {
      const birth = parseYmd(input.birthDate);
      const asOf = parseYmd(input.asOf);
      if (!birth || !asOf) return; // already reported by the field checks
      if (compareYmd(birth, asOf) > 0) {
        ctx.addIssue({
          code: 'custom',
          path: ['birthDate'],
          input: input.birthDate,
          message: `La date de naissance (${formatYmdFr(birth)}) est postérieure à la date de référence (${formatYmdFr(asOf)}).`,
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
            message: `L'acte « ${act.id} » est daté du ${formatYmdFr(date)}, après la date de référence (${formatYmdFr(asOf)}).`,
          });
        } else if (compareYmd(date, birth) < 0) {
          ctx.addIssue({
            code: 'custom',
            path: ['history', index, 'date'],
            input: act.date,
            message: `L'acte « ${act.id} » est daté du ${formatYmdFr(date)}, avant la date de naissance (${formatYmdFr(birth)}).`,
          });
        }
      });
    }),
  );

export type PreventionInput = z.infer<typeof PreventionInputSchema>;
export type HistoryEntry = z.infer<typeof HistoryEntrySchema>;
