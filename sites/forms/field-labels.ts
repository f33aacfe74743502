import type { ProfileFieldKey } from '../../clinical/admin/field-keys';
import { BIRTH_DATE, BIRTH_NAME, FIRST_NAME, FIRST_NAMES, FULL_NAME, NIR, SEX, USED_NAME } from '../identity-words';

// Every word the classifier knows, as data: French and English label phrases per field,
// HTML autocomplete tokens, the section words that change whose field it is (« personne de
// confiance »…), and the option words used to recognise and fill selects and radios.
// Phrases are written naturally; they are normalised (accents, case, punctuation) on use.
// A page change that needs a new word is a one-line fix here plus a corpus fixture. Identity
// labels shared with the generic reader come from `../identity-words.ts`.

/** A field key, or a word that only means something inside a section (see CONTEXTS). */
export type BaseKey = ProfileFieldKey | 'relation' | 'declared';

export interface LabelRule {
  key: BaseKey;
  phrases: readonly string[];
  /**
   * Section-like words (« mutuelle », « employeur »): they name the field only when nothing
   * more specific matches, so « Téléphone de l'employeur » is a phone in the employer section.
   */
  weak?: boolean;
}

export const LABEL_RULES: readonly LabelRule[] = [
  { key: 'civility', phrases: ['civilité', 'civ', 'titre', 'title', 'salutation', 'honorific', 'mr mrs', 'm mme'] },
  { key: 'sex', phrases: [...SEX.fr, ...SEX.en, 'sexe à l’état civil', 'sexe état civil'] },
  {
    key: 'birthName',
    phrases: [
      'nom', ...BIRTH_NAME.fr, 'nom naissance', 'nom du patient', 'nom de la patiente', 'nom patient',
      ...BIRTH_NAME.en, 'lastname', 'patient last name',
    ],
  },
  {
    key: 'usedName',
    phrases: [...USED_NAME.fr, 'nom usage', 'nom utilise', ...USED_NAME.en, 'married name', 'preferred last name'],
  },
  {
    key: 'firstName',
    phrases: [
      ...FIRST_NAME.fr, 'prenom', 'prénom usuel', 'prénom utilisé', 'prénom du patient',
      ...FIRST_NAME.en, 'firstname', 'patient first name',
    ],
  },
  {
    key: 'firstNames',
    phrases: [...FIRST_NAMES.fr, 'prénom(s) de naissance', ...FIRST_NAMES.en, 'forenames'],
  },
  {
    key: 'fullName',
    phrases: [
      ...FULL_NAME.fr, 'nom et prénoms', 'nom, prénom', 'prénom et nom', 'prénom nom', 'nom et prénom(s)',
      ...FULL_NAME.en, "patient's name", 'patient full name',
    ],
  },
  {
    key: 'birthDate',
    phrases: [...BIRTH_DATE.fr, 'date naissance', 'dt naiss', ...BIRTH_DATE.en, 'birthday'],
  },
  {
    key: 'birthPlace',
    phrases: [
      'lieu de naissance', 'lieu naissance', 'né à', 'née à', 'né(e) à', 'commune de naissance', 'ville de naissance',
      'place of birth', 'birthplace', 'birth place', 'city of birth', 'town of birth',
    ],
  },
  { key: 'birthCountry', phrases: ['pays de naissance', 'pays naissance', 'country of birth', 'birth country'] },
  {
    key: 'nir',
    phrases: [
      ...NIR.fr, 'sécurité sociale', 'n° de sécu', 'sécu', 'num ss', 'numéro ss', 'no ss', 'numéro sécu',
      "numéro d'immatriculation", 'immatriculation', 'matricule ins', 'numéro ins', 'ins', 'numéro insee', 'insee',
      ...NIR.en, 'social security',
    ],
  },
  {
    key: 'regime',
    phrases: [
      'régime', "régime d'assurance maladie", 'régime obligatoire', "régime d'affiliation", 'régime social',
      'insurance scheme', 'health insurance scheme',
    ],
  },
  {
    key: 'caisse',
    phrases: [
      'caisse', "caisse d'affiliation", 'caisse primaire', 'cpam', "caisse d'assurance maladie", "organisme d'affiliation",
      'organisme de rattachement', 'code caisse', 'centre payeur', 'organisme gestionnaire', 'health insurance fund',
    ],
  },
  {
    key: 'vitaleRole',
    phrases: [
      'qualité', "qualité de l'assuré", 'qualité du bénéficiaire', 'assuré ou ayant droit', 'titulaire de la carte vitale',
      'titulaire carte vitale', 'statut assuré', 'beneficiary status', 'policyholder or dependent',
    ],
  },
  {
    key: 'complementaryName',
    weak: true,
    phrases: [
      'mutuelle', 'complémentaire', 'complémentaire santé', 'organisme complémentaire', 'assurance complémentaire', 'amc',
      'complementary insurance', 'supplemental insurance', 'secondary insurance',
    ],
  },
  {
    key: 'complementaryName',
    phrases: ['nom de la mutuelle', 'nom de la complémentaire', "nom de l'organisme complémentaire", 'nom mutuelle', 'insurance company', 'insurer', 'insurance provider'],
  },
  {
    key: 'complementaryMemberNumber',
    phrases: [
      'n° adhérent', "numéro d'adhérent", 'numéro adhérent', "n° d'adhérent", 'no adhérent', 'adhérent',
      'numéro de contrat', 'n° de contrat', 'member number', 'member id', 'policy number', 'membership number', 'subscriber id',
    ],
  },
  {
    key: 'c2s',
    phrases: ['c2s', 'complémentaire santé solidaire', 'cmu', 'cmu-c', 'cmuc', 'bénéficiaire de la c2s', 'bénéficiaire c2s'],
  },
  { key: 'ame', phrases: ['ame', "aide médicale de l'état", "aide médicale d'état", 'state medical aid'] },
  {
    key: 'doctorName',
    weak: true,
    phrases: ['médecin traitant', 'médecin référent', 'gp', 'general practitioner', 'family doctor', 'primary care physician', 'primary care provider'],
  },
  {
    key: 'doctorDeclared',
    phrases: ['médecin traitant déclaré', 'déclaration de médecin traitant', 'déclaration médecin traitant', 'a déclaré un médecin traitant', 'registered with a gp'],
  },
  { key: 'declared', phrases: ['déclaré', 'déclarée', 'déclaration', 'déclaration effectuée', 'declared', 'registered'] },
  {
    key: 'aldList',
    phrases: [
      'ald', 'affection de longue durée', 'affection longue durée', 'affections de longue durée', 'liste des ald', 'pathologies ald',
      'prise en charge à 100 %', 'en charge à 100 %', 'exonération', 'long-term condition', 'long term condition', 'chronic condition',
    ],
  },
  {
    key: 'addressLine1',
    phrases: [
      'adresse', 'adresse postale', 'adresse du domicile', 'domicile', 'adresse complète', 'rue', 'n° et rue', 'numéro et voie',
      'n° et voie', 'voie', 'adresse ligne 1', 'adresse 1', 'address', 'home address', 'street address', 'street',
      'mailing address', 'address line 1', 'address 1',
    ],
  },
  {
    key: 'addressLine2',
    phrases: [
      "complément d'adresse", 'complément adresse', 'complément', 'adresse complément', 'adresse ligne 2', 'adresse 2', 'adresse (suite)', 'suite adresse',
      'bâtiment', 'lieu-dit', 'résidence', 'address line 2', 'address 2', 'apartment', 'apt', 'suite',
    ],
  },
  { key: 'postalCode', phrases: ['code postal', 'cp', 'c.p.', 'code post', 'zip', 'zip code', 'postal code', 'postcode', 'post code'] },
  { key: 'city', phrases: ['ville', 'commune', 'localité', 'commune de résidence', 'ville de résidence', 'city', 'town'] },
  { key: 'country', phrases: ['pays', 'pays de résidence', 'country', 'country of residence'] },
  {
    key: 'phone',
    phrases: [
      'téléphone', 'tél', 'tel', 'numéro de téléphone', 'n° de téléphone', 'n° tél', 'contact téléphonique',
      'phone', 'telephone', 'phone number', 'telephone number', 'contact number',
    ],
  },
  {
    key: 'phoneMobile',
    phrases: [
      'portable', 'mobile', 'tél portable', 'téléphone portable', 'téléphone mobile', 'tél mobile', 'tél. portable', 'cellulaire', 'gsm',
      'cell', 'cell phone', 'mobile phone', 'mobile number', 'cellphone',
    ],
  },
  {
    key: 'phoneHome',
    phrases: ['fixe', 'téléphone fixe', 'tél fixe', 'téléphone domicile', 'tél domicile', 'tél. domicile', 'home phone', 'home telephone', 'landline'],
  },
  {
    key: 'phoneWork',
    phrases: ['téléphone professionnel', 'tél pro', 'tél professionnel', 'téléphone travail', 'tél travail', 'work phone', 'office phone', 'business phone'],
  },
  {
    key: 'email',
    phrases: [
      'email', 'e-mail', 'courriel', 'mail', 'mél', 'adresse email', 'adresse e-mail', 'adresse mail', 'adresse électronique',
      'adresse courriel', 'email address', 'e-mail address',
    ],
  },
  { key: 'trustedPersonName', weak: true, phrases: ['personne de confiance', 'trusted person', 'health care proxy', 'healthcare proxy'] },
  {
    key: 'emergencyContactName',
    weak: true,
    phrases: ['personne à prévenir', 'personne à contacter', "contact d'urgence", "en cas d'urgence", 'emergency contact', 'next of kin'],
  },
  { key: 'relation', phrases: ['lien', 'lien de parenté', 'lien avec le patient', 'parenté', 'relation', 'relationship', 'relationship to patient'] },
  {
    key: 'employer',
    weak: true,
    phrases: ['employeur', 'entreprise', 'société', 'raison sociale', 'employer', 'company', 'workplace'],
  },
  { key: 'employer', phrases: ["nom de l'employeur", "nom de l'entreprise", 'employer name', 'company name', 'name of employer'] },
];

