import { splitCivility, type Sex } from './sex';
import { clean } from './text';

/** Names read from one written identity ("Mme DURAND Marie née MARTIN"). Values are kept as written. */
export interface ParsedName {
  birthName?: string;
  usedName?: string;
  firstNames?: string;
  sex?: Sex;
  /** True when a marker (née, épouse, nom d'usage…) said which name is which. */
  marked: boolean;
}

/** How to read a name written without any upper-case word ("Marie Dupont"): French records put the family name first. */
export type NameOrder = 'family-first' | 'given-first';

const BIRTH = '\u0001b';
const USED = '\u0001u';
// Markers, longest first; "né le", "née à" are birth-date phrases, not name markers.
const MARKERS: [RegExp, string][] = [
  [/\bnom\s+(?:de\s+naissance|de\s+jeune\s+fille|patronymique)\s*:?/gi, BIRTH],
  [/\bnom\s+(?:d['’]\s?usage|utilis[ée]|marital|d['’]\s?[ée]pouse|usuel)\s*:?/gi, USED],
  // Case-sensitive on purpose: "née LE GALL" is a name, "née le 12/03" or "NÉE LE :" a date phrase.
  [/(?<!\p{L})[Nn][ÉéEe][Ee]?(?:\([Ee]\))?(?!\p{L})(?!\s+(?:[Ll][EeAa]|[Ee][Nn]|[àÀ]|on|in)(?!\s+[A-ZÀ-Þ]{2})(?=\s|$|:))(?!\s*\d)\s*:?/gu, BIRTH],
  [/(?<![\p{L}])(?:[ée]pouse|[ée]p\.|veuve|vve)(?![\p{L}])\s*:?/giu, USED],
];
const PARTICLES = new Set("le la de du des d' d’ di da del della van von der den ten ter mac mc saint st ben bin el al abou ould dos das do".split(' '));

const isUpper = (t: string) => /\p{L}.*\p{L}|['’-]/u.test(t) && /\p{L}/u.test(t) && t === t.toUpperCase();
const isParticle = (t: string) => PARTICLES.has(t.toLowerCase());

/** Family name at the start of tokens: particles glue to the next word ("LE GALL", "DE LA TOUR"). */
function leadingFamily(tokens: string[]): number {
  let i = 0;
  while (i < tokens.length - 1 && isParticle(tokens[i]!)) i++;
  return i + 1;
}

/**
 * Reads a written identity. French convention: family name in upper case, first names in mixed case,
 * either order ("DUPONT Marie Claire", "Marie Claire DUPONT"), or "DUPONT, Marie". Handles civilities,
 * "née MARTIN", "épouse", "nom d'usage", compound names (LE GALL-D'ARCY) and accents.
 * Everything upper case: the first word (with its particles) is the family name, unless the caller
 * says the page writes given names first (an English page's « MARIA ELENA LOPEZ »: the case tells
 * nothing there, the page's order does).
 */
export function parseName(text: string, mixedCaseOrder?: NameOrder): ParsedName {
  // Ages and dates in parentheses are noise; other parentheses hold markers: "(née MARTIN)". A
  // family name in capitals followed by another in parentheses is the used name, then the birth
  // name: "MOREAU (LEFEBVRE) Jeanne".
  let t = clean(text)
    .replace(/\([^)]*\d[^)]*\)/g, ' ')
    .replace(/(\p{Lu}{2,}\s*)\((\s*\p{Lu}[\p{Lu}\s'’-]*\p{Lu}\s*)\)/gu, '$1 née $2 ')
    .replace(/[()]/g, ' ')
    .replace(/[\s,;:–—-]+$/, '');
  const civ = splitCivility(t);
  t = civ.rest;
  const allUpper = !/\p{Ll}/u.test(t);
  for (const [re, tag] of MARKERS) t = t.replace(re, ` ${tag} `);
  const tokens = t.replace(/,/g, ' , ').split(/\s+/).filter((x) => x && x !== ':');
  const out: ParsedName = { marked: false };
  if (civ.sex) out.sex = civ.sex;
  const main: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i]!;
    if (tok !== BIRTH && tok !== USED) {
      main.push(tok);
      continue;
    }
    // Marker: take the following upper-case run, or one mixed-case word with its particles.
    const taken: string[] = [];
    let j = i + 1;
    // All upper case ("DURAND NÉE MARTIN MARIE"): the name is one word with its particles.
    const stop = allUpper ? i + 1 + leadingFamily(tokens.slice(i + 1)) : tokens.length;
    while (j < stop && tokens[j] !== ',' && isUpper(tokens[j]!) && !tokens[j]!.startsWith('\u0001')) taken.push(tokens[j++]!);
    if (!taken.length) {
      while (j < tokens.length - 1 && isParticle(tokens[j]!)) taken.push(tokens[j++]!);
      if (j < tokens.length && tokens[j] !== ',' && !tokens[j]!.startsWith('\u0001')) taken.push(tokens[j++]!);
    }
    if (taken.length) {
      out[tok === BIRTH ? 'birthName' : 'usedName'] = taken.join(' ');
      out.marked = true;
    }
    i = j - 1;
  }
  let family: string[] = [];
  let given: string[] = [];
  const comma = main.indexOf(',');
  if (comma > 0) {
    family = main.slice(0, comma);
    given = main.slice(comma + 1).filter((x) => x !== ',');
  } else {
    const words = main.filter((x) => x !== ',');
    let start = words.findIndex(isUpper);
    let end = start;
    // Lower-case particles belong to the family name that follows: "de LA TOUR", "van der BERG".
    while (start > 0 && isParticle(words[start - 1]!)) start--;
    while (end >= 0 && end < words.length && isUpper(words[end]!)) end++;
    if (end >= 0 && end - start < words.length) {
      family = words.slice(start, end);
      given = [...words.slice(0, start), ...words.slice(end)];
    } else if ((start === 0 && !(allUpper && !out.marked && mixedCaseOrder === 'given-first')) || mixedCaseOrder === 'family-first') {
      const n = leadingFamily(words);
      family = words.slice(0, n);
      given = words.slice(n);
    } else if (mixedCaseOrder === 'given-first' && words.length > 1) {
      let k = words.length - 1;
      while (k > 1 && isParticle(words[k - 1]!)) k--;
      family = words.slice(k);
      given = words.slice(0, k);
    }
  }
  if (family.length) {
    // With a birth-name marker the shown family name is the used one, and vice versa.
    const slot = out.birthName && !out.usedName ? 'usedName' : 'birthName';
    if (!out[slot]) out[slot] = family.join(' ');
  }
  if (given.length) out.firstNames = given.join(' ');
  return out;
}
