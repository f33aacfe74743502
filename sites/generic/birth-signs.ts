import { findDates } from '../../clinical/identity/date';
import { parseSex } from '../../clinical/identity/sex';
import type { Chunk } from './collect';
import type { Fact } from './fields';
import { BIRTH_ICON } from './labels';
import { marked, marksOf, monthsOld } from './look';
import { isRendered } from './visible';

// Birth dates a person reads without a label word before them, each only where another sign
// agrees and the date gives a plausible age:
// - a date right after a birthday icon (Ottehr's MUI cake, Font Awesome's birthday-cake): the icon
//   is the label;
// - « (DOB: 1983-06-14) » inside another label's value (OSCAR « Age: 43 (DOB: …) »): the word is the label;
// - a date written in one piece with the sex shown (OpenELIS « ♂Male 23/08/1969 »), the only such
//   piece on the page (a list repeats it; another sex shown alone is another person's), at least a year old (a visit or collection date is recent).

/** Whether a date is a birth date a page could show: in the past, an age from `min` months to 120 years. */
export function plausibleBirth(iso: string, min = 0): boolean {
  const months = monthsOld(iso); // negative for a date to come
  return months >= min && months < 1440;
}

/**
 * An icon marked as a birthday cake, or a ligature icon whose word is one (`<span class="material-icons">cake</span>`).
 * Asked of every element: its own marks first, the text only of an icon.
 */
export function birthIcon(el: Element): boolean {
  if (!/^(svg|i|span|img|mat-icon)$/.test(el.localName)) return false;
  const marks = marksOf(el);
  if (/cake|birthday|anniversaire/i.test(marks)) return (el.textContent ?? '').trim().length < 9 && marked(el, BIRTH_ICON, 1);
  return /icon|symbol/i.test(marks) && !el.firstElementChild && BIRTH_ICON.test((el.textContent ?? '').trim());
}

/**
 * The date shown right after a birthday icon, in the icon's box or the next one: its text and
 * element, when the text is only that date (not "45 yrs" after a cake, as some headers show the age).
 */
export function afterIcon(icon: Element, chunks: Chunk[], from: number, order: 'dmy' | 'mdy' | 'unsure'): Chunk | null {
  let j = from;
  while (chunks[j] && icon.contains(chunks[j]!.el)) j++; // a ligature icon's own word
  const next = chunks[j];
  const box = icon.parentElement?.parentElement;
  if (!next || next.c || !box?.contains(next.el) || next.t.length > 40) return null;
  const dates = findDates(next.t, order);
  return dates.length === 1 && /^[\s(]*$/.test(next.t.slice(0, dates[0]!.index)) && plausibleBirth(dates[0]!.iso) ? next : null;
}

/** « (DOB: 1983-06-14) », « (né le 12/03/1956) »: the label and value in parentheses inside a text. */
export const INNER = /\(\s*([^():\d]{2,24}?)\s*:?\s*([^():]*\d[^():]*)\)/;

// A box holding only a sex letter, the date's neighbour: one piece split in two boxes (OHIF's
// « ID | F | 07-Jun-1962 »); never a table's or a list's cells (a search result's « M | 1952-11-02 »).
const letterBy = (d: Element) => d.closest('table,li,[role=row]') ? null : [d.previousElementSibling, d.nextElementSibling].find((e) => e && /^[FM♀♂]$/.test(e.textContent!.trim()));

/** The one date shown with the sex in one piece, when it is a year old or more: a birth date. */
export function dateWithSex(facts: Fact[]): void {
  if (facts.some((f) => f.f === 'birthDate')) return;
  for (const d of facts.filter((f) => f.f === 'date')) {
    const l = letterBy(d.el);
    if (l) facts.push({ f: 'sex', v: parseSex(l.textContent!)!, el: l, via: 'look' });
  }
  const piece = (s: Fact, d: Fact) => s.el === d.el || s.el === letterBy(d.el);
  const paired = facts.filter((d) => d.f === 'date' && !d.v.startsWith('..') && facts.some((s) => s.f === 'sex' && s.via === 'look' && piece(s, d)));
  const d = paired[0];
  // Another sex shown alone elsewhere (« ♀Female 34 Y » on the next row of a worklist) is another person's piece.
  const alone = facts.filter((s) => s.f === 'sex' && s.via === 'look' && !(d && piece(s, d)) && isRendered(s.el));
  if (paired.length === 1 && !alone.length && plausibleBirth(d!.v, 12) && isRendered(d!.el)) facts.push({ ...d!, f: 'birthDate' });
}
