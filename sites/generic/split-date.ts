import { findDate } from '../../clinical/identity/date';
import { labelKey } from './fields';
import { DATE_PARTS } from './labels';

// A birth date split over three fields, each named for its part in its markup (SORMAS's Vaadin
// combo boxes `birthdateDD` / `birthdateMM` / `birthdateYYYY`, « naissance_jour / _mois / _annee »):
// read as one date once the three show a value, day, month, year in that order whatever the layout.

type Part = 'd' | 'm' | 'y';
const PART = new RegExp(`^(.*\\S)\\s+(${Object.values(DATE_PARTS).flat().join('|')})$`);
const partOf = (w: string): Part => (Object.keys(DATE_PARTS) as Part[]).find((p) => DATE_PARTS[p].includes(w))!;

/** The field name without its part, and the part, for a markup name such as `birthdateDD`; null otherwise. */
export function datePart(attr: string): { key: string; part: Part } | null {
  const m = PART.exec(labelKey(attr.replace(/([a-z])([A-Z])/g, '$1 $2')));
  return m ? { key: m[1]!, part: partOf(m[2]!) } : null;
}

/** Parts found on a page, by field name. */
export type SplitDates = Map<string, Partial<Record<Part, { v: string; el: Element }>>>;

/** Each field whose three parts hold a value: the date as text and the box holding the three. */
export function joinDates(parts: SplitDates): { text: string; el: Element }[] {
  const out: { text: string; el: Element }[] = [];
  for (const { d, m, y } of parts.values()) {
    if (!d?.v || !m?.v || !y?.v || !/^\d{4}$/.test(y.v)) continue;
    let box: Element | null = y.el;
    while (box && !(box.contains(d.el) && box.contains(m.el))) box = box.parentElement;
    // Numbers are written as ISO, which no page's day/month order can misread; a month's name as is.
    const pad = (v: string) => v.padStart(2, '0');
    if (box && /^\d{1,2}$/.test(d.v)) out.push({ text: /^\d{1,2}$/.test(m.v) ? `${y.v}-${pad(m.v)}-${pad(d.v)}` : `${d.v} ${m.v} ${y.v}`, el: box });
  }
  return out;
}

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
