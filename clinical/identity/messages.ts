// French messages of the identity checks, in one place. They are returned by pure functions
// (no browser.i18n here), so they live beside the code; move them to the locale files if the
// UI ever needs another language.

export const nirMessages = {
  empty: 'Le NIR est vide.',
  chars: 'Le NIR ne doit contenir que des chiffres (et 2A ou 2B pour un département corse).',
  missingKey: 'Le NIR n’a pas de clé : 15 caractères attendus (13 chiffres et une clé de 2 chiffres).',
  length: (n: string) => `Le NIR doit comporter 15 caractères (13 chiffres et une clé de 2 chiffres) ; ${n} trouvés.`,
  sexDigit: 'Le premier chiffre du NIR doit être 1 (homme) ou 2 (femme), ou 3, 4, 7, 8 pour un numéro provisoire.',
  month: (mm: string) => `Le mois de naissance du NIR (${mm}) n’existe pas.`,
  department: 'Le département de naissance du NIR est invalide.',
  // The expected key is deliberately not shown: the typo may be in the 13 digits, not in the key.
  key: (key: string) => `La clé du NIR (${key}) ne correspond pas aux 13 premiers chiffres : vérifiez la saisie.`,
};

const sexWord = { F: 'une femme', M: 'un homme' } as const;
const sexAdj = { F: 'féminin', M: 'masculin' } as const;

export const consistencyMessages = {
  sex: (nir: 'F' | 'M', given: 'F' | 'M') =>
    `Le NIR correspond à ${sexWord[nir]}, mais le sexe indiqué est ${sexAdj[given]}.`,
  year: (yy: string, yyyy: string) =>
    `L’année de naissance du NIR (…${yy}) ne correspond pas à la date de naissance (${yyyy}).`,
  month: (mm: string, given: string) =>
    `Le mois de naissance du NIR (${mm}) ne correspond pas à la date de naissance (mois ${given}).`,
};

export const ageWords = {
  years: (n: number) => (n > 1 ? `${n} ans` : `${n} an`),
  months: (n: number) => `${n} mois`,
  days: (n: number) => (n > 1 ? `${n} jours` : `${n} jour`),
};
