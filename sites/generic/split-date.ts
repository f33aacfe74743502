import { labelKey } from './fields';
import { BORN, DATE_PARTS } from './labels';

// A birth date split over three fields, each named for its part in its markup: SORMAS's Vaadin
// combo boxes `birthdateDD` / `birthdateMM` / `birthdateYYYY`, « naissance_jour / _mois / _annee »,
// OSCAR's text boxes `year_of_birth` / `month_of_birth` / `date_of_birth` (the day's box named as a
// whole date). Read as one date once the three show a value, whatever their order on the page.

type Part = 'd' | 'm' | 'y';
const WORDS = Object.values(DATE_PARTS).flat().join('|');
// « birthdate dd », « naissance jour »; « year of birth », « jour naissance ».
const PART = new RegExp(`^(?:(.*\\S)\\s+(${WORDS})|(${WORDS})\\s+(?:of\\s+)?(${BORN.join('|')}))$`);
const partOf = (w: string): Part => (Object.keys(DATE_PARTS) as Part[]).find((p) => DATE_PARTS[p].includes(w))!;

/**
 * The field name without its part, and the part, for a markup name such as `birthdateDD` or
 * `year_of_birth`; null otherwise. `birth`: the name is a birth date's (a part word after it).
 */
export function datePart(attr: string, birth: boolean): { key: string; part: Part } | null {
  const m = PART.exec(labelKey(attr.replace(/([a-z])([A-Z])/g, '$1 $2')));
  return m && (m[3] || birth) ? { key: m[1] ?? m[4]!, part: partOf(m[2] ?? m[3]!) } : null;
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
