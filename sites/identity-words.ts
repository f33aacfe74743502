// One vocabulary of identity words: the labels record pages and forms put before a patient's
// names, birth date, sex and NIR, French and English. Read by the generic reader
// (`generic/labels.ts`) and the form classifier (`forms/field-labels.ts`); each adds the few
// words only it needs (a form's bare « Nom » is a birth name, a page's may be a used name).
// Written naturally; both readers fold accents, case and punctuation on use. DICOM keywords
// (`PatientName`, `PatientBirthDate`, `PatientSex`) are what PACS web viewers show as labels.

export interface Words {
  fr: readonly string[];
  en: readonly string[];
}

export const BIRTH_NAME: Words = {
  fr: ['Nom de naissance', 'Nom de famille', 'Noms de famille', 'Nom patronymique', 'Nom de jeune fille', '2ème nom'],
  en: ['Last name', 'Legal last name', 'Surname', 'Family name', 'Birth name', 'Maiden name'],
};
export const USED_NAME: Words = {
  fr: ["Nom d'usage", 'Nom usuel', 'Nom marital', "Nom d'épouse", 'Nom utilisé'],
  en: ['Used name'],
};
/** One first name. */
export const FIRST_NAME: Words = { fr: ['Prénom', 'Premier prénom'], en: ['First name', 'Legal first name', 'Given name', 'Forename'] };
/** Every first name. */
export const FIRST_NAMES: Words = {
  fr: ['Prénoms', 'Prénom(s)', 'Liste des prénoms', 'Prénoms de naissance', 'Prénom(s) de naissance'],
  en: ['Given names', 'First names'],
};
export const FULL_NAME: Words = { fr: ['Nom et prénom', 'Nom prénom', 'Nom complet', 'Identité du patient'], en: ['Name', 'Full name', 'Patient name', 'PatientName'] };
export const BIRTH_DATE: Words = {
  fr: ['Date de naissance', 'Naissance', 'Né le', 'Née le', 'Né(e) le', 'DDN', 'Date naiss.'],
  en: ['Date of birth', 'DOB', 'Birth date', 'Birthdate', 'Born on', 'D.O.B.', 'PatientBirthDate'],
};
export const SEX: Words = { fr: ['Sexe', 'Genre'], en: ['Sex', 'Legal sex', 'Sex at birth', 'Gender', 'PatientSex'] };
export const NIR: Words = {
  fr: [
    'NIR', 'Numéro de sécurité sociale', 'N° de sécurité sociale', 'N° sécurité sociale', 'No de sécurité sociale',
    'N° SS', 'NSS', 'N° sécu', "N° d'immatriculation",
  ],
  en: ['Social security number', 'SSN'],
};
