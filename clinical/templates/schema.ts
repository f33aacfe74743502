// Checklist templates are data: this Zod schema is their contract. A practice's edited copy is
// validated with it before it is stored, and each issue becomes a French message with its path.
import * as z from 'zod/mini';

export const SPECIALTIES = ['medecine-generale', 'pediatrie', 'cardiologie', 'ophtalmologie'] as const;
export const MEASURE_ITEMS = ['ta', 'fc', 'poids', 'taille', 'tour-taille', 'temperature', 'spo2', 'glycemie', 'eva'] as const;
export const REVIEW_TOPICS = ['allergies', 'traitements', 'antecedents'] as const;
export const ITEM_KINDS = ['question', 'measure', 'document', 'action', 'review', 'prevention'] as const;

export type MeasureItemKey = (typeof MEASURE_ITEMS)[number];
export type ReviewTopic = (typeof REVIEW_TOPICS)[number];

const label = z.string({ error: 'Un texte est attendu.' }).check(
  z.minLength(1, 'Le libellé ne peut pas être vide.'),
  z.maxLength(120, 'Le libellé dépasse 120 caractères.'),
  // The hand-off block writes "libellé : valeur" on one line and reads it back.
  z.refine((s) => !/[\r\n]/.test(s) && !s.includes(' : '), 'Le libellé ne doit contenir ni retour à la ligne ni « : » entouré d’espaces.'),
);

const age = z.number({ error: 'Un âge en années (nombre) est attendu.' }).check(z.gte(0, 'Un âge ne peut pas être négatif.'), z.lte(130, 'Âge supérieur à 130 ans.'));

export const ConditionSchema = z.object({
  /** Inclusive, completed years. */
  minAge: z.optional(age),
  /** Inclusive, completed years. */
  maxAge: z.optional(age),
  sex: z.optional(z.enum(['F', 'M'], { error: 'Sexe « F » ou « M » attendu.' })),
});

const base = {
  id: z.string({ error: 'Un identifiant est attendu.' }).check(z.regex(/^[a-z0-9][a-z0-9-]{0,40}$/, 'Identifiant : lettres minuscules, chiffres et tirets (ex. « tour-taille »).')),
  label,
  required: z.boolean({ error: '« required » doit valoir true ou false.' }),
  when: z.optional(ConditionSchema),
};

export const ItemSchema = z.discriminatedUnion(
  'kind',
  [
    z.object({ ...base, kind: z.literal('question'), answer: z.enum(['text', 'yesno'], { error: 'Réponse « text » ou « yesno » attendue.' }) }),
    z.object({ ...base, kind: z.literal('measure'), measure: z.enum(MEASURE_ITEMS, { error: `Mesure inconnue : valeurs possibles ${MEASURE_ITEMS.join(', ')}.` }) }),
    z.object({ ...base, kind: z.literal('document') }),
    z.object({ ...base, kind: z.literal('action') }),
    z.object({ ...base, kind: z.literal('review'), topic: z.enum(REVIEW_TOPICS, { error: `Sujet inconnu : valeurs possibles ${REVIEW_TOPICS.join(', ')}.` }) }),
    z.object({ ...base, kind: z.literal('prevention') }),
  ],
  { error: `Type d'élément inconnu : valeurs possibles ${ITEM_KINDS.join(', ')}.` },
);

export const TemplateSchema = z
  .object({
    /** Format of this file; a change of format gets a new number and a migration. */
    format: z.literal(1, { error: '« format » doit valoir 1.' }),
    id: z.string({ error: 'Un identifiant est attendu.' }).check(z.regex(/^[a-z0-9][a-z0-9-]{1,60}$/, 'Identifiant du modèle : lettres minuscules, chiffres et tirets.')),
    /** Bumped at every change of the content; intakes keep the version they used. */
    version: z.number({ error: 'Un numéro de version est attendu.' }).check(z.int('La version est un entier.'), z.gte(1, 'La version commence à 1.')),
    name: label,
    specialty: z.enum(SPECIALTIES, { error: `Spécialité inconnue : valeurs possibles ${SPECIALTIES.join(', ')}.` }),
    /** The default template a practice copy was made from. */
    basedOn: z.optional(z.string()),
    /** In the order used during the intake. */
    items: z.array(ItemSchema, { error: 'Une liste d’éléments est attendue.' }).check(z.minLength(1, 'Le modèle doit contenir au moins un élément.'), z.maxLength(80, 'Au plus 80 éléments.')),
  })
  .check(
    z.superRefine((tpl, ctx) => {
      const seen = new Set<string>();
      tpl.items.forEach((item, i) => {
        if (seen.has(item.id)) ctx.addIssue({ code: 'custom', path: ['items', i, 'id'], input: item.id, message: `Identifiant « ${item.id} » déjà utilisé par un autre élément.` });
        seen.add(item.id);
        const w = item.when;
        if (w?.minAge !== undefined && w.maxAge !== undefined && w.minAge > w.maxAge) {
          ctx.addIssue({ code: 'custom', path: ['items', i, 'when'], input: w, message: 'L’âge minimum dépasse l’âge maximum.' });
        }
      });
    }),
  );

export type Template = z.infer<typeof TemplateSchema>;
export type TemplateItem = z.infer<typeof ItemSchema>;
export type ItemCondition = z.infer<typeof ConditionSchema>;
