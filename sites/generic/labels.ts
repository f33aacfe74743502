// What the generic detector knows of record pages, as data: the words pages use for each identity
// field. A new wording is a one-line change here plus a fixture. Identity labels shared with the
// form classifier live in `../identity-words.ts`.
import { BIRTH_DATE, BIRTH_NAME, FIRST_NAME, FIRST_NAMES, FULL_NAME, NIR, SEX, USED_NAME, type Words } from '../identity-words';

const all = (w: Words) => [...w.fr, ...w.en];

export type Field =
  | 'birthName'
  | 'usedName'
  /** "Nom" alone, or a family name read from a banner: birth or used name, the page does not say. */
  | 'name'
  | 'firstNames'
  | 'usedFirstName'
  /** "Middle name", « Autres prénoms »: first names after the first. */
  | 'middleNames'
  /** "DUPONT Marie": parsed into the fields above. */
  | 'fullName'
  | 'birthDate'
  | 'sex'
  | 'nir'
  | 'ins'
  | 'insStatus'
  | 'recordId'
  /** An age shown ("45 ans", "81 yrs", "056Y"), in months: it may confirm a date as the birth date. */
  | 'age'
  /** A date shown alone, without a label: a birth date only when an age or a NIR beside it agrees. */
  | 'date';

/** Visible labels, French and English, as written; compared folded (accents, case, punctuation and "(s)"/"(e)" ignored). */
export const LABELS: Record<Field, string[]> = {
  birthName: all(BIRTH_NAME),
  usedName: all(USED_NAME),
  name: ['Nom'],
  firstNames: [...all(FIRST_NAME), ...all(FIRST_NAMES), 'Premier prénom de naissance', 'Given'],
  usedFirstName: ['Prénom utilisé', "Prénom d'usage", 'Preferred name', 'First name used'],
  middleNames: ['Autres prénoms', 'Second prénom', 'Deuxième prénom', 'Middle name', 'Middle name, suffix', 'Middle names', 'Middle'],
  fullName: [...all(FULL_NAME), 'Patient(e)', 'Patiente', 'Identité'],
  birthDate: [...all(BIRTH_DATE), 'Born'],
  sex: [...all(SEX), 'Civilité', 'Title'],
  nir: [...all(NIR), 'N° S.S.'],
  ins: ['Matricule INS', 'INS', 'INS-NIR', 'Matricule', 'Identifiant national de santé'],
  insStatus: ['Statut INS', "Statut de l'identité", 'Statut identité', "Statut de l'INS", 'Identity status'],
  recordId: ['N° dossier', 'N° de dossier', 'Numéro de dossier', 'Dossier n°', 'IPP', 'ID patient', 'N° patient', 'Patient ID', 'PatientID', 'Record number', 'MRN'],
  age: ['Âge', 'Age'],
  date: [],
};

/** English labels: a page without `lang` that labels a name with one writes it given name first. */
export const ENGLISH = [BIRTH_NAME, USED_NAME, FIRST_NAME, FIRST_NAMES, FULL_NAME, BIRTH_DATE, SEX, NIR].flatMap((w) => w.en).concat('Born', 'Title', 'Preferred name', 'Age', 'Middle name', 'Middle names', 'Middle', 'Given');

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
  middleNames: ['middle name', 'middlename', 'middle names', 'second prenom', 'autres prenoms'],
  fullName: ['patient name', 'full name', 'fullname', 'identite'],
  birthDate: ['birth date', 'birthdate', 'date of birth', 'dob', 'date naissance', 'datenaissance', 'ddn', 'naissance'],
  sex: ['sex', 'sexe', 'gender', 'genre', 'civilite'],
  nir: ['nir', 'ssn', 'secu', 'social security', 'securite sociale'],
  ins: ['matricule ins', 'ins'],
  insStatus: ['ins status', 'statut ins', 'identity status'],
};

/** The fields that name a person (a name's parts, not the sex or the dates). */
export const NAMES: Field[] = ['name', 'birthName', 'usedName', 'firstNames'];

