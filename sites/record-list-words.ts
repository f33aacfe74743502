// The headings under which record software lists a patient's allergies, current treatments and
// history, French and English, as data. A heading matches when its whole text (accents, case,
// punctuation and a trailing count « (2) » aside) is one of these phrases. Adding a word for a new
// record program is a one-line change here plus a test page.
export const RECORD_LIST_TOPICS = ['allergies', 'traitements', 'antecedents'] as const;
export type RecordListTopic = (typeof RECORD_LIST_TOPICS)[number];

export const RECORD_LIST_HEADINGS: Readonly<Record<RecordListTopic, readonly string[]>> = {
  allergies: [
    'allergies', 'allergie', 'allergies connues', 'allergies et intolérances', 'allergies / intolérances', 'intolérances et allergies',
    'allergies médicamenteuses', 'allergy', 'allergies and intolerances', 'known allergies', 'drug allergies',
  ],
  traitements: [
    'traitements en cours', 'traitement en cours', 'traitements', 'traitement', 'traitement habituel', 'traitements habituels',
    'traitement de fond', 'traitements actuels', 'médicaments', 'médicaments en cours', 'ordonnance en cours',
    'medications', 'current medications', 'medication', 'active medications', 'current treatment', 'current treatments',
  ],
  antecedents: [
    'antécédents', 'antécédent', 'antécédents médicaux', 'antécédents médicaux et chirurgicaux', 'antécédents personnels',
    'atcd', 'atcds', 'problèmes', 'pathologies', 'past medical history', 'medical history', 'history', 'pmh', 'problems',
    'problem list', 'active problems',
  ],
};

/** Elements that can carry a list's heading. */
export const HEADING_TAGS = ['H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'DT', 'TH', 'CAPTION', 'LEGEND', 'LABEL', 'SUMMARY', 'STRONG', 'B'] as const;

/** At most this many lines per list, each at most this long: a list, not a page. */
export const MAX_LINES = 30;
export const MAX_LINE_LENGTH = 200;
