import type { FillValues, ProfileFieldKey } from '../../clinical/admin/field-keys';
import type { CollectedField } from './field-descriptor';
import { refusalFor, type Refusal } from './field-state';
import { visibleText } from './label-text';
import { restoreChildren, writeChecked, writeText, writeValue } from './native-value';
import { findOptionIndex } from './option-match';
import { formatForTextField } from './value-format';
import { resolveValue } from './value-fit';

// Step 3 of pre-fill: write the values the user confirmed, only when called (from the
// user's click), and keep what each field held before so the whole fill can be undone.

export interface FillPlanEntry {
  field: CollectedField;
  key: ProfileFieldKey;
  /** The text the preview showed for a text field (already fitted): written as it is. */
  text?: string;
}
export type FillPlan = readonly FillPlanEntry[];

export type FillSkipReason = Refusal | 'noValue' | 'noMatchingOption' | 'tooLong' | 'unsupported' | 'alreadySet';

type ValueElement = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

export type UndoEntry =
  | { kind: 'value'; element: ValueElement; previous: string; written: string }
  | { kind: 'checkbox'; element: HTMLInputElement; previous: boolean; written: boolean }
  | { kind: 'radio'; elements: HTMLInputElement[]; previous: number; written: number }
  | { kind: 'text'; element: HTMLElement; previous: Node[]; written: string };

export interface UndoRecord {
  /** In fill order; undone in reverse. */
  entries: readonly UndoEntry[];
}

export interface FillResult {
  filled: FillPlanEntry[];
  skipped: (FillPlanEntry & { reason: FillSkipReason })[];
  undo: UndoRecord;
}

export interface UndoResult {
  restored: number;
  /** Fields left alone: gone, now locked, or changed by the user after the fill. */
  skipped: { entry: UndoEntry; reason: Refusal | 'changedSinceFill' }[];
}

export function fill(plan: FillPlan, values: FillValues): FillResult {
  const result: FillResult = { filled: [], skipped: [], undo: { entries: [] } };
  const entries = result.undo.entries as UndoEntry[];
  for (const entry of plan) {
    const value = resolveValue(entry.key, values);
    const outcome = value === undefined ? 'noValue' : fillOne(entry, value);
    if (typeof outcome === 'string') result.skipped.push({ ...entry, reason: outcome });
    else {
      entries.push(outcome);
      result.filled.push(entry);
    }
  }
  return result;
}

function fillOne({ field, key, text: fitted }: FillPlanEntry, value: string): UndoEntry | FillSkipReason {
  const { descriptor: d, elements } = field;
  if (d.kind === 'radio') return fillRadio(elements as HTMLInputElement[], key, value);

  const el = elements[0];
  if (!el) return 'detached';
  const refusal = refusalFor(el);
  if (refusal) return refusal;

  switch (d.kind) {
    case 'checkbox': {
      if (value !== 'true' && value !== 'false') return 'unsupported';
      const box = el as HTMLInputElement;
      const previous = box.checked;
      if (previous === (value === 'true')) return 'alreadySet';
      writeChecked(box, value === 'true');
      return { kind: 'checkbox', element: box, previous, written: box.checked };
    }
    case 'select': {
      const select = el as HTMLSelectElement;
      if (select.multiple) return 'unsupported';
      const options = Array.from(select.options).map((o) => ({ value: o.value, text: visibleText(o) || (o.textContent ?? '').trim() }));
      const index = findOptionIndex(options, key, value);
      if (index < 0) return 'noMatchingOption';
      if (select.selectedIndex === index) return 'alreadySet';
      const previous = select.value;
      writeValue(select, options[index]!.value);
      if (select.selectedIndex !== index) select.selectedIndex = index; // duplicate option values
      return { kind: 'value', element: select, previous, written: select.value };
    }
    case 'contenteditable': {
      if ((el.textContent ?? '') === value) return 'alreadySet';
      const previous = Array.from(el.childNodes).map((n) => n.cloneNode(true));
      writeText(el, value);
      return { kind: 'text', element: el, previous, written: value };
    }
    default: {
      const input = el as HTMLInputElement | HTMLTextAreaElement;
      const text = fitted ?? formatForTextField(d, key, value);
      if (text === null) return 'tooLong';
      if (input.value === text) return 'alreadySet';
      const previous = input.value;
      writeValue(input, text);
      return { kind: 'value', element: input, previous, written: input.value };
    }
  }
}