/**
 * Words that make a field none of ours whatever else it says: a search box « Rechercher un
 * patient (nom, prénom) », the visit's reason, clinical notes, credentials.
 */
export const NEGATIVE_PHRASES: readonly string[] = [
  'motif', 'motif de consultation', 'motif de la consultation', 'rechercher', 'recherche', 'search', 'filtrer', 'filter',
  'mot de passe', 'password', 'identifiant de connexion', 'login', 'username', "nom d'utilisateur", 'user name',
  'commentaire', 'commentaires', 'comment', 'comments', 'remarque', 'remarques', 'observation', 'observations', 'note', 'notes',
  'message', 'captcha', 'code de vérification', 'verification code', 'poids', 'taille', 'tension', 'température', 'temperature',
  'allergie', 'allergies', 'antécédents', 'symptômes', 'symptoms', 'reason for visit', 'chief complaint', 'weight', 'height',
];

/** HTML autocomplete tokens (the last token of the attribute) → field. */
export const AUTOCOMPLETE_KEYS: Readonly<Record<string, ProfileFieldKey>> = {
  'honorific-prefix': 'civility',
  'given-name': 'firstName',
  'family-name': 'birthName',
  name: 'fullName',
  bday: 'birthDate',
  'bday-day': 'birthDate.day',
  'bday-month': 'birthDate.month',
  'bday-year': 'birthDate.year',
  sex: 'sex',
  tel: 'phone',
  'tel-national': 'phone',
  email: 'email',
  'postal-code': 'postalCode',
  'address-level2': 'city',
  'street-address': 'addressLine1',
  'address-line1': 'addressLine1',
  'address-line2': 'addressLine2',
  'address-line3': 'addressLine2',
  'country-name': 'country',
  country: 'country',
  organization: 'employer',
};

