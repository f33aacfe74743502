import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as z from 'zod/mini';

// The corpus of real record-software layouts (tests/fixtures/corpus, format in its README): the
// expected readings, validated, and how a reading or a displayed text is judged against them.
// Shared by the happy-dom runner (tests/unit/generic/corpus.test.ts) and the real-browser runners
// (tests/e2e/corpus.e2e.ts).

export const CORPUS_DIR = join(import.meta.dirname, 'fixtures/corpus');

const identity = z.object({
  birthName: z.string().check(z.minLength(1)),
  firstNames: z.string().check(z.minLength(1)),
  usedName: z.optional(z.string().check(z.minLength(1))),
  birthDate: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)),
  sex: z.optional(z.enum(['F', 'M'])),
});
export type Identity = z.infer<typeof identity>;

const step = z.union([
  z.object({ hash: z.string().check(z.regex(/^#/)) }),
  z.object({ click: z.string().check(z.minLength(1)) }),
  z.object({ pushState: z.string().check(z.minLength(1)) }),
]);
export type Step = z.infer<typeof step>;

const expected = z.object({
  software: z.string().check(z.minLength(1)),
  source: z.string().check(z.minLength(1)),
  kind: z.enum(['record', 'trap']),
  url: z.optional(z.string().check(z.regex(/^\/corpus\//))),
  expect: z.nullable(identity),
  switches: z.optional(z.array(z.object({ do: step, expect: z.nullable(identity) }))),
  needsLayout: z.optional(z.boolean()),
});

export interface CorpusPage extends z.infer<typeof expected> {
  id: string;
  /** Start URL relative to tests/fixtures/ (the e2e server serves it under /fixtures). */
  start: string;
}

/** Every page of the corpus with its expected reading; a malformed expected file throws, naming it. */
export function corpusPages(): CorpusPage[] {
  return readdirSync(CORPUS_DIR)
    .filter((f) => f.endsWith('.expected.json'))
    .sort()
    .map((f) => {
      const id = f.replace('.expected.json', '');
      const r = expected.safeParse(JSON.parse(readFileSync(join(CORPUS_DIR, f), 'utf8')));
      if (!r.success) throw new Error(`${f}: ${r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
      if (r.data.kind === 'trap' && r.data.expect) throw new Error(`${f}: a trap page expects no patient`);
      if (r.data.kind === 'record' && !r.data.expect) throw new Error(`${f}: a record page names its patient`);
      return { ...r.data, id, start: r.data.url ?? `/corpus/${id}.html` };
    });
}

/** Upper case, accents folded, anything but letters, digits and slashes (hyphens, apostrophes, brackets) as one space. */
export function fold(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toUpperCase().replace(/[^\p{L}\p{N}/]+/gu, ' ').trim();
}

export type Verdict = 'right' | 'partial' | 'refused' | 'WRONG';
export interface Judgement {
  verdict: Verdict;
  why: string;
}

/** What a reader produced: the traits of the one patient it names, or null when it names none. */
export interface Reading {
  birthName: string;
  firstNames: string;
  usedName?: string;
  birthDate: string;
  sex?: 'F' | 'M';
}

/** A structured reading (sites/generic's Detection) against the expected identity. */
export function judgeReading(want: Identity | null, got: Reading | null): Judgement {
  if (!got) return want ? { verdict: 'refused', why: 'no patient named' } : { verdict: 'right', why: 'no patient named' };
  const who = `${got.birthName}${got.usedName ? ` (used ${got.usedName})` : ''} ${got.firstNames} ${got.birthDate}${got.sex ? ` ${got.sex}` : ''}`;
  if (!want) return { verdict: 'WRONG', why: `named ${who} on a page without a patient` };
  if (fold(got.birthName) !== fold(want.birthName)) return { verdict: 'WRONG', why: `birth name ${got.birthName}, expected ${want.birthName}` };
  if (got.birthDate !== want.birthDate) return { verdict: 'WRONG', why: `birth date ${got.birthDate}, expected ${want.birthDate}` };
  if (got.sex && want.sex && got.sex !== want.sex) return { verdict: 'WRONG', why: `sex ${got.sex}, expected ${want.sex}` };
  if (got.usedName && fold(got.usedName) !== fold(want.usedName ?? want.birthName)) return { verdict: 'WRONG', why: `used name ${got.usedName}, expected ${want.usedName ?? 'none'}` };
  const gotFirst = fold(got.firstNames).split(' ');
  const wantFirst = fold(want.firstNames).split(' ');
  const missing: string[] = [];
  if (gotFirst.join(' ') !== wantFirst.join(' ')) {
    // Fewer first names than shown (only the first ones) is incomplete; any other is another person's.
    if (gotFirst.length < wantFirst.length && gotFirst.every((w, i) => w === wantFirst[i])) missing.push(`first names ${got.firstNames} of ${want.firstNames}`);
    else return { verdict: 'WRONG', why: `first names ${got.firstNames}, expected ${want.firstNames}` };
  }
  if (want.usedName && !got.usedName) missing.push(`used name ${want.usedName}`);
  if (want.sex && !got.sex) missing.push('sex');
  return missing.length ? { verdict: 'partial', why: `${who}: missing ${missing.join(', ')}` } : { verdict: 'right', why: who };
}

const frDate = (iso: string) => iso.split('-').reverse().join('/');
const DATE = /\b\d{2}\/\d{2}\/\d{4}\b/g;

/** Does a text contain this folded phrase as whole words? */
function hasWords(text: string, phrase: string): boolean {
  return ` ${fold(text)} `.includes(` ${fold(phrase)} `);
}

/** The sex a displayed text states, if any: a symbol, a word or a one-letter token. */
export function shownSex(text: string): 'F' | 'M' | undefined {
  const t = ` ${fold(text.replace(DATE, ' '))} `;
  const f = /[♀]/u.test(text) || / (F|FEMME|FEMININ|FEMALE|MME|MADAME) /.test(t);
  const m = /[♂]/u.test(text) || / (M|HOMME|MASCULIN|MALE|MONSIEUR) /.test(t);
  return f === m ? undefined : f ? 'F' : 'M';
}

/**
 * What the overlay shows, as a person reads it: a patient is named when a birth date (JJ/MM/AAAA)
 * is shown. Right when it shows the expected birth name, every first name, birth date, and sex where
 * expected, whatever the order; the first given name, birth name and date are required, else
 * another person is shown.
 */
export function judgeDisplay(want: Identity | null, text: string): Judgement {
  const dates: string[] = text.match(DATE) ?? [];
  const shown = text.replace(/\s+/g, ' ').trim();
  if (!dates.length) return want ? { verdict: 'refused', why: shown || '(nothing shown)' } : { verdict: 'right', why: shown || '(nothing shown)' };
  if (!want) return { verdict: 'WRONG', why: `named a patient on a page without one: ${shown}` };
  if (dates.some((d) => d !== frDate(want.birthDate))) return { verdict: 'WRONG', why: `date shown is not ${frDate(want.birthDate)}: ${shown}` };
  const first = want.firstNames.split(/\s+/)[0]!;
  if (!hasWords(text, first)) return { verdict: 'WRONG', why: `first name ${first} not shown: ${shown}` };
  const sex = shownSex(text);
  if (sex && want.sex && sex !== want.sex) return { verdict: 'WRONG', why: `sex shown ${sex}, expected ${want.sex}: ${shown}` };
  const missing: string[] = [];
  const others = want.firstNames.split(/\s+/).slice(1).filter((w) => !hasWords(text, w));
  if (others.length) missing.push(`first names ${others.join(' ')}`);
  if (!hasWords(text, want.birthName)) {
    if (want.usedName && hasWords(text, want.usedName)) missing.push(`birth name ${want.birthName}`);
    else return { verdict: 'WRONG', why: `birth name ${want.birthName} not shown: ${shown}` };
  }
  if (want.sex && !sex) missing.push('sex');
  return missing.length ? { verdict: 'partial', why: `${shown} (missing ${missing.join(', ')})` } : { verdict: 'right', why: shown };
}

/** During an SPA switch: is this display one of the two patients (or nobody)? */
export function isBeforeOrAfter(text: string, before: Identity | null, after: Identity | null): boolean {
  if (!(text.match(DATE) ?? []).length) return true;
  return [before, after].some((w) => w !== null && judgeDisplay(w, text).verdict !== 'WRONG');
}

export interface Row {
  page: string;
  software: string;
  kind: 'record' | 'trap' | 'switch';
  verdict: Verdict;
  why: string;
  needsLayout?: boolean;
}

export interface Totals {
  records: number;
  right: number;
  partial: number;
  refused: number;
  wrong: number;
  traps: number;
  trapsRefused: number;
  switches: number;
  switchesRight: number;
  recall: number;
}

/** Recall is over record pages (their first reading): right ones only. Wrong counts every row. */
export function totals(rows: Row[]): Totals {
  const rec = rows.filter((r) => r.kind === 'record');
  const traps = rows.filter((r) => r.kind === 'trap');
  const sw = rows.filter((r) => r.kind === 'switch');
  const right = rec.filter((r) => r.verdict === 'right').length;
  return {
    records: rec.length,
    right,
    partial: rec.filter((r) => r.verdict === 'partial').length,
    refused: rec.filter((r) => r.verdict === 'refused').length,
    wrong: rows.filter((r) => r.verdict === 'WRONG').length,
    traps: traps.length,
    trapsRefused: traps.filter((r) => r.verdict === 'right').length,
    switches: sw.length,
    switchesRight: sw.filter((r) => r.verdict === 'right').length,
    recall: rec.length ? right / rec.length : 1,
  };
}

export function table(title: string, rows: Row[]): string {
  const t = totals(rows);
  const w = Math.max(...rows.map((r) => r.page.length), 4);
  const sw = Math.max(...rows.map((r) => r.software.length), 8);
  const lines = rows.map((r) => `${r.page.padEnd(w)}  ${r.software.padEnd(sw)}  ${r.kind.padEnd(6)}  ${(r.kind === 'trap' && r.verdict === 'right' ? 'refused ✓' : r.verdict).padEnd(9)}  ${r.why}`);
  return [
    `${title}`,
    `${'page'.padEnd(w)}  ${'software'.padEnd(sw)}  kind    result     reading`,
    ...lines,
    `records ${t.records}: right ${t.right}, partial ${t.partial}, refused ${t.refused} — recall ${(t.recall * 100).toFixed(1)} %`,
    `traps ${t.traps}: refused ${t.trapsRefused}; switches ${t.switches}: right ${t.switchesRight}; WRONG ${t.wrong}`,
  ].join('\n');
}

/**
 * Recall over the corpus's record pages (right only). Issue 12 asks for 0.95, reached in every
 * runner (happy-dom, Chromium, Firefox ESR): the floor is the target, a page read worse fails.
 */
export const RECALL_TARGET = 0.95;
export const RECALL_FLOOR = 0.95;
