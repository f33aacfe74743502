import * as z from 'zod/mini';

// What an adapter (or the generic detector) reads of the patient shown on a record page.
// Every field comes from the page; nothing is guessed. Dates are ISO `YYYY-MM-DD`.
// zod/mini: this schema ships in the content script, where every kilobyte counts.
export const isoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'Date attendue au format AAAA-MM-JJ'));

const text = z.string().check(z.minLength(1), z.maxLength(200));

export const PatientContextSchema = z.object({
  /** Which reader produced this context: an adapter id, 'generic' or 'taught:<rule id>'. */
  adapter: z.string().check(z.minLength(1)),
  /** Page origin, e.g. `https://app.example.fr`. */
  origin: z.string().check(z.minLength(1)),
  /** The record software's own patient id, when the page exposes one. */
  recordId: z.optional(text),
  birthName: text,
  usedName: z.optional(text),
  firstNames: text,
  birthDate: isoDate,
  sex: z.optional(z.enum(['F', 'M'])),
  /** NIR as shown with spaces/dots removed: 15 characters with its key, or 13 without. */
  nir: z.optional(z.string().check(z.regex(/^[1-478][0-9]{4}(?:[0-9]{2}|2A|2B)[0-9]{6}(?:[0-9]{2})?$/i))),
  insStatus: z.optional(z.enum(['qualifiee', 'validee', 'recuperee', 'provisoire', 'inconnue'])),
  /** 0..1: how sure the reader is that these traits belong to the one patient shown. */
  confidence: z.number().check(z.gte(0), z.lte(1)),
});
export type PatientContext = z.infer<typeof PatientContextSchema>;

/** Result of reading a page: one patient, none, or a reason to refuse. */
export type Detection =
  | { kind: 'patient'; patient: PatientContext }
  | { kind: 'none'; reason: string }
  | { kind: 'ambiguous'; reason: string; candidates: PatientContext[] };
