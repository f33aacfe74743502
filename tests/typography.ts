// French typography rules, shared by the catalogue's test and the store listing's test.
const NBSP = '\u00a0';
const NNBSP = '\u202f';

/** Every typographic fault of one French string, in words. */
export function typographyFaults(s: string): string[] {
  const faults: string[] = [];
  if (s.includes("'")) faults.push('straight apostrophe (use ’)');
  for (const m of s.matchAll(/(.?)([:;!?])(?=\s|$|[»)])/gu)) {
    const [, before, mark] = m;
    if (mark === '!' && s[m.index! + 1] === '!') continue;
    if (before === '!' || before === '?') continue; // « !? » and the like: the space is before the first one
    const want = mark === ':' ? NBSP : NNBSP;
    if (before !== want) faults.push(`« ${mark} » after ${before ? `U+${before.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}` : 'nothing'} (want ${mark === ':' ? 'U+00A0' : 'U+202F'})`);
  }
  for (const m of s.matchAll(/«(.?)/gu)) if (m[1] !== NBSP) faults.push('« not followed by U+00A0');
  for (const m of s.matchAll(/(.?)»/gu)) if (m[1] !== NBSP) faults.push('» not preceded by U+00A0');
  if (/\((?:s|es|x|e?s)\)/.test(s)) faults.push('« (s) » instead of a real plural');
  return faults;
}