/** autocomplete tokens saying "not an administrative field". */
export const AUTOCOMPLETE_NEGATIVE: readonly string[] = ['username', 'current-password', 'new-password', 'one-time-code', 'cc-number', 'cc-csc'];

/** autocomplete modifiers before `tel`: `mobile tel`, `home tel`, `work tel`. */
export const AUTOCOMPLETE_PHONE_KINDS: Readonly<Record<string, ProfileFieldKey>> = {
  mobile: 'phoneMobile',
  home: 'phoneHome',
  work: 'phoneWork',
};

export type ContextId = 'trustedPerson' | 'emergencyContact' | 'employer' | 'doctor' | 'complementary' | 'insured';

export interface ContextRule {
  id: ContextId;
  phrases: readonly string[];
  /** What a field key becomes inside this section. */
  map: Partial<Record<BaseKey, ProfileFieldKey | null>>;
  /** Keys absent from `map`: keep them (the insured is usually the patient) or drop them (another person's address is not the patient's). */
  others: 'keep' | 'drop';
}

const PHONES = ['phone', 'phoneMobile', 'phoneHome', 'phoneWork'] as const;
function personMap(prefix: 'trustedPerson' | 'emergencyContact'): ContextRule['map'] {
  const map: ContextRule['map'] = {
    fullName: `${prefix}Name`,
    birthName: `${prefix}LastName`,
    usedName: `${prefix}LastName`,
    firstName: `${prefix}FirstName`,
    firstNames: `${prefix}FirstName`,
    relation: `${prefix}Relation`,
    [`${prefix}Name`]: `${prefix}Name`,
  };
  for (const phone of PHONES) map[phone] = `${prefix}Phone`;
  return map;
}

