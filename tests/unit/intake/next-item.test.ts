import { describe, expect, it } from 'vitest';
import { computeIntake, type Values } from '../../../clinical/intake';
import { itemMarks, nextToDo, type ItemMark } from '../../../components/intake/next-item';
import { adultInput, fullValues } from './fixtures';

// "Next checklist item": what still needs doing comes from the checklist's own marks.
const marksOf = (values: Values, over: Parameters<typeof adultInput>[0] = {}) => {
  const input = adultInput({ values, finished: false, ...over });
  return itemMarks(computeIntake(input), input.values);
};
const list = (...m: [string, ItemMark][]) => m.map(([id, mark]) => ({ id, mark }));

describe('checklist marks', () => {
  it('mark answered, refused (implausible measure) and open items as the form shows them', () => {
    const { fc: _fc, ...values } = fullValues();
    const marks = marksOf({ ...values, poids: { text: '820' }, tabac: { text: '  ' } });
    const by = Object.fromEntries(marks.map((m) => [m.id, m.mark]));
    expect(by.motif).toBe('answered');
    expect(by.poids).toBe('refused');
    expect(by.fc).toBe('open');
    expect(by.tabac).toBe('open'); // blanks are not an answer
    expect(by.documents).toBe('open'); // optional, but still on the list
    expect(marks.map((m) => m.id)).not.toContain('contraception'); // not applicable to this man
  });

  it('count prevention as seen once the sex is known, open while it is not', () => {
    expect(marksOf(fullValues()).find((m) => m.id === 'prevention')?.mark).toBe('answered');
    const unknownSex = marksOf(fullValues(), { patient: { birthDate: '1976-01-25' } });
    expect(unknownSex.find((m) => m.id === 'prevention')?.mark).toBe('open');
  });
});

describe('next item to do', () => {
  const marks = list(['a', 'answered'], ['b', 'open'], ['c', 'answered'], ['d', 'refused'], ['e', 'answered']);

  it('is the first not done after the focused item, refused ones included', () => {
    expect(nextToDo(marks, 'a')).toBe('b');
    expect(nextToDo(marks, 'b')).toBe('d');
    expect(nextToDo(marks, 'c')).toBe('d');
  });

  it('wraps round to the top, and comes back to the focused item when it is the only one left', () => {
    expect(nextToDo(marks, 'd')).toBe('b');
    expect(nextToDo(marks, 'e')).toBe('b');
    expect(nextToDo(list(['a', 'answered'], ['b', 'open']), 'b')).toBe('b');
  });

  it('starts from the top when the focus is on no item', () => {
    expect(nextToDo(marks, null)).toBe('b');
    expect(nextToDo(list(['a', 'open'], ['b', 'open']), undefined)).toBe('a');
    expect(nextToDo(list(['a', 'open'], ['b', 'open']), 'finish-button')).toBe('a');
  });

  it('is null when everything is done', () => {
    expect(nextToDo(list(['a', 'answered'], ['b', 'answered']), 'a')).toBeNull();
    expect(nextToDo([], null)).toBeNull();
  });
});
