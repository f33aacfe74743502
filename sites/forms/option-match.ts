import type { ProfileFieldKey } from '../../clinical/admin/field-keys';
import type { FieldOption } from './field-descriptor';
import { BOOLEAN_SYNONYMS, MONTH_NAMES, OPTION_SYNONYMS } from './field-labels';
import { normalizeText } from './text-normalize';

// Finding the choice (select option or radio) that says a profile value: by value or text,
// accent- and case-insensitive, through the key's synonyms (F → « Féminin »), numbers
// compared as numbers (« 5 » = « 05 »), month numbers against month names.

/** Index of the matching option, or -1. Exact normalised equality only: a wrong choice is worse than none. */
export function findOptionIndex(options: readonly FieldOption[], key: ProfileFieldKey, value: string): number {
  const wanted = new Set<string>([normalizeText(value)]);
  const synonyms = OPTION_SYNONYMS[key]?.[value];
  if (synonyms) for (const s of synonyms) wanted.add(normalizeText(s));
  if (value === 'true' || value === 'false') for (const s of BOOLEAN_SYNONYMS[value]) wanted.add(normalizeText(s));
  if (key === 'birthDate.month') for (const s of MONTH_NAMES[Number(value) - 1] ?? []) wanted.add(normalizeText(s));
  wanted.delete('');

  const numeric = /^\d+$/.test(value) ? Number(value) : null;
  const matches = (candidate: string) => {
    const n = normalizeText(candidate);
    if (wanted.has(n)) return true;
    return numeric !== null && /^\d+$/.test(n) && Number(n) === numeric;
  };
  // Visible text first (what the user would pick), then the submitted value.
  const byText = options.findIndex((o) => o.text !== '' && matches(o.text));
  return byText >= 0 ? byText : options.findIndex((o) => o.value !== '' && matches(o.value));
}
