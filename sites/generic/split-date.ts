import { findDate } from '../../clinical/identity/date';

// A birth date typed in three boxes beside each other (OSCAR's edit form: `year_of_birth` 1983,
// `month_of_birth` 06, `date_of_birth` 14): the one box named for the birth date holds only a part.

const part = (el: Element, words: RegExp) => words.test((el.getAttribute('name') ?? '') + ' ' + el.id);

/** The ISO date spread over the text boxes sharing `el`'s box (year, month and day named so), or null. */
export function splitDate(el: Element): string | null {
  const boxes = Array.from(el.parentElement?.children ?? []).filter((e) => e.localName === 'input');
  if (boxes.length < 3 || boxes.length > 4) return null;
  const value = (words: RegExp, digits: RegExp) => {
    const e = boxes.find((b) => part(b, words));
    const v = e ? (e as HTMLInputElement).value.trim() : '';
    return digits.test(v) ? v : null;
  };
  const y = value(/year|annee|yyyy/i, /^\d{4}$/);
  const m = value(/month|mois/i, /^\d{1,2}$/);
  const d = value(/day|jour|date_of|date-of|dateof/i, /^\d{1,2}$/);
  return y && m && d ? findDate(`${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`) : null;
}
