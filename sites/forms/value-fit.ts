import type { FillValues, ProfileFieldKey } from '../../clinical/admin/field-keys';
import type { FieldDescriptor } from './field-descriptor';
import { findOptionIndex } from './option-match';
import { formatForTextField } from './value-format';

// What one field of a form will really receive, decided before anything is written, so the
// preview can say when a value does not fit where it goes (too long, several lines into one,
// a part left out, no matching choice) instead of writing less than the file holds in silence.
// Addresses keep every line: line 1 / line 2 where the form has both, joined where it has one.

export type FitNote =
  /** Several lines joined with « , » into a one-line field (nothing lost). */
  | 'joined'
  /** Cut to the field's maxlength. */
  | 'truncated'
  /** Part of the value has no field on this form (e.g. the NIR's key without its box). */
  | 'partDropped'
  /** A select or radio group with no choice saying this value. */
  | 'noOption'
  /** A check box asked for something that is not yes/no. */
  | 'notYesNo'
  /** Letters the form's font lacks, written as the closest ones (PDF forms). */
  | 'transliterated'
  /** Characters the form's font cannot write at all (PDF forms): left for the user. */
  | 'unencodable';

export interface Fit {
  /** What will be written: text for text fields, the option's text for choices, 'true'/'false' for check boxes. */
  text: string;
  /** The whole value the file holds for this field, as typed by hand it would read. */
  meant: string;
  notes: FitNote[];
  /** Part of `meant` will not reach the field. */
  loses: boolean;
  /** For a too-long value: the field's maximum length. */
  maxLength?: number;
}

const LOSING: ReadonlySet<FitNote> = new Set(['truncated', 'partDropped', 'noOption', 'notYesNo', 'transliterated', 'unencodable']);

/** The same fit with notes added (loses recomputed). */
export function withNotes(fit: Fit, text: string, notes: readonly FitNote[]): Fit {
  const all = [...fit.notes, ...notes];
  return { ...fit, text, notes: all, loses: all.some((n) => LOSING.has(n)) };
}

/** The value for a key, deriving birth-date parts from the ISO birth date when not given. */
export function resolveValue(key: ProfileFieldKey, values: FillValues): string | undefined {
  const direct = values[key];
  if (direct !== undefined && direct !== '') return direct;
  const iso = values.birthDate;
  if (!iso) return undefined;
  const [y, m, d] = iso.split('-');
  if (key === 'birthDate.year') return y;
  if (key === 'birthDate.month') return m;
  if (key === 'birthDate.day') return d;
  return undefined;
}

// A street line: a number first, or a French street word.
const STREET = /^\d+\s*(bis|ter|[a-d])?\b|\b(rue|avenue|av|boulevard|bd|all[ée]e|impasse|place|chemin|route|cours|quai|square|passage|faubourg|sentier|voie|lotissement|r[ée]sidence)\b/i;

/** The address lines the file holds (values.address keeps them one per line). */
function addressLines(values: FillValues): string[] {
  return (values.address ?? '').split('\n').map((l) => l.trim()).filter(Boolean);
}

/**
 * The value the form's field gets for `key`, given which keys the form's other fields take
 * (`formKeys`, with how many fields take each): an address line 1 with no line 2 on the form
 * takes every line; a line 2 takes the rest.
 */
export function meantValue(key: ProfileFieldKey, values: FillValues, formKeys: ReadonlyMap<ProfileFieldKey, number>): string | undefined {
  const lines = addressLines(values);
  if ((key === 'addressLine1' || key === 'addressLine2') && lines.length) {
    if (!formKeys.has('addressLine2')) return key === 'addressLine1' ? lines.join('\n') : undefined;
    // Line 1 and a complement: the street goes on line 1 (« 1 rue des Lilas »), the rest
    // (« EHPAD Les Glycines », « bâtiment B ») is the complement, whatever order the record used.
    const street = lines.findIndex((l) => STREET.test(l));
    const first = street >= 0 ? street : 0;
    if (key === 'addressLine1') return lines[first];
    const rest = lines.filter((_, i) => i !== first);
    return rest.length ? rest.join('\n') : undefined;
  }
  return resolveValue(key, values);
}

function done(text: string, meant: string, notes: FitNote[], extra: Partial<Fit> = {}): Fit {
  return { text, meant, notes, loses: notes.some((n) => LOSING.has(n)), ...extra };
}

/** What the field will receive and what, if anything, does not fit; null when the file has no value for it. */
export function fitValue(d: FieldDescriptor, key: ProfileFieldKey, values: FillValues, formKeys: ReadonlyMap<ProfileFieldKey, number>): Fit | null {
  const raw = meantValue(key, values, formKeys);
  if (raw === undefined || raw === '') return null;
  const meant = raw.replace(/\n/g, ', ');
  if (d.kind === 'checkbox') return raw === 'true' || raw === 'false' ? done(raw, raw, []) : done('', meant, ['notYesNo']);
  if (d.kind === 'select' || d.kind === 'radio') {
    const index = findOptionIndex(d.options, key, raw);
    const option = d.options[index];
    return option ? done(option.text || option.value, meant, []) : done('', meant, ['noOption']);
  }
  const notes: FitNote[] = [];
  let text = raw;
  if (raw.includes('\n')) {
    if (d.kind === 'textarea' || d.kind === 'contenteditable') return done(raw, meant, []);
    text = meant;
    notes.push('joined');
  }
  // The NIR's key in a box of its own: the last two digits.
  if ((key === 'nir' || key === 'insuredNir') && d.maxLength === 2 && /^\d{13}\w{2}$/.test(text)) return done(text.slice(13), text.slice(13), []);
  if ((key === 'nir' || key === 'insuredNir') && d.maxLength === 13 && text.length === 15) {
    // The body only: lost unless the form has a box for the key too.
    if ((formKeys.get(key) ?? 0) < 2) notes.push('partDropped');
    return done(text.slice(0, 13), text, notes);
  }
  const shaped = formatForTextField({ ...d, maxLength: null }, key, text) ?? text;
  const compact = formatForTextField(d, key, text);
  if (compact !== null) return done(compact, shaped === text ? meant : shaped, notes);
  // Longer than the field takes: the preview shows what would be cut.
  const max = d.maxLength ?? shaped.length;
  notes.push('truncated');
  return done(shaped.slice(0, max), shaped === text ? meant : shaped, notes, { maxLength: max });
}

/** How many fields of the form take each key (a form may split one value over two boxes). */
export function keyCounts(keys: readonly (ProfileFieldKey | null)[]): Map<ProfileFieldKey, number> {
  const out = new Map<ProfileFieldKey, number>();
  for (const k of keys) if (k) out.set(k, (out.get(k) ?? 0) + 1);
  return out;
}
