// The reminder ids of the clinical reference sheet, in display order, with their label (a key of
// the locale catalogues). The ids are stable keys shared with storage and the UI: never rename
// one, add a new id instead.
import { msg, type Msg } from '../message';

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

export const REMINDER_LABELS: Readonly<Record<ReminderId, Msg>> = {
  'depistage-cancer-sein': msg('pvReminder_depistage_cancer_sein'),
  'depistage-cancer-colorectal': msg('pvReminder_depistage_cancer_colorectal'),
  'depistage-cancer-col-uterus': msg('pvReminder_depistage_cancer_col_uterus'),
  'bilan-prevention': msg('pvReminder_bilan_prevention'),
  'vaccin-hexavalent': msg('pvReminder_vaccin_hexavalent'),
  'vaccin-rotavirus': msg('pvReminder_vaccin_rotavirus'),
  'vaccin-meningocoque-b': msg('pvReminder_vaccin_meningocoque_b'),
  'vaccin-meningocoque-acwy': msg('pvReminder_vaccin_meningocoque_acwy'),
  'vaccin-ror': msg('pvReminder_vaccin_ror'),
  'vaccin-dtp': msg('pvReminder_vaccin_dtp'),
  'vaccin-hpv': msg('pvReminder_vaccin_hpv'),
  'vaccin-pneumocoque': msg('pvReminder_vaccin_pneumocoque'),
  'vaccin-grippe': msg('pvReminder_vaccin_grippe'),
  'vaccin-covid': msg('pvReminder_vaccin_covid'),
  'vaccin-zona': msg('pvReminder_vaccin_zona'),
  'vaccin-vrs': msg('pvReminder_vaccin_vrs'),
};

export function reminderLabel(id: ReminderId): Msg {
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

export const CONDITION_LABELS: Readonly<Record<Condition, Msg>> = {
  grossesse: msg('pvCondition_grossesse'),
  diabete: msg('pvCondition_diabete'),
  'insuffisance-cardiaque': msg('pvCondition_insuffisance_cardiaque'),
  'insuffisance-respiratoire': msg('pvCondition_insuffisance_respiratoire'),
  immunodepression: msg('pvCondition_immunodepression'),
  'obesite-severe': msg('pvCondition_obesite_severe'),
};

export const SEXES = ['F', 'M'] as const;
export type Sex = (typeof SEXES)[number];