/** An attribute naming one of these is about someone else (doctor, user, relative) or a search box. */
export const NOT_PATIENT = 'doctor medecin praticien practitioner user utilisateur author auteur contact urgence emergency proche parent tuteur assure insured referent prescripteur search recherche filter filtre conjoint spouse'.split(' ');

/** Words of an identifier's caption (« National ID », "Patient Number", « N° IPP »), never of a person's name; compared folded. */
export const ID_WORDS = 'id ids no nr num number numero code mrn upn nic nhs ipp nir ins ssn uuid'.split(' ');

/** Words naming the part of a date split over three fields (`birthdateDD`, « naissance_jour », `year_of_birth`, OSCAR's day `date_of_birth`), folded. */
export const DATE_PARTS = { d: ['dd', 'jj', 'day', 'jour', 'date'], m: ['mm', 'month', 'mois'], y: ['yyyy', 'aaaa', 'year', 'annee'] };
/** The word after a part that makes it a birth date's (`year_of_birth`, « jour_naissance »), folded. */
export const BORN = ['birth', 'naissance'];

/** Words of a section's title (« General Information », « Résumé ») or an identifier's label (« Numéro RPPS »), never of a person's name; compared folded. */
export const SECTION_WORDS = 'information informations general generale generales details detail summary overview resume profile profil demographics donnees personal personnelles history historique dashboard contact contacts numero code identifiant identifiants'.split(' ');

/** A name's use shown beside it as a badge (SanteDB « Legal », FHIR "official", "usual", "maiden"): no part of the name. */
export const NAME_USE = /^(?:legal|official|usual|nickname|maiden|anonymous|temp(?:orary)?)\s+|\s+(?:legal|official|usual|nickname|maiden|anonymous|temp(?:orary)?)$/i;

/** Words of a place's or team's name (« Canonbury Medical Centre », « Cabinet des Lilas »), never of a person's; compared folded. */
export const PLACE_WORDS = 'centre center clinic clinique cabinet hospital hopital medical medicale sante health care practice surgery pharmacy pharmacie laboratoire laboratory maison group groupe service team equipe firm'.split(' ');

/** A breadcrumb (« Home / Patient / Edit Patient »): navigation, never a label nor a name. */
export const BREADCRUMB = '[class*=readcrumb],[id*=readcrumb],[aria-label*=readcrumb]';

/** Marks (class, test id, aria-label) of an icon standing for the birth date: MUI `CakeOutlinedIcon`, Font Awesome `fa-birthday-cake`. */
export const BIRTH_ICON = /\b(?:cake|birthday|anniversaire)\b/;

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
/** URL path segments of a record that is no patient's: a professional's, an employee's, a user's, a relative's (`/practitioners/4f9c…`, `#/RelatedPerson/7a1d…`). */
export const OTHER_RECORD_PATH = /\/(?:practitioners?|practitionerroles?|employees?|users?|staff|providers?|relatedpersons?|related-persons?|praticiens?|professionnels?|utilisateurs?)\/[\w-]*\d/i;
/** A dialog's caption that creates a person (« Create new case », « Nouveau patient »): its values are being typed, no one's record yet (folded). */
export const CREATING = /^(create|add|register|new|nouvel(le)?|nouveau|creer|creation|ajouter|enregistrer)\b.*\b(case|patient|person|contact|cas|patiente|personne)\b/;
/** URL query parameters holding a patient id, compared in lower case. */
export const RECORD_PARAMS = ['patientid', 'patient_id', 'idpatient', 'id_patient', 'pid', 'patient', 'dossierid', 'iddossier', 'dossier', 'ipp', 'recordid'];

/** INS identity status words (folded prefixes) → status. */
export const INS_STATUS: [string, 'qualifiee' | 'validee' | 'recuperee' | 'provisoire' | 'inconnue'][] = [
  ['qualifi', 'qualifiee'], ['valid', 'validee'], ['recup', 'recuperee'], ['provisoire', 'provisoire'], ['inconnu', 'inconnue'],
];
