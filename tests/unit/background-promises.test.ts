import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// The background's fire-and-forget work (change notices, registrations, the idle lock) must say
// when it fails: a promise dropped with `void` and no `.catch` loses the error, and an idle lock
// that failed would go unnoticed. Checked on the source, line by line.
describe('background wiring', () => {
  it('every promise it does not await has a .catch', () => {
    const src = readFileSync(join(process.cwd(), 'background/main.ts'), 'utf8');
    const dropped = src.split('\n').filter((l) => /\bvoid\s+[\w.]+\(/.test(l) && !/\.catch\(/.test(l) && !/void broadcasts\.forward\(/.test(l));
    expect(dropped).toEqual([]);
  });
});
