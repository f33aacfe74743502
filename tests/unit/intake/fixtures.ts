import { DEFAULT_TEMPLATES } from '../../../clinical/templates';
import type { IntakeInput, Values } from '../../../clinical/intake';

export const GP = DEFAULT_TEMPLATES.find((t) => t.id === 'medecine-generale-adulte')!;
export const PED = DEFAULT_TEMPLATES.find((t) => t.id === 'pediatrie')!;

/** A complete adult intake: 50-year-old man, TA measured twice, all required items answered. */
export const fullValues = (): Values => ({
  motif: { text: 'Renouvellement\ntraitement HTA' },
  ta: { readings: [{ sys: '152', dia: '96' }, { sys: '146', dia: '92' }], arm: 'droit' },
  fc: { text: '72' },
  poids: { text: '82' },
  taille: { text: '176' },
  'tour-taille': { text: '99' },
  temperature: { text: '36,8' },
  spo2: { text: '97' },
  glycemie: { text: '1,10', unit: 'g/L', fasting: true },
  eva: { text: '2' },
  allergies: { review: 'modifie', text: 'Pénicilline (urticaire)' },
  traitements: { review: 'inchange', text: 'Amlodipine 5 mg/j' },
  antecedents: { review: 'inchange', text: 'HTA' },
  tabac: { yes: false },
  'carte-vitale': { yes: true },
});

export const adultInput = (over: Partial<IntakeInput> = {}): IntakeInput => ({
  date: '2026-11-23',
  template: GP,
  values: fullValues(),
  prevention: { history: [{ id: 'vaccin-dtp', date: '2024-03-10' }], conditions: [] },
  patient: { birthDate: '1976-01-25', sex: 'M' },
  finished: true,
  previous: { allergies: { review: 'inchange', text: '' } },
  ...over,
});
