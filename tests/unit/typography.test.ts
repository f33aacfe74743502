import { describe, expect, it } from 'vitest';
import fr from '../../public/_locales/fr/messages.json';
import en from '../../public/_locales/en/messages.json';
import { typographyFaults } from '../typography';

const NBSP = '\u00a0';
const NNBSP = '\u202f';

type Catalogue = Record<string, { message: string }>;
const entries = (c: Catalogue) => Object.entries(c).map(([key, v]) => [key, v.message] as const);

// French typography in every French string of the catalogue: a no-break space (U+00A0) before
// « : » and inside « », a narrow no-break space (U+202F) before « ; ! ? », one apostrophe (’),
// real plurals (`key_one` / `key_other`, chosen by Intl.PluralRules) instead of « (s) ».
// Punctuation that is not prose is left alone: `10:30`, `https://`, `?tabId=`, `!!` — a mark
// counts only when a space or the end of the string follows it.
describe('French typography', () => {
  it('the checker catches each fault and lets code, times and URLs be', () => {
    expect(typographyFaults('Nom : $1')).toHaveLength(1);
    expect(typographyFaults(`Nom${NBSP}: $1`)).toEqual([]);
    expect(typographyFaults('Supprimer ?')).toHaveLength(1);
    expect(typographyFaults(`Supprimer${NNBSP}?`)).toEqual([]);
    expect(typographyFaults(`Supprimer${NBSP}?`)).toHaveLength(1);
    expect(typographyFaults(`Attention${NNBSP}!`)).toEqual([]);
    expect(typographyFaults(`a${NNBSP}; b`)).toEqual([]);
    expect(typographyFaults('a; b')).toHaveLength(1);
    expect(typographyFaults("l'ordinateur")).toHaveLength(1);
    expect(typographyFaults('« OK »')).toHaveLength(2);
    expect(typographyFaults(`«${NBSP}OK${NBSP}»`)).toEqual([]);
    expect(typographyFaults('$1 note(s)')).toHaveLength(1);
    expect(typographyFaults('à 10:30, https://exemple.fr/?a=1, !! alerte')).toEqual([]);
    expect(typographyFaults('Né(e) le $1')).toEqual([]);
  });

  it.each(entries(fr as Catalogue))('%s', (_key, message) => {
    expect(typographyFaults(message)).toEqual([]);
  });

  it('plural messages come in pairs, with the count as $1, in both catalogues', () => {
    for (const c of [fr, en] as Catalogue[]) {
      const keys = Object.keys(c);
      // (`pfGroup_other` is « other » as a word, not a plural form: only `_one` keys make a pair.)
      for (const k of keys.filter((x) => x.endsWith('_one'))) {
        const other = k.replace(/_one$/, '_other');
        expect(keys, k).toContain(other);
        expect(c[k]!.message, k).toContain('$1');
        expect(c[other]!.message, other).toContain('$1');
      }
    }
  });

  it('no « (s) » in English either', () => {
    for (const [key, message] of entries(en as Catalogue)) expect(/\((?:s|es)\)/.test(message), key).toBe(false);
  });
});
