// The reminder ids of the clinical reference sheet, in display order, with their French label.
// The ids are stable keys shared with storage and the UI: never rename one, add a new id instead.

export const REMINDER_IDS = [
  'depistage-cancer-sein',
  'depistage-cancer-colorectal',
  'depistage-cancer-col-uterus',
  'bilan-prevention',
  'vaccin-hexavalent',
  'vaccin-rotavirus',
  'vaccin-meningocoque-b',
  'vaccin-meningocoque-acwy',
  'vaccin-ror',
  'vaccin-dtp',
  'vaccin-hpv',
  'vaccin-pneumocoque',
  'vaccin-grippe',
  'vaccin-covid',
  'vaccin-zona',
  'vaccin-vrs',
] as const;

export type ReminderId = (typeof REMINDER_IDS)[number];

export const REMINDER_LABELS: Readonly<Record<ReminderId, string>> = {
  'depistage-cancer-sein': 'Dépistage du cancer du sein (mammographie)',
  'depistage-cancer-colorectal': 'Dépistage du cancer colorectal (test immunologique)',
  'depistage-cancer-col-uterus': "Dépistage du cancer du col de l'utérus",
  'bilan-prevention': 'Mon bilan prévention',
  'vaccin-hexavalent': 'Vaccin hexavalent (diphtérie, tétanos, coqueluche, polio, Hib, hépatite B)',
  'vaccin-rotavirus': 'Vaccin rotavirus',
  'vaccin-meningocoque-b': 'Vaccin méningocoque B',
  'vaccin-meningocoque-acwy': 'Vaccin méningocoques ACWY',
  'vaccin-ror': 'Vaccin rougeole, oreillons, rubéole (ROR)',
  'vaccin-dtp': 'Vaccin diphtérie, tétanos, poliomyélite (± coqueluche)',
  'vaccin-hpv': 'Vaccin papillomavirus (HPV)',
  'vaccin-pneumocoque': 'Vaccin pneumocoque',
  'vaccin-grippe': 'Vaccin grippe saisonnière',
  'vaccin-covid': 'Vaccin Covid-19',
  'vaccin-zona': 'Vaccin zona',
  'vaccin-vrs': 'Vaccin virus respiratoire syncytial (VRS)',
};

export function reminderLabel(id: ReminderId): string {
  return REMINDER_LABELS[id];
}

export const CONDITIONS = [
  'grossesse',
  'diabete',
  'insuffisance-cardiaque',
  'insuffisance-respiratoire',
  'immunodepression',
  'obesite-severe',
] as const;

export type Condition = (typeof CONDITIONS)[number];

export const CONDITION_LABELS: Readonly<Record<Condition, string>> = {
  grossesse: 'Grossesse en cours',
  diabete: 'Diabète',
  'insuffisance-cardiaque': 'Insuffisance cardiaque',
  'insuffisance-respiratoire': 'Insuffisance respiratoire (BPCO, asthme sévère…)',
  immunodepression: 'Immunodépression',
  'obesite-severe': 'Obésité sévère (IMC ≥ 40)',
};

export const SEXES = ['F', 'M'] as const;
export type Sex = (typeof SEXES)[number];
