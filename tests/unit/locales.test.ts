import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fr from '../../public/_locales/fr/messages.json';
import en from '../../public/_locales/en/messages.json';

// French first, English complete: both catalogues hold the same keys, and every key the code
// asks for exists.
type Catalogue = Record<string, { message: string }>;
const placeholders = (c: Catalogue, key: string) => [...new Set(c[key]?.message.match(/\$\d/g) ?? [])].sort();

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? sources(p) : /\.tsx?$/.test(f) ? [p] : [];
  });
}

describe('locales', () => {
  it('have the same keys in French and English', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(fr).sort());
  });

  it('contain every literal key passed to t() or msg()', () => {
    const used = new Set<string>();
    for (const dir of ['components', 'entrypoints', 'storage', 'messaging', 'background', 'i18n']) {
      for (const file of sources(dir)) {
        for (const m of readFileSync(file, 'utf8').matchAll(/\b(?:t|msg)\('([A-Za-z0-9_]+)'/g)) used.add(m[1]!);
      }
    }
    const missing = [...used].filter((k) => !(k in fr));
    expect(missing).toEqual([]);
    expect(used.size).toBeGreaterThan(20);
  });

  it('give every key the same placeholders in French and English', () => {
    const differ = Object.keys(fr).filter((k) => placeholders(fr, k).join() !== placeholders(en as Catalogue, k).join());
    expect(differ).toEqual([]);
  });

  // clinical/ returns message descriptors (clinical/message.ts) instead of sentences: every key it
  // names, literally (msg('vtErrRange'), repeatWhat: 'pvWhat_dtp_every10'), as a plural base
  // (plural('ageYears', n) → ageYears_one, ageYears_other) or as a prefix (`idNir_${code}`),
  // is in both catalogues with the same placeholders.
  it('contain every key clinical/ refers to, in both languages, with the same placeholders', () => {
    const keys = Object.keys(fr);
    const used = new Set<string>();
    for (const file of sources('clinical')) {
      const text = readFileSync(file, 'utf8');
      for (const [, word] of text.matchAll(/['"`]([A-Za-z][A-Za-z0-9_]*)['"`]/g)) {
        if (word! in fr) used.add(word!);
        for (const form of ['_one', '_other']) if (`${word}${form}` in fr) used.add(`${word}${form}`);
      }
      for (const [, prefix] of text.matchAll(/`([A-Za-z][A-Za-z0-9]*_)\$\{/g)) {
        const family = keys.filter((k) => k.startsWith(prefix!));
        expect(family, `no key starts with ${prefix}`).not.toEqual([]);
        family.forEach((k) => used.add(k));
      }
    }
    expect(used.size).toBeGreaterThan(250);
    expect([...used].filter((k) => !(k in en))).toEqual([]);
    expect([...used].filter((k) => placeholders(fr, k).join() !== placeholders(en as Catalogue, k).join())).toEqual([]);
  });
});
