import * as z from 'zod/mini';

// A rule taught by the user for a site no adapter reads well: for each trait, where it sits on the
// page, anchored on a stable attribute or on the words of its label (never on positions, which
// break at the first redesign). Data, validated at every boundary (save, import).
const positional = /nth-(?:child|of-type)|:first|:last|:eq\(|\+|~/;

export const LocatorSchema = z
  .object({
    /** The words of the field's label, as shown ("Date de naissance"). */
    label: z.optional(z.string().check(z.minLength(1), z.maxLength(80))),
    /** A stable attribute selector (`#id`, `[data-testid="…"]`, `[name="…"]`, `[aria-label="…"]`). */
    selector: z.optional(
      z.string().check(z.minLength(1), z.maxLength(200), z.refine((s) => !positional.test(s), 'Sélecteur positionnel refusé : il casserait au moindre changement de la page')),
    ),
  })
  .check(z.refine((l) => Boolean(l.label || l.selector), 'Chaque champ appris doit avoir un libellé ou un attribut stable'));
export type Locator = z.infer<typeof LocatorSchema>;

export const TaughtField = ['birthName', 'firstNames', 'birthDate', 'recordId', 'noteField'] as const;
export type TaughtField = (typeof TaughtField)[number];

export const SiteRuleSchema = z.object({
  id: z.string().check(z.minLength(8), z.maxLength(64)),
  /** The site it applies to, as a match pattern (`https://app.example.fr/*`). */
  pattern: z.string().check(z.regex(/^https?:\/\/[^/*]+\/\*$/, 'Motif de site invalide')),
  createdAt: z.number(),
  fields: z.object({
    birthName: LocatorSchema,
    firstNames: LocatorSchema,
    birthDate: LocatorSchema,
    recordId: z.optional(LocatorSchema),
    /** The record's consultation-note field, where the intake hand-off block is written. */
    noteField: z.optional(LocatorSchema),
  }),
});
export type SiteRule = z.infer<typeof SiteRuleSchema>;

export const SiteRulesFileSchema = z.object({
  format: z.literal('preconsult-site-rules'),
  version: z.literal(1),
  rules: z.array(SiteRuleSchema),
});
