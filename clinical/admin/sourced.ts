import * as z from 'zod/mini';

// Where a profile value came from: read on a record page (with the label it sat under,
// so the assistant can check it) or typed by the assistant. Kept per value because a
// profile mixes both, and a page-read value may be stale where a typed one is not.
export const ValueSourceSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('page'),
    /** The label the value was read under, e.g. « Nom de naissance ». */
    label: z.string().check(z.minLength(1), z.maxLength(200)),
    /** Page origin, e.g. `https://app.example.fr`. */
    origin: z.optional(z.string()),
  }),
  z.object({ kind: z.literal('saisie') }),
]);
export type ValueSource = z.infer<typeof ValueSourceSchema>;

/** `{ value, source, capturedAt }` around any value schema; capturedAt is an ISO date-time. */
export function sourced<T extends z.core.SomeType>(value: T) {
  return z.object({
    value,
    source: ValueSourceSchema,
    capturedAt: z.iso.datetime({ offset: true }),
  });
}

export interface Sourced<T> {
  value: T;
  source: ValueSource;
  capturedAt: string;
}

/** Wrap a value typed by the assistant now. */
export function typed<T>(value: T, now: Date): Sourced<T> {
  return { value, source: { kind: 'saisie' }, capturedAt: now.toISOString() };
}

/** Wrap a value read on a page under `label`. */
export function fromPage<T>(value: T, label: string, now: Date, origin?: string): Sourced<T> {
  const source: ValueSource = origin === undefined ? { kind: 'page', label } : { kind: 'page', label, origin };
  return { value, source, capturedAt: now.toISOString() };
}