/** Sections that make a field someone else's. The first phrase found in the field's own text wins, then its group, then its section. */
export const CONTEXTS: readonly ContextRule[] = [
  {
    id: 'trustedPerson',
    phrases: ['personne de confiance', 'trusted person', 'health care proxy', 'healthcare proxy'],
    map: personMap('trustedPerson'),
    others: 'drop',
  },
  {
    id: 'emergencyContact',
    phrases: [
      'personne à prévenir', 'personne à contacter', 'à prévenir', "contact d'urgence", "en cas d'urgence", 'urgence',
      'emergency', 'emergency contact', 'next of kin', 'in case of emergency',
    ],
    map: personMap('emergencyContact'),
    others: 'drop',
  },
  {
    id: 'employer',
    phrases: ['employeur', 'employer', 'entreprise', 'lieu de travail', 'workplace', 'employment'],
    map: { fullName: 'employer', birthName: 'employer', usedName: 'employer', employer: 'employer' },
    others: 'drop',
  },
  {
    id: 'doctor',
    phrases: ['médecin traitant', 'médecin', 'docteur', 'gp', 'general practitioner', 'family doctor', 'primary care', 'physician'],
    map: {
      fullName: 'doctorName',
      birthName: 'doctorName',
      usedName: 'doctorName',
      doctorName: 'doctorName',
      doctorDeclared: 'doctorDeclared',
      declared: 'doctorDeclared',
    },
    others: 'drop',
  },
  {
    id: 'complementary',
    phrases: ['mutuelle', 'complémentaire', 'complémentaire santé', 'organisme complémentaire', 'assurance complémentaire', 'amc', 'complementary insurance', 'supplemental insurance', 'secondary insurance'],
    map: {
      fullName: 'complementaryName',
      birthName: 'complementaryName',
      complementaryName: 'complementaryName',
      complementaryMemberNumber: 'complementaryMemberNumber',
      c2s: 'c2s',
      ame: 'ame',
    },
    others: 'drop',
  },
  {
    id: 'insured',
    phrases: ["de l'assuré", "l'assuré", 'assuré', 'assuré(e)', 'assurée', 'assuré principal', 'ouvrant droit', 'insured', 'policyholder', 'policy holder', 'subscriber'],
    map: {
      birthName: 'insuredBirthName',
      usedName: 'insuredBirthName',
      firstName: 'insuredFirstName',
      firstNames: 'insuredFirstName',
      nir: 'insuredNir',
      fullName: null,
    },
    others: 'keep',
  },
];

