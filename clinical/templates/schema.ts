// Checklist templates are data: this Zod schema is their contract. A practice's edited copy is
// validated with it before it is stored, and each issue becomes a message (a descriptor carried in
// the Zod issue, see clinical/message.ts) with its path.
import * as z from 'zod/mini';
import { msg, zodMessage, type MessageKey, type Text } from '../message';

const e = (key: MessageKey, ...subs: Text[]) => zodMessage(msg(key, ...subs));

export const SPECIALTIES = ['medecine-generale', 'pediatrie', 'cardiologie', 'ophtalmologie'] as const;
export const MEASURE_ITEMS = ['ta', 'fc', 'poids', 'taille', 'tour-taille', 'temperature', 'spo2', 'glycemie', 'eva'] as const;
export const REVIEW_TOPICS = ['allergies', 'traitements', 'antecedents'] as const;
export const ITEM_KINDS = ['question', 'measure', 'document', 'action', 'review', 'prevention'] as const;

export type MeasureItemKey = (typeof MEASURE_ITEMS)[number];
export type ReviewTopic = (typeof REVIEW_TOPICS)[number];

const label = z.string({ error: e('tplErrText') }).check(
  z.minLength(1, e('tplErrLabelEmpty')),
  z.maxLength(120, e('tplErrLabelLong')),
  // The hand-off block writes "libellé : valeur" on one line and reads it back.
  z.refine((s) => !/[\r\n]/.test(s) && !s.includes(' : '), e('tplErrLabelChars')),
);

const age = z.number({ error: e('tplErrAge') }).check(z.gte(0, e('tplErrAgeNegative')), z.lte(130, e('tplErrAgeMax')));

export const ConditionSchema = z.object({
  /** Inclusive, completed years. */
  minAge: z.optional(age),
  /** Inclusive, completed years. */
  maxAge: z.optional(age),
  sex: z.optional(z.enum(['F', 'M'], { error: e('tplErrSex') })),
});

const base = {
  id: z.string({ error: e('tplErrId') }).check(z.regex(/^[a-z0-9][a-z0-9-]{0,40}$/, e('tplErrItemId'))),
  label,
  required: z.boolean({ error: e('tplErrRequired') }),
  when: z.optional(ConditionSchema),
};

export const ItemSchema = z.discriminatedUnion(
  'kind',
  [
    z.object({ ...base, kind: z.literal('question'), answer: z.enum(['text', 'yesno'], { error: e('tplErrAnswer') }) }),
    z.object({ ...base, kind: z.literal('measure'), measure: z.enum(MEASURE_ITEMS, { error: e('tplErrMeasure', MEASURE_ITEMS.join(', ')) }) }),
    z.object({ ...base, kind: z.literal('document') }),
    z.object({ ...base, kind: z.literal('action') }),
    z.object({ ...base, kind: z.literal('review'), topic: z.enum(REVIEW_TOPICS, { error: e('tplErrTopic', REVIEW_TOPICS.join(', ')) }) }),
    z.object({ ...base, kind: z.literal('prevention') }),
  ],
  { error: e('tplErrKind', ITEM_KINDS.join(', ')) },
);

export const TemplateSchema = z
  .object({
    /** Format of this file; a change of format gets a new number and a migration. */
    format: z.literal(1, { error: e('tplErrFormat') }),
    id: z.string({ error: e('tplErrId') }).check(z.regex(/^[a-z0-9][a-z0-9-]{1,60}$/, e('tplErrTemplateId'))),
    /** Bumped at every change of the content; intakes keep the version they used. */
    version: z.number({ error: e('tplErrVersion') }).check(z.int(e('tplErrVersionInt')), z.gte(1, e('tplErrVersionMin'))),
    name: label,
    specialty: z.enum(SPECIALTIES, { error: e('tplErrSpecialty', SPECIALTIES.join(', ')) }),
    /** The default template a practice copy was made from. */
    basedOn: z.optional(z.string()),
    /** In the order used during the intake. */
    items: z.array(ItemSchema, { error: e('tplErrItems') }).check(z.minLength(1, e('tplErrItemsMin')), z.maxLength(80, e('tplErrItemsMax'))),
  })
  .check(
    z.superRefine((tpl, ctx) => {
      const seen = new Set<string>();
      tpl.items.forEach((item, i) => {
        if (seen.has(item.id)) ctx.addIssue({ code: 'custom', path: ['items', i, 'id'], input: item.id, message: e('tplErrDuplicateId', item.id) });
        seen.add(item.id);
        const w = item.when;
        if (w?.minAge !== undefined && w.maxAge !== undefined && w.minAge > w.maxAge) {
          ctx.addIssue({ code: 'custom', path: ['items', i, 'when'], input: w, message: e('tplErrAgeOrder') });
        }
      });
    }),
  );

export type Template = z.infer<typeof TemplateSchema>;
export type TemplateItem = z.infer<typeof ItemSchema>;
export type ItemCondition = z.infer<typeof ConditionSchema>;
