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

/** The item's first control: the one its label names (`#ik-<id>`), else its first field, else its first button. */
export function firstControl(item: HTMLElement, id: string): HTMLElement | null {
  const usable = (sel: string) => [...item.querySelectorAll<HTMLElement>(sel)].find((el) => !(el as HTMLInputElement).disabled) ?? null;
  return item.querySelector<HTMLElement>(`[id="ik-${id}"]`) ?? usable('input, select, textarea') ?? usable('button');
}

/**
 * Focus moved by a shortcut: the ring shows even on a select or a checkbox (focusVisible; Chrome
 * and Firefox), and `around` (the item: its label and field) is scrolled into view.
 */
export function focusVisibly(el: HTMLElement, around: HTMLElement = el): void {
  around.scrollIntoView?.({ block: 'nearest' });
  el.focus({ preventScroll: true, focusVisible: true } as FocusOptions);
}