function fillRadio(radios: HTMLInputElement[], key: ProfileFieldKey, value: string): UndoEntry | FillSkipReason {
  const options = radios.map((r) => ({ value: r.value, text: radioText(r) }));
  const index = findOptionIndex(options, key, value);
  if (index < 0) return 'noMatchingOption';
  const target = radios[index]!;
  const refusal = refusalFor(target);
  if (refusal) return refusal;
  if (target.checked) return 'alreadySet';
  const previous = radios.findIndex((r) => r.checked);
  writeChecked(target, true);
  return { kind: 'radio', elements: radios, previous, written: index };
}

/** What the field holds now, as a person reads it: text, the chosen option's text, 'true'/'false' for a check box. */
export function readBack(field: CollectedField): string {
  const { descriptor: d, elements } = field;
  const el = elements[0];
  if (!el) return '';
  switch (d.kind) {
    case 'radio': {
      const checked = (elements as HTMLInputElement[]).find((r) => r.checked);
      return checked ? radioText(checked) || checked.value : '';
    }
    case 'checkbox':
      return String((el as HTMLInputElement).checked);
    case 'select': {
      const option = (el as HTMLSelectElement).selectedOptions[0];
      return option ? visibleText(option) || (option.textContent ?? '').trim() : '';
    }
    case 'contenteditable':
      return el.textContent ?? '';
    default:
      return (el as HTMLInputElement).value;
  }
}

function radioText(radio: HTMLInputElement): string {
  const label = radio.labels?.[0];
  if (label) return visibleText(label);
  return radio.getAttribute('aria-label') ?? (radio.nextSibling?.nodeType === 3 ? (radio.nextSibling.nodeValue ?? '').trim() : '');
}

/** Put every field the fill changed back as it was, with the same events, unless the user has since changed it. */
export function undoFill(record: UndoRecord): UndoResult {
  const result: UndoResult = { restored: 0, skipped: [] };
  for (const entry of [...record.entries].reverse()) {
    const reason = undoOne(entry);
    if (reason) result.skipped.push({ entry, reason });
    else result.restored++;
  }
  return result;
}

function undoOne(entry: UndoEntry): Refusal | 'changedSinceFill' | null {
  switch (entry.kind) {
    case 'value': {
      const refusal = refusalFor(entry.element);
      if (refusal) return refusal;
      if (entry.element.value !== entry.written) return 'changedSinceFill';
      writeValue(entry.element, entry.previous);
      return null;
    }
    case 'checkbox': {
      const refusal = refusalFor(entry.element);
      if (refusal) return refusal;
      if (entry.element.checked !== entry.written) return 'changedSinceFill';
      writeChecked(entry.element, entry.previous);
      return null;
    }
    case 'radio': {
      const written = entry.elements[entry.written]!;
      const refusal = refusalFor(written);
      if (refusal) return refusal;
      if (!written.checked) return 'changedSinceFill';
      const previous = entry.elements[entry.previous];
      // No radio was checked before: uncheck ours (a click cannot do that).
      if (previous) writeChecked(previous, true);
      else writeChecked(written, false);
      return null;
    }
    case 'text': {
      const refusal = refusalFor(entry.element);
      if (refusal) return refusal;
      if ((entry.element.textContent ?? '') !== entry.written) return 'changedSinceFill';
      restoreChildren(entry.element, entry.previous);
      return null;
    }
  }
}
