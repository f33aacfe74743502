import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { CORPUS_DIR, corpusPages, fold, isBeforeOrAfter, judgeDisplay, judgeReading, shownSex, totals, type Identity } from '../../corpus';

// How the corpus runners judge a reading and a displayed text: what counts as the right patient,
// an incomplete one, a refusal, and a wrong patient (never allowed).

const claire: Identity = { birthName: 'DURAND', usedName: 'MARTIN', firstNames: 'Claire Marie', birthDate: '1945-03-12', sex: 'F' };
const paul: Identity = { birthName: 'ROUSSEL', firstNames: 'Paul', birthDate: '1952-11-23', sex: 'M' };
const read = (p: Partial<Identity>) => ({ birthName: 'Durand', firstNames: 'Claire Marie', usedName: 'Martin', birthDate: '1945-03-12', sex: 'F' as const, ...p });

describe('judging a reading', () => {
  test('folds case, accents, hyphens and apostrophes', () => {
    expect(fold("  Lefèvre-d’Orgeval  ")).toBe('LEFEVRE D ORGEVAL');
  });

  test('the same identity is right, with or without accents and case', () => {
    expect(judgeReading(claire, read({ birthName: 'durand' })).verdict).toBe('right');
  });

  test('missing sex, used name or later first names is partial', () => {
    expect(judgeReading(claire, read({ sex: undefined })).verdict).toBe('partial');
    expect(judgeReading(claire, read({ usedName: undefined })).verdict).toBe('partial');
    expect(judgeReading(claire, read({ firstNames: 'Claire' })).verdict).toBe('partial');
  });

  test('any trait of another person is wrong', () => {
    expect(judgeReading(claire, read({ birthName: 'MARTIN', usedName: undefined })).verdict).toBe('WRONG');
    expect(judgeReading(claire, read({ birthDate: '1945-12-03' })).verdict).toBe('WRONG');
    expect(judgeReading(claire, read({ sex: 'M' })).verdict).toBe('WRONG');
    expect(judgeReading(claire, read({ firstNames: 'Marie' })).verdict).toBe('WRONG');
    expect(judgeReading(claire, read({ firstNames: 'Claire Marie Louise' })).verdict).toBe('WRONG');
    expect(judgeReading(claire, read({ usedName: 'DUPONT' })).verdict).toBe('WRONG');
  });

  test('a patient named on a page without one is wrong; none named is a refusal', () => {
    expect(judgeReading(null, read({})).verdict).toBe('WRONG');
    expect(judgeReading(null, null).verdict).toBe('right');
    expect(judgeReading(claire, null).verdict).toBe('refused');
  });
});

describe('judging what the launcher shows', () => {
  test('a display without a birth date names nobody', () => {
    expect(judgeDisplay(claire, 'Aucun patient identifié').verdict).toBe('refused');
    expect(judgeDisplay(null, 'Identité à vérifier').verdict).toBe('right');
  });

  test('birth name, first name, date and sex in any order are right', () => {
    expect(judgeDisplay(claire, 'DURAND Claire Marie · 12/03/1945 · F').verdict).toBe('right');
    expect(judgeDisplay(claire, 'MARTIN Claire · 12/03/1945 — 2 notes | MARTIN (née DURAND) Claire Marie ♀ 12/03/1945').verdict).toBe('right');
    expect(judgeDisplay(paul, 'Homme — ROUSSEL Paul, 23/11/1952').verdict).toBe('right');
  });

  test('the used name alone, a later first name or the sex missing is partial', () => {
    expect(judgeDisplay(claire, 'MARTIN Claire Marie · 12/03/1945 ♀').verdict).toBe('partial');
    expect(judgeDisplay(claire, 'DURAND Claire · 12/03/1945 ♀').verdict).toBe('partial');
    expect(judgeDisplay(paul, 'ROUSSEL Paul · 23/11/1952 — Aucune note').verdict).toBe('partial');
  });

  test('another date, first name, birth name or sex is wrong, and so is any patient on a trap page', () => {
    expect(judgeDisplay(claire, 'DURAND Claire · 03/12/1945 ♀').verdict).toBe('WRONG');
    expect(judgeDisplay(claire, 'DURAND Sophie · 12/03/1945 ♀').verdict).toBe('WRONG');
    expect(judgeDisplay(claire, 'DUPONT Claire · 12/03/1945 ♀').verdict).toBe('WRONG');
    expect(judgeDisplay(claire, 'DURAND Claire · 12/03/1945 ♂').verdict).toBe('WRONG');
    expect(judgeDisplay(null, 'DURAND Claire · 12/03/1945').verdict).toBe('WRONG');
  });

  test('sex shown as a symbol, a word or a letter; none when both or neither', () => {
    expect(shownSex('DURAND Claire ♀')).toBe('F');
    expect(shownSex('ROUSSEL Paul · M · 23/11/1952')).toBe('M');
    expect(shownSex('DURAND Claire · 12/03/1945')).toBeUndefined();
  });

  test('during a switch, only the patient before, the one after or nobody may be shown', () => {
    expect(isBeforeOrAfter('Aucun patient identifié', claire, paul)).toBe(true);
    expect(isBeforeOrAfter('MARTIN Claire · 12/03/1945', claire, paul)).toBe(true);
    expect(isBeforeOrAfter('ROUSSEL Paul · 23/11/1952', claire, paul)).toBe(true);
    expect(isBeforeOrAfter('ROUSSEL Claire · 12/03/1945', claire, paul)).toBe(false);
    expect(isBeforeOrAfter('OKAFOR Robert · 03/02/1970', claire, null)).toBe(false);
  });

  test('recall counts right record pages only; wrong counts every row', () => {
    const t = totals([
      { page: 'a', software: 's', kind: 'record', verdict: 'right', why: '' },
      { page: 'b', software: 's', kind: 'record', verdict: 'partial', why: '' },
      { page: 'c', software: 's', kind: 'trap', verdict: 'WRONG', why: '' },
      { page: 'a#1', software: 's', kind: 'switch', verdict: 'WRONG', why: '' },
    ]);
    expect(t).toMatchObject({ records: 2, right: 1, recall: 0.5, wrong: 2, traps: 1, switches: 1 });
  });
});

describe('the corpus files', () => {
  test('every expected file is valid, and record and trap pages agree with their expectations', () => {
    const pages = corpusPages();
    expect(pages.length).toBeGreaterThan(0);
    for (const p of pages) {
      for (const sw of p.switches ?? []) expect(sw.do, p.id).toBeTruthy();
      expect(p.start.startsWith(`/corpus/${p.id}.html`), p.id).toBe(true);
    }
  });

  test('every NIR shown on a corpus page has a valid key', async () => {
    const { parseNir } = await import('../../../clinical/identity');
    const bad: string[] = [];
    let seen = 0;
    for (const f of readdirSync(CORPUS_DIR).filter((n) => n.endsWith('.html'))) {
      const text = readFileSync(join(CORPUS_DIR, f), 'utf8');
      // A NIR as pages write it: 1 or 2, then 12 more (2A/2B allowed), key, with optional spaces or dots.
      for (const m of text.matchAll(/(?<![\d.])[12](?:[ .]?\d\d){2}[ .]?(?:\d\d|2A|2B)(?:[ .]?\d{3}){2}[ .]?\d\d(?![\d.])/g)) {
        seen++;
        const r = parseNir(m[0]);
        if (!r.ok) bad.push(`${f}: ${m[0]}`);
      }
    }
    expect(seen).toBeGreaterThan(0);
    expect(bad).toEqual([]);
  });
});
