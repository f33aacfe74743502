import type { VitalFieldKey } from '../../clinical/intake/vital-fields';

// The words of the record pages' vital-signs fields (« constantes »), French and English, as data:
// the classifier (classify-vital.ts) finds them as whole words in a field's label, so « PAS
// (mmHg) », « Tension artérielle » or "Pulse (bpm)" name their field. The longest phrase found
// wins (« tour de taille » over « taille »). A page that needs a new word: one line here and a test.
export const VITAL_LABEL_RULES: readonly { key: VitalFieldKey; phrases: readonly string[] }[] = [
  {
    key: 'bpSys',
    phrases: [
      'pas', 'tas', 'ta systolique', 'ta sys', 'tension systolique', 'pression systolique', 'pression artérielle systolique',
      'systolique', 'pa systolique', 'systolic', 'systolic blood pressure', 'systolic bp', 'sbp', 'sys',
    ],
  },
  {
    key: 'bpDia',
    phrases: [
      'pad', 'tad', 'ta diastolique', 'ta dia', 'tension diastolique', 'pression diastolique', 'pression artérielle diastolique',
      'diastolique', 'pa diastolique', 'diastolic', 'diastolic blood pressure', 'diastolic bp', 'dbp', 'dia',
    ],
  },
  { key: 'bp', phrases: ['ta', 'tension', 'tension artérielle', 'pression artérielle', 'pa', 'blood pressure', 'bp'] },
  { key: 'bpArm', phrases: ['bras', 'bras de mesure', 'bras mesuré', 'arm', 'measurement arm'] },
  {
    key: 'heartRate',
    phrases: ['pouls', 'fc', 'fréquence cardiaque', 'freq cardiaque', 'fréq cardiaque', 'rythme cardiaque', 'heart rate', 'pulse', 'pulse rate', 'hr'],
  },
  { key: 'weight', phrases: ['poids', 'poids actuel', 'weight', 'body weight'] },
  { key: 'height', phrases: ['taille', 'height', 'stature', 'body height'] },
  { key: 'bmi', phrases: ['imc', 'bmi', 'indice de masse corporelle', 'body mass index'] },
  { key: 'waist', phrases: ['tour de taille', 'périmètre abdominal', 'tour abdominal', 'waist', 'waist circumference'] },
  { key: 'temperature', phrases: ['température', 'temp', 't°', 'temperature', 'body temperature'] },
  { key: 'spo2', phrases: ['spo2', 'sp o2', 'sat', 'sat o2', 'saturation', 'saturation en oxygène', 'oxygen saturation', 'o2 sat', 'o2 saturation'] },
  {
    key: 'glycemia',
    phrases: ['glycémie', 'glycémie capillaire', 'glycémie à jeun', 'dextro', 'hgt', 'glucose', 'blood glucose', 'capillary glucose', 'blood sugar'],
  },
  { key: 'pain', phrases: ['eva', 'douleur', 'échelle de douleur', 'échelle numérique', 'pain', 'pain score', 'vas'] },
];

/** A field naming one of these is not today's measure (« Poids de naissance », « TA cible »). */
export const VITAL_NEGATIVE_PHRASES: readonly string[] = [
  'naissance', 'birth', 'cible', 'objectif', 'target', 'goal', 'précédent', 'précédente', 'previous', 'last', 'dernier', 'dernière', 'commentaire', 'comment',
];

/** Units written in a glycaemia field's label that ask for mmol/L. */
export const MMOL_WORDS: readonly string[] = ['mmol', 'mmol l', 'mmol/l'];
