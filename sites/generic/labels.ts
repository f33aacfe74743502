// What the generic detector knows of record pages, as data: the words pages use for each identity
// field. A new wording is a one-line change here plus a fixture.

export type Field =
  | 'birthName'
  | 'usedName'
  /** "Nom" alone, or a family name read from a banner: birth or used name, the page does not say. */
  | 'name'
  | 'firstNames'
  | 'usedFirstName'
  /** "DUPONT Marie": parsed into the fields above. */
  | 'fullName'
  | 'birthDate'
  | 'sex'
  | 'nir'
  | 'ins'
  | 'insStatus'
  | 'recordId';

/** Visible labels, French and English, as written; compared folded (accents, case, punctuation and "(s)"/"(e)" ignored). */
export const LABELS: Record<Field, string[]> = {
  birthName: ['Nom de naissance', 'Nom de famille', 'Nom patronymique', 'Nom de jeune fille', 'Birth name', 'Family name', 'Last name', 'Surname', 'Maiden name'],
  usedName: ["Nom d'usage", 'Nom utilisé', 'Nom marital', "Nom d'épouse", 'Nom usuel', 'Used name'],
  name: ['Nom'],
  firstNames: ['Prénom(s)', 'Prénom', 'Prénoms', 'Prénoms de naissance', 'Premier prénom', 'Premier prénom de naissance', 'Liste des prénoms', 'First name', 'First names', 'Given name', 'Given names', 'Forename'],
  usedFirstName: ['Prénom utilisé', "Prénom d'usage", 'Preferred name'],
  fullName: ['Patient(e)', 'Patiente', 'Nom et prénom', 'Nom prénom', 'Nom complet', 'Identité', 'Identité du patient', 'Name', 'Full name', 'Patient name'],
  birthDate: ['Date de naissance', 'Né(e) le', 'Né le', 'Née le', 'DDN', 'Date naiss.', 'Naissance', 'Date of birth', 'Birth date', 'Birthdate', 'DOB', 'D.O.B.', 'Born', 'Born on'],
  sex: ['Sexe', 'Genre', 'Civilité', 'Sex', 'Gender', 'Title'],
  nir: ['N° de sécurité sociale', 'Numéro de sécurité sociale', 'N° sécurité sociale', 'No de sécurité sociale', 'N° SS', 'N° S.S.', 'NSS', 'N° Sécu', 'NIR', "N° d'immatriculation", 'Social security number', 'SSN'],
  ins: ['Matricule INS', 'INS', 'INS-NIR', 'Matricule', 'Identifiant national de santé'],
  insStatus: ['Statut INS', "Statut de l'identité", 'Statut identité', "Statut de l'INS", 'Identity status'],
  recordId: ['N° dossier', 'N° de dossier', 'Numéro de dossier', 'Dossier n°', 'IPP', 'ID patient', 'N° patient', 'Patient ID', 'Record number', 'MRN'],
};

/**
 * Words in `data-*`, `name` and `id` attributes (split on case and punctuation: `patientBirthDate`,
 * `patient-birthdate`), compared as whole words; the longest phrase found wins
 * (`nom-naissance` is a birth name, not a birth date).
 */
export const HINTS: Partial<Record<Field, string[]>> = {
  birthName: ['birth name', 'birthname', 'nom naissance', 'nom de naissance', 'family name', 'familyname', 'last name', 'lastname', 'surname', 'nom famille'],
  usedName: ['used name', 'usual name', 'nom usage', 'nom d usage', 'nom utilise'],
  name: ['nom'],
  firstNames: ['first name', 'first names', 'firstname', 'given name', 'prenom', 'prenoms'],
  usedFirstName: ['used first name', 'prenom utilise'],
  fullName: ['patient name', 'full name', 'fullname', 'identite'],
  birthDate: ['birth date', 'birthdate', 'date of birth', 'dob', 'date naissance', 'datenaissance', 'ddn', 'naissance'],
  sex: ['sex', 'sexe', 'gender', 'civilite'],
  nir: ['nir', 'ssn', 'secu', 'social security', 'securite sociale'],
  ins: ['matricule ins', 'ins'],
  insStatus: ['ins status', 'statut ins', 'identity status'],
};

/** An attribute naming one of these is about someone else (doctor, user, relative) or a search box. */
export const NOT_PATIENT = 'doctor medecin praticien practitioner user utilisateur author auteur contact urgence emergency proche parent tuteur assure insured referent prescripteur search recherche filter filtre conjoint spouse'.split(' ');

/** schema.org microdata (Person / Patient) properties. */
export const ITEMPROPS: Record<string, Field> = {
  birthDate: 'birthDate',
  givenName: 'firstNames',
  familyName: 'name',
  name: 'fullName',
  gender: 'sex',
};

/** Attributes carrying the record software's own patient id. */
export const RECORD_ATTRS = ['data-patient-id', 'data-patientid', 'data-id-patient', 'data-record-id', 'data-dossier-id', 'data-ipp'];
/** URL path segments followed by a patient id (`/patients/123`, `#/dossier/48213`). The id must hold a digit. */
export const RECORD_PATH = /\/(?:patients?|dossiers?|records?|fiches?|charts?)\/([\w-]*\d[\w-]*)/i;
/** URL query parameters holding a patient id, compared in lower case. */
export const RECORD_PARAMS = ['patientid', 'patient_id', 'idpatient', 'id_patient', 'pid', 'patient', 'dossierid', 'iddossier', 'dossier', 'ipp', 'recordid'];

/** INS identity status words (folded prefixes) → status. */
export const INS_STATUS: [string, 'qualifiee' | 'validee' | 'recuperee' | 'provisoire' | 'inconnue'][] = [
  ['qualifi', 'qualifiee'], ['valid', 'validee'], ['recup', 'recuperee'], ['provisoire', 'provisoire'], ['inconnu', 'inconnue'],
];
