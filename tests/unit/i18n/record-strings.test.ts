import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { RECORD_KEYS, asRecordStrings, recordStrings } from '../../../i18n/record-strings';
import { preloadStrings, t } from '../../../i18n/ui-language';

const root = join(__dirname, '../../..');
const fr = JSON.parse(readFileSync(join(root, 'public/_locales/fr/messages.json'), 'utf8')) as Record<string, { message: string }>;
const en = JSON.parse(readFileSync(join(root, 'public/_locales/en/messages.json'), 'utf8')) as Record<string, { message: string }>;
/** The browser's getMessage on the French catalogue: `$1`… replaced by the substitutions. */
const message = (key: string, subs: string[]) => (fr[key]?.message ?? '').replace(/\$([1-9])/g, (_, n: string) => subs[+n - 1] ?? '');

afterEach(() => {
  preloadStrings(null);
  vi.restoreAllMocks();
});

describe('record-page strings kept in storage', () => {
  test('every key exists in both languages', () => {
    for (const k of RECORD_KEYS) {
      expect(fr[k], k).toBeDefined();
      expect(en[k], k).toBeDefined();
    }
  });

  // The record script's own sources: every string they show must be in the list, or the first
  // naming would load the browser's catalogue again (correct, but slow).
  test('the list holds every key the record-page script shows', () => {
    const files = ['entrypoints/record.content/index.tsx', 'components/overlay.ts', 'components/PatientLabel.tsx', 'components/launcher-state.ts'];
    const used = new Set<string>();
    for (const f of files) {
      const src = readFileSync(join(root, f), 'utf8');
      for (const m of src.matchAll(/\bt\(\s*'([\w]+)'/g)) used.add(m[1]!);
      // `t(\`field_${f}\`)`: every key of the catalogue with that prefix is one the script may show.
      for (const m of src.matchAll(/\bt\(\s*`([\w]+_)\$\{/g)) for (const k of Object.keys(fr)) if (k.startsWith(m[1]!) && !/^field_(nir|sex|ins)/.test(k)) used.add(k);
    }
    expect(used.size).toBeGreaterThan(20);
    expect([...used].filter((k) => !(RECORD_KEYS as readonly string[]).includes(k))).toEqual([]);
  });

  test('stored with their substitutions as $1, read back when of the expected shape', () => {
    const s = recordStrings(message, 'fr');
    expect(s.m.noteCountMany).toBe('$1 notes');
    expect(asRecordStrings(s)?.get('noPatient')).toBe('Aucun patient identifié');
    expect(asRecordStrings(undefined)).toBeNull();
    expect(asRecordStrings({ lang: 'fr', m: 'x' })).toBeNull();
  });

  test('only short strings, a few dozen at most, are taken from storage (any content script can write it)', () => {
    const read = asRecordStrings({ lang: 'fr', m: { noPatient: 'Aucun', identityCheck: 42, collapse: 'y'.repeat(500) } })!;
    expect([...read.keys()]).toEqual(['noPatient']);
    const many = Object.fromEntries(Array.from({ length: 500 }, (_, i) => [`k${i}`, 'x']));
    expect(asRecordStrings({ lang: 'fr', m: many })!.size).toBe(64);
  });

  test('stored in the key order storage gives back, so that an unchanged set is not written again', () => {
    const keys = Object.keys(recordStrings(message, 'fr').m);
    expect(keys).toEqual([...keys].sort());
  });

  test('t() uses the strings given ahead, with substitutions, without the browser catalogue', () => {
    const getMessage = vi.spyOn(browser.i18n, 'getMessage');
    preloadStrings(asRecordStrings(recordStrings(message, 'fr')));
    expect(t('noteCountMany', 3)).toBe('3 notes');
    expect(t('reasonMissing', t('field_birthDate'))).toBe(message('reasonMissing', [message('field_birthDate', [])]));
    expect(getMessage).not.toHaveBeenCalled();
    getMessage.mockReturnValue('from the catalogue');
    expect(t('pfCopy')).toBe('from the catalogue'); // not a record-page string
  });
});
