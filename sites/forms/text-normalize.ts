// Text normalisation shared by the classifier, the dictionaries and the option matcher:
// case-, accent- and punctuation-insensitive, so « Prénom(s) : » and "prenom s" compare equal.

export function normalizeText(input: string): string {
  return input
    .replace(/œ/gi, 'oe')
    .replace(/æ/gi, 'ae')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Words of an identifier (name / id attribute): birthName, birth_name, birth-name → "birth name". */
export function identifierWords(input: string): string {
  return normalizeText(
    input
      .replace(/([a-z])([A-Z])/g, '$1 $2')
      .replace(/([A-Za-z])(\d)/g, '$1 $2')
      .replace(/(\d)([A-Za-z])/g, '$1 $2'),
  );
}

/** Collapse whitespace of visible text and cap its length (labels, not paragraphs). */
export function tidyText(input: string, max = 160): string {
  const tidy = input.replace(/\s+/g, ' ').trim();
  return tidy.length > max ? tidy.slice(0, max) : tidy;
}

/** Does normalised `text` contain normalised `phrase` as whole words? */
export function hasPhrase(text: string, phrase: string): boolean {
  return ` ${text} `.includes(` ${phrase} `);
}

/** Index of the phrase as whole words in text, or -1. */
export function phraseIndex(text: string, phrase: string): number {
  const at = ` ${text} `.indexOf(` ${phrase} `);
  return at;
}