/** Yes/no questions: a field about a subject that is a checkbox or yes/no choice asks whether it applies. */
export const BOOLEAN_TWINS: Partial<Record<BaseKey, ProfileFieldKey>> = {
  doctorName: 'doctorDeclared',
  aldList: 'ald',
  declared: 'doctorDeclared',
};

/** Words of the parts of a split date, in labels, placeholders and names. */
export const DATE_PART_WORDS: Readonly<Record<'day' | 'month' | 'year', readonly string[]>> = {
  day: ['jour', 'jj', 'j', 'day', 'dd'],
  month: ['mois', 'mm', 'month'],
  year: ['année', 'annee', 'aaaa', 'aa', 'an', 'yyyy', 'yy', 'year'],
};

/** Words saying a date is the birth date, in the field or around it. */
export const BIRTH_WORDS: readonly string[] = ['naissance', 'né le', 'née le', 'né(e) le', 'ddn', 'birth', 'birthday', 'birthdate', 'date of birth', 'dob', 'bday', 'born', 'naiss'];

/** Month names, 1-based, for month selects showing names. */
export const MONTH_NAMES: readonly (readonly string[])[] = [
  ['janvier', 'janv', 'january', 'jan'],
  ['février', 'févr', 'fev', 'february', 'feb'],
  ['mars', 'march', 'mar'],
  ['avril', 'avr', 'april', 'apr'],
  ['mai', 'may'],
  ['juin', 'june', 'jun'],
  ['juillet', 'juil', 'july', 'jul'],
  ['août', 'aout', 'august', 'aug'],
  ['septembre', 'sept', 'september', 'sep'],
  ['octobre', 'oct', 'october'],
  ['novembre', 'nov', 'november'],
  ['décembre', 'déc', 'dec', 'december'],
];

/**
 * How a profile value may appear among a select's options or radio labels, per key.
 * The value itself always matches too.
 */
export const OPTION_SYNONYMS: Partial<Record<ProfileFieldKey, Readonly<Record<string, readonly string[]>>>> = {
  sex: {
    F: ['f', 'femme', 'féminin', 'female', 'woman', 'fille', '2'],
    M: ['m', 'homme', 'masculin', 'male', 'man', 'garçon', '1'],
    I: ['i', 'indéterminé', 'autre', 'other', 'x', 'non binaire'],
  },
  civility: {
    M: ['m', 'm.', 'monsieur', 'mr', 'mr.', 'mister'],
    Mme: ['mme', 'madame', 'mrs', 'ms', 'mrs.', 'ms.'],
  },
  vitaleRole: {
    assure: ['assuré', 'assurée', 'assuré(e)', 'assuré principal', 'titulaire', 'ouvrant droit', 'insured', 'policyholder', 'self'],
    'ayant-droit': ['ayant droit', 'ayant-droit', 'ayants droit', 'bénéficiaire', 'dependent', 'dependant'],
  },
};

/** Yes / no choices, for boolean keys. */
export const BOOLEAN_SYNONYMS: Readonly<Record<'true' | 'false', readonly string[]>> = {
  true: ['oui', 'yes', 'o', 'y', '1', 'true', 'vrai', 'on'],
  false: ['non', 'no', 'n', '0', 'false', 'faux', 'off'],
};

/** Date formats announced by a text field's placeholder or label. */
export const DATE_FORMAT_HINTS: readonly { pattern: string; format: 'iso' | 'us' | 'fr' }[] = [
  { pattern: 'aaaa mm jj', format: 'iso' },
  { pattern: 'yyyy mm dd', format: 'iso' },
  { pattern: 'mm dd yyyy', format: 'us' },
  { pattern: 'jj mm aaaa', format: 'fr' },
  { pattern: 'dd mm yyyy', format: 'fr' },
];
