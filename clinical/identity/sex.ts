import { fold } from './text';

export type Sex = 'F' | 'M';

// Every way record pages write a sex or a civility, folded (no accents, lower case, no dot).
const WORDS: Record<string, Sex> = {};
for (const w of 'f fem feminin femme femelle fille mme madame mlle mademoiselle female woman girl mrs ms miss ♀'.split(' ')) WORDS[w] = 'F';
for (const w of 'm h masc masculin homme garcon monsieur mr male man boy ♂'.split(' ')) WORDS[w] = 'M';

/** Reads a sex value: "F", "Féminin", "Femme", "Mme", "M.", "Monsieur", "Male", "♀"… → 'F' | 'M' | null. */
export function parseSex(text: string): Sex | null {
  const t = fold(text).replace(/[.:()[\]]/g, ' ').trim();
  const whole = WORDS[t.replace(/\s+/g, '')];
  if (whole) return whole;
  // "Féminin (F)", "F - Femme": accept when every word agrees.
  let sex: Sex | null = null;
  for (const w of t.split(/[\s/-]+/).filter(Boolean)) {
    const s = WORDS[w];
    if (!s || (sex && s !== sex)) return null;
    sex = s;
  }
  return sex;
}

/** Civility at the start of a name ("Mme DUPONT Marie"): its sex and the rest of the text. */
export function splitCivility(text: string): { sex: Sex | null; rest: string } {
  const m = /^(mme|madame|mlle|mademoiselle|monsieur|mrs|mr|ms|miss|m)(?:\.|\s)\s*/i.exec(text.trim());
  if (!m) return { sex: null, rest: text.trim() };
  return { sex: WORDS[m[1]!.toLowerCase()] ?? null, rest: text.trim().slice(m[0].length).trim() };
}
