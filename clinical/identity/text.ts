// Text folding shared by the identity parsers and the generic detector: accents, case and
// punctuation differ between record software, the meaning does not.

const folded = new Map<string, string>();
/** Lower case, accents removed (é → e), whitespace collapsed. */
export function fold(s: string): string {
  // The generic reader folds the same texts again and again (every row of a list, every reading):
  // Unicode normalisation is its largest cost, so short texts' answers are remembered (a bounded memo).
  let f = folded.get(s);
  if (f === undefined) {
    f = s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/\s+/g, ' ').trim();
    if (folded.size > 4000) folded.clear();
    if (s.length < 80) folded.set(s, f);
  }
  return f;
}

/** Key to compare two names: folded, hyphens/apostrophes/spaces made equal. "Le Gall-d'Arcy" = "LE GALL D ARCY". */
export function nameKey(s: string): string {
  return fold(s).replace(/[^a-z0-9]+/g, ' ').trim();
}

/** Collapses whitespace (including non-breaking spaces) and trims. */
export function clean(s: string): string {
  return s.replace(/[\s\u00a0\u202f]+/g, ' ').trim();
}
