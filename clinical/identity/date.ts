import { fold } from './text';

/**
 * Order of numeric dates: French pages write day/month/year, US English pages month/day/year.
 * 'unsure' (English without a region): a numeric date is read only when day and month cannot be
 * swapped (25/03/1956, 03/03/1956), never guessed.
 */
export type DateOrder = 'dmy' | 'mdy' | 'unsure';

// Month words, folded (no accents, no dot), French and English, full and abbreviated.
const MONTHS: Record<string, number> = {};
[
  'janvier janv jan january',
  'fevrier fevr fev feb february',
  'mars mar march',
  'avril avr apr april',
  'mai may',
  'juin jun june',
  'juillet juil jul july',
  'aout aug august',
  'septembre sept sep september',
  'octobre oct october',
  'novembre nov november',
  'decembre dec december',
].forEach((line, i) => line.split(' ').forEach((w) => (MONTHS[w] = i + 1)));

const W = '([A-Za-zÀ-ÿ]{3,9})\\.?';
const D = '(\\d{1,2})(?:er|st|nd|rd|th)?';
// One regex, four shapes: ISO, numeric with one separator, "12 mars 1956" (or "12-Mar-1956",
// "12 — mars — 1956", "12.Mar.1956"), "March 12, 1956".
const DATE = new RegExp(
  [
    '(\\d{4})-(\\d{1,2})-(\\d{1,2})(?!\\d)',
    '(\\d{1,2})([/.-])(\\d{1,2})\\5(\\d{4})',
    `${D}[\\s.—–-]+(?:de\\s+)?${W}[\\s,.—–-]+(\\d{4})`,
    `${W}\\s+${D},?\\s+(\\d{4})`,
  ]
    .map((p) => `(?<![\\dA-Za-z])(?:${p})(?!\\d)`)
    .join('|'),
  'g',
);

const WEEKDAY = /^(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\s+/i;

const pad = (n: number) => String(n).padStart(2, '0');

/** ISO date from parts, or null when impossible (31/02, month 13) or out of the plausible range. */
export function isoDate(y: number, m: number, d: number): string | null {
  if (y < 1850 || y > 2199 || m < 1 || m > 12 || d < 1) return null;
  if (d > new Date(Date.UTC(y, m, 0)).getUTCDate()) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}

export interface FoundDate {
  iso: string;
  index: number;
  length: number;
}

/** Every date written in a text, in order. */
export function findDates(text: string, order: DateOrder = 'dmy'): FoundDate[] {
  const out: FoundDate[] = [];
  for (const m of text.matchAll(DATE)) {
    const g = m.map((x) => x ?? '');
    const month = (w: string) => MONTHS[fold(w)] ?? 0;
    let iso: string | null = null;
    if (g[1]) iso = isoDate(+g[1], +g[2]!, +g[3]!);
    else if (g[4]) {
      const [x, y] = [+g[4], +g[6]!];
      const mdy = order === 'mdy' || (order === 'unsure' && y > 12);
      if (order !== 'unsure' || x === y || x > 12 || y > 12) iso = mdy ? isoDate(+g[7]!, x, y) : isoDate(+g[7]!, y, x);
    } else if (g[8]) iso = isoDate(+g[10]!, month(g[9]!), +g[8]);
    else if (g[11]) iso = isoDate(+g[13]!, month(g[11]), +g[12]!);
    if (iso) out.push({ iso, index: m.index, length: m[0].length });
  }
  return out;
}

/** First date in a text ("né le 12/03/1956 (69 ans)" → "1956-03-12"), or null. */
export function findDate(text: string, order: DateOrder = 'dmy'): string | null {
  return findDates(text, order)[0]?.iso ?? null;
}

/**
 * A text that is a date and nothing else, → ISO `YYYY-MM-DD`, or null.
 * Accepts 12/03/1956, 12-03-1956, 12.03.1956, 12 mars 1956, 1er mars 1956, 1956-03-12,
 * March 12, 1956, 12 Mar 1956; a leading weekday ("mardi 12 mars 1956") is tolerated.
 */
export function parseDate(text: string, order: DateOrder = 'dmy'): string | null {
  const t = text.trim().replace(WEEKDAY, '');
  const found = findDates(t, order);
  const f = found[0];
  return found.length === 1 && f && f.index === 0 && t.slice(f.length).trim().replace(/^\.$/, '') === '' ? f.iso : null;
}
