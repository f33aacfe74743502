import * as z from 'zod/mini';

// A rule taught by the user for a site no adapter reads well: for each trait, where it sits on the
// page, anchored on a stable attribute or on the words of its label (never on positions, which
// break at the first redesign). Data, validated at every boundary (save, import).
const positional = /nth-(?:child|of-type)|:first|:last|:eq\(|\+|~/;

// What a stable selector may be, checked without a DOM (the background has none): an id, a tag,
// classes and attribute tests, joined by descendant or child combinators, as the teach script
// writes them (sites/anchor.ts). Anything else, a selector that does not parse included, is
// refused at teach and import: one bad rule would otherwise stop reading on its whole site.
const ESC = String.raw`\\(?:[0-9a-fA-F]{1,6}\s?|[^\n0-9a-fA-F])`;
const IDENT = String.raw`(?:--|-?(?:[A-Za-z_\u0080-\uFFFF]|${ESC}))(?:[\w\u0080-\uFFFF-]|${ESC})*`;
const STRING = String.raw`"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'`;
const ATTR = String.raw`\[\s*${IDENT}\s*(?:[~|^$*]?=\s*(?:${STRING}|${IDENT})\s*(?:[iIsS]\s*)?)?\]`;
const COMPOUND = String.raw`(?:${IDENT}|\*)?(?:#${IDENT}|\.${IDENT}|${ATTR})+|${IDENT}`;
const STABLE_SELECTOR = new RegExp(String.raw`^\s*(?:${COMPOUND})(?:\s*>\s*(?:${COMPOUND})|\s+(?:${COMPOUND}))*\s*$`);
export const isStableSelector = (s: string): boolean => STABLE_SELECTOR.test(s);

/**
 * How to take a trait out of an element that shows several (one click gave two fields): `name`,
 * the names as French records write them (upper-case family name, else family name first);
 * `name-given-first`, given names first ("Amara Nkechi Eze"); `date`, the date inside a phrase
 * ("Née le 12/03/1945 à Lyon"). Absent: the element's whole text.
 */
export const PARTS = ['name', 'name-given-first', 'date'] as const;
export type Part = (typeof PARTS)[number];

const stableSelector = () =>
  z.string().check(
    z.minLength(1), z.maxLength(200),
    z.refine((s) => !positional.test(s), 'Sélecteur positionnel refusé : il casserait au moindre changement de la page'),
    z.refine(isStableSelector, 'Sélecteur illisible : seuls un identifiant (#nom) ou des attributs ([name="nom"]) sont acceptés'),
  );

export const LocatorSchema = z
  .object({
    /** The words of the field's label, as shown ("Date de naissance"). */
    label: z.optional(z.string().check(z.minLength(1), z.maxLength(80))),
    /** A stable attribute selector (`#id`, `[data-testid="…"]`, `[name="…"]`, `[aria-label="…"]`). */
    selector: z.optional(stableSelector()),
    /** The same-origin frame the element is in (its own stable selector in the top page), if any. */
    frame: z.optional(stableSelector()),
    part: z.optional(z.enum(PARTS)),
  })
  .check(z.refine((l) => Boolean(l.label || l.selector), 'Chaque champ appris doit avoir un libellé ou un attribut stable'));
export type Locator = z.infer<typeof LocatorSchema>;

export const TaughtField = ['birthName', 'firstNames', 'birthDate', 'sex', 'recordId', 'noteField'] as const;
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
    sex: z.optional(LocatorSchema),
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
