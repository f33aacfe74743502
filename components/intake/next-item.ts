import { hasValue, type IntakeComputation, type Values } from '../../clinical/intake';

// "Next checklist item" (keyboard shortcut): the checklist's own marks decide what still needs
// doing, the same marks the form shows (green border: answered; red: refused; grey: open).

/** answered: a value counts as done; refused: an implausible measure, to correct; open: nothing yet. */
export type ItemMark = 'answered' | 'refused' | 'open';

export function itemMarks(calc: IntakeComputation, values: Values): { id: string; mark: ItemMark }[] {
  return calc.items.map((item) => {
    const refused = item.kind === 'measure' && (calc.vitals.errors[item.measure]?.length ?? 0) > 0;
    const answered = hasValue(item.kind, values[item.id], !calc.preventionError);
    return { id: item.id, mark: refused ? 'refused' : answered ? 'answered' : 'open' };
  });
}

/** Still to do: open, or refused (the value must be corrected before the intake can be finished). */
export const needsDoing = (mark: ItemMark): boolean => mark !== 'answered';

/**
 * The first item still to do after `fromId`, wrapping round to the top and, last, `fromId` itself.
 * From the top when `fromId` is not an item (the focus is elsewhere). Null when all are done.
 */
export function nextToDo(marks: { id: string; mark: ItemMark }[], fromId: string | null | undefined): string | null {
  const from = marks.findIndex((m) => m.id === fromId);
  for (let k = 1; k <= marks.length; k++) {
    const m = marks[(from + k) % marks.length]!;
    if (needsDoing(m.mark)) return m.id;
  }
  return null;
}

/**
 * Where a value goes: fields, and the buttons that set a value (`data-value`, « Vérifié,
 * inchangé »). Secondary controls (`data-secondary`: units, details, conditions, a further
 * reading) are reached with Tab, never in the way of Enter.
 */
export const VALUE_CONTROLS = 'input:not([data-secondary]), select:not([data-secondary]), textarea:not([data-secondary]), button[data-value]';

const usableIn = (root: ParentNode, sel: string) => [...root.querySelectorAll<HTMLElement>(sel)].filter((el) => !(el as HTMLInputElement).disabled);

/** True when nothing is entered in this control (a button setting a value is never "filled"). */
export function isEmptyControl(el: HTMLElement): boolean {
  if (el instanceof HTMLInputElement) return el.type === 'checkbox' || el.type === 'radio' ? !el.checked : el.value.trim() === '';
  if (el instanceof HTMLSelectElement || el instanceof HTMLTextAreaElement) return el.value.trim() === '';
  return el.getAttribute('aria-pressed') !== 'true';
}

/**
 * The item's control where the next value goes: its first empty value control, else the one its
 * label names (`#ik-<id>`), else its first field, else its first button.
 */
export function firstControl(item: HTMLElement, id: string): HTMLElement | null {
  const values = usableIn(item, VALUE_CONTROLS);
  return values.find(isEmptyControl) ?? item.querySelector<HTMLElement>(`[id="ik-${id}"]`) ?? values[0] ?? usableIn(item, 'input, select, textarea')[0] ?? usableIn(item, 'button')[0] ?? null;
}

/** From a control of an item, to where the next item's value goes (the finish button after the last). */
export function focusNextItem(from: HTMLElement): void {
  const li = from.closest<HTMLElement>('[data-item]');
  const form = from.closest<HTMLElement>('.ik-form');
  if (!li || !form) return;
  for (let next = li.nextElementSibling as HTMLElement | null; next; next = next.nextElementSibling as HTMLElement | null) {
    const target = next.dataset.item ? firstControl(next, next.dataset.item) : null;
    if (target) return target.focus();
  }
  form.querySelector<HTMLElement>('[data-testid="ik-finish"]')?.focus();
}

/**
 * Focus moved by a shortcut: the ring shows even on a select or a checkbox (focusVisible; Chrome
 * and Firefox), and `around` (the item: its label and field) is scrolled into view.
 */
export function focusVisibly(el: HTMLElement, around: HTMLElement = el): void {
  around.scrollIntoView?.({ block: 'nearest' });
  el.focus({ preventScroll: true, focusVisible: true } as FocusOptions);
}
