// French messages for the administrative validators, keyed by a stable code.
// clinical/ cannot reach browser.i18n; the UI may look the code up in the locale
// catalogue instead and fall back to these texts.
export const ADMIN_MESSAGES = {
  'required': 'Champ obligatoire.',
  'postalCode.format': 'Le code postal doit comporter 5 chiffres.',
  'postalCode.corsica': 'En Corse, le code postal commence par 20 (2A et 2B sont des numéros de département, pas des codes postaux).',
  'postalCode.department': "Ce code postal ne correspond à aucun département français (01 à 95, 971 à 976, 98x).",
  'phone.format': 'Numéro de téléphone invalide : 10 chiffres commençant par 01 à 09, ou +33 suivi de 9 chiffres.',
  'email.format': 'Adresse e-mail invalide (exemple : nom@domaine.fr).',
  'date.format': 'Date invalide : format attendu JJ/MM/AAAA ou AAAA-MM-JJ.',
  'date.calendar': "Cette date n'existe pas dans le calendrier.",
  'date.future': 'La date ne peut pas être dans le futur.',
  // The precise NIR message comes from clinical/identity (see nir-check.ts); this is the fallback.
  'nir.invalid': 'Le NIR est invalide : vérifiez la saisie.',
  'coverage.c2sAndAme': "La C2S et l'AME ne peuvent pas être cumulées.",
  'ald.listWithoutAld': 'Des affections sont listées alors que le patient est indiqué sans ALD.',
  'vitale.holderForSelf': "Le titulaire de la carte Vitale n'est à renseigner que pour un ayant droit.",
} as const;

export type AdminErrorCode = keyof typeof ADMIN_MESSAGES;
