import type { VitalFieldKey, VitalFieldValues } from '../../clinical/intake/vital-fields';
import type { CollectedField } from './field-descriptor';
import type { UndoEntry, UndoRecord } from './fill';
import { refusalFor, type Refusal } from './field-state';
import { visibleText } from './label-text';
import { writeValue } from './native-value';
import { normalizeText } from './text-normalize';

// Step 3 of pre-fill for vital-signs fields: write the intake's measures into the record's own
// fields, only when called (the user's « Transmettre au dossier »), the way typing would
// (framework-controlled inputs included), keeping what each field held for undoFill (fill.ts).
// A field that already holds another value is left alone: it may be a measure taken by someone
// else today, and overwriting it would lose it.

export interface VitalPlanEntry {
  field: CollectedField;
  key: VitalFieldKey;
}

export type VitalSkipReason = Refusal | 'noValue' | 'noMatchingOption' | 'tooLong' | 'alreadyFilled' | 'alreadySet' | 'unsupported';

export interface VitalFillResult {
  filled: VitalPlanEntry[];
  skipped: (VitalPlanEntry & { reason: VitalSkipReason })[];
  undo: UndoRecord;
}

const ARM_WORDS: Record<string, readonly string[]> = {
  droit: ['droit', 'd', 'bras droit', 'right', 'r', 'right arm'],
  gauche: ['gauche', 'g', 'bras gauche', 'left', 'l', 'left arm'],
};

/** Numbers in a field of type number take a dot; text fields keep the French comma. */
function shape(el: HTMLInputElement | HTMLTextAreaElement, value: string): string {
  return el instanceof HTMLInputElement && el.type === 'number' ? value.replace(',', '.') : value;
}

export function fillVitals(plan: readonly VitalPlanEntry[], values: VitalFieldValues): VitalFillResult {
  const result: VitalFillResult = { filled: [], skipped: [], undo: { entries: [] } };
  const entries = result.undo.entries as UndoEntry[];
  for (const entry of plan) {
    const value = values[entry.key];
    const outcome = value === undefined || value === '' ? 'noValue' : fillOne(entry, value);
    if (typeof outcome === 'string') result.skipped.push({ ...entry, reason: outcome });
    else {
      entries.push(outcome);
      result.filled.push(entry);
    }
  }
  return result;
}

function fillOne({ field }: VitalPlanEntry, value: string): UndoEntry | VitalSkipReason {
  const el = field.elements[0];
  if (!el) return 'detached';
  const refusal = refusalFor(el);
  if (refusal) return refusal;
  if (el instanceof HTMLSelectElement) {
    const wanted = new Set([value, ...(ARM_WORDS[value] ?? [])].map(normalizeText));
    const options = Array.from(el.options);
    const index = options.findIndex((o) => wanted.has(normalizeText(visibleText(o) || o.textContent || '')) || (o.value !== '' && wanted.has(normalizeText(o.value))));
    if (index < 0) return 'noMatchingOption';
    if (el.selectedIndex === index) return 'alreadySet';
    if (el.value !== '') return 'alreadyFilled';
    const previous = el.value;
    writeValue(el, options[index]!.value);
    return { kind: 'value', element: el, previous, written: el.value };
  }
  if (!(el instanceof HTMLInputElement) && !(el instanceof HTMLTextAreaElement)) return 'unsupported';
  const text = shape(el, value);
  if (el.maxLength > 0 && text.length > el.maxLength) return 'tooLong';
  if (el.value === text) return 'alreadySet';
  if (el.value.trim() !== '') return 'alreadyFilled';
  const previous = el.value;
  writeValue(el, text);
  return { kind: 'value', element: el, previous, written: el.value };
}
