import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fr from '../../public/_locales/fr/messages.json';
import en from '../../public/_locales/en/messages.json';

// French first, English complete: both catalogues hold the same keys, and every key the code
// asks for exists.
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

  it('contain every literal key passed to t()', () => {
    const used = new Set<string>();
    for (const dir of ['components', 'entrypoints', 'storage', 'messaging']) {
      for (const file of sources(dir)) {
        for (const m of readFileSync(file, 'utf8').matchAll(/\bt\('([A-Za-z_]+)'/g)) used.add(m[1]!);
      }
    }
    const missing = [...used].filter((k) => !(k in fr));
    expect(missing).toEqual([]);
    expect(used.size).toBeGreaterThan(20);
  });
});
