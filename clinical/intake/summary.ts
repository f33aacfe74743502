// The summary of one intake, as the doctor reads it: flags first (abnormal vitals, prevention
// due, allergy changes, missing items), then the measures and the completed checklist. The same
// structure is rendered into the record's note and parsed back from it (block.ts).
import { ageAt } from '../identity';
import { frenchDate as frDate } from '../admin/past-date';
import { formatDecimalFr, type FlagLevel } from '../vitals';
import { preventionDue, PreventionInputError, REMINDER_LABELS, STATUS_LABELS, CONDITION_LABELS, type PreventionItem } from '../prevention';
import { applicableItems, type Template, type TemplateItem } from '../templates';
import { type ItemValue, type PreventionState, type Values } from './values';
import { intakeVitals, type IntakeVitals } from './vitals';

export interface SummaryFlag { level: FlagLevel; text: string }
export interface SummaryLine { label: string; value: string }
export interface IntakeSummary {
  /** YYYY-MM-DD of the intake. */
  date: string;
  templateName: string;
  finished: boolean;
  flags: SummaryFlag[];
  vitals: SummaryLine[];
  checklist: SummaryLine[];
}

export interface IntakeInput {
  date: string;
  template: Template;
  values: Values;
  prevention: PreventionState;
  patient: { birthDate: string; sex?: 'F' | 'M' };
  finished: boolean;
  /** Values of the previous intake of this patient, for "changed since". */
  previous?: Values;
}

export interface IntakeComputation {
  ageYears: number;
  sex?: 'F' | 'M';
  items: TemplateItem[];
  vitals: IntakeVitals;
  prevention: PreventionItem[];
  preventionError?: string;
  missing: TemplateItem[];
  summary: IntakeSummary;
}

const LEVEL_ORDER: Record<FlagLevel, number> = { alerte: 0, attention: 1, info: 2 };
/** One line per value in the record's note: line breaks become " / ". */
export const oneLine = (s: string) => s.replace(/\s*[\r\n]+\s*/g, ' / ').replace(/\s+/g, ' ').trim();
const num = (n: number) => formatDecimalFr(n);

function measureLine(item: Extract<TemplateItem, { kind: 'measure' }>, v: ItemValue | undefined, vit: IntakeVitals): string | null {
  // An implausible value is reported as a flag and left out of the measures.
  if (vit.errors[item.measure]?.length) return null;
  const entry = vit.entry;
  switch (item.measure) {
    case 'ta': {
      const mean = vit.assessment.meanBloodPressure;
      const rs = entry.bloodPressure ?? [];
      if (!mean) return null;
      const arm = v?.arm ? `, bras ${v.arm}` : '';
      if (rs.length === 1) return `${num(mean.systolic)}/${num(mean.diastolic)} mmHg${arm ? ` (${arm.slice(2)})` : ''}`;
      return `${mean.systolic}/${mean.diastolic} mmHg (moyenne de ${rs.length} mesures : ${rs.map((r) => `${num(r.systolic)}/${num(r.diastolic)}`).join(', ')}${arm})`;
    }
    case 'glycemie': {
      const g = vit.assessment.glycemia;
      if (!g) return null;
      const fasting = entry.glycemia?.fasting === true ? ', à jeun' : entry.glycemia?.fasting === false ? ', non à jeun' : '';
      return `${formatDecimalFr(g.gPerL)} g/L (${formatDecimalFr(g.mmolPerL, 1)} mmol/L)${fasting}`;
    }
    default: {
      const field = { fc: 'heartRate', poids: 'weightKg', taille: 'heightCm', 'tour-taille': 'waistCm', temperature: 'temperature', spo2: 'spo2', eva: 'pain' } as const;
      const unit = { fc: '/min', poids: ' kg', taille: ' cm', 'tour-taille': ' cm', temperature: ' °C', spo2: ' %', eva: '/10' } as const;
      const n = entry[field[item.measure]];
      return n === undefined ? null : `${num(n)}${unit[item.measure]}`;
    }
  }
}

const REVIEW_WORD = { inchange: 'vérifié, inchangé', modifie: 'vérifié, modifié' } as const;

function answerLine(item: TemplateItem, v: ItemValue | undefined, date: string, previous: Values | undefined): string | null {
  const text = oneLine(v?.text ?? '');
  const withText = (head: string) => (text ? `${head} — ${text}` : head);
  switch (item.kind) {
    case 'question':
      if (item.answer === 'yesno' && v?.yes !== undefined) return withText(v.yes ? 'oui' : 'non');
      return text || null;
    case 'document':
      return v?.yes === undefined ? null : withText(v.yes ? 'apporté' : 'non apporté');
    case 'action':
      return v?.yes === undefined ? null : withText(v.yes ? 'fait' : 'non fait');
    case 'review': {
      if (!v?.review) return null;
      const before = previous?.[item.id];
      const was = oneLine(before?.text ?? '');
      const change = v.review === 'modifie' && before && was !== text ? ` (avant : ${was || 'rien de noté'})` : '';
      return `${REVIEW_WORD[v.review]} le ${frDate(date)}${text ? ` — ${text}` : ''}${change}`;
    }
    default:
      return null;
  }
}

export function computeIntake(input: IntakeInput): IntakeComputation {
  const age = ageAt(input.patient.birthDate, input.date);
  const ageYears = age?.years ?? 0;
  const sex = input.patient.sex ?? input.prevention.sex;
  const items = applicableItems(input.template, { ageYears, sex });
  const vitals = intakeVitals(items, input.values, { ageYears, sex });
  const hasPreventionItem = items.some((i) => i.kind === 'prevention');

  let prevention: PreventionItem[] = [];
  let preventionError: string | undefined;
  if (hasPreventionItem) {
    if (!sex) preventionError = 'Sexe non indiqué : précisez-le pour calculer les vaccinations et dépistages.';
    else {
      try {
        prevention = preventionDue({ birthDate: input.patient.birthDate, sex, asOf: input.date, history: input.prevention.history, conditions: input.prevention.conditions });
      } catch (e) {
        preventionError = e instanceof PreventionInputError ? e.messages.join(' ') : String(e);
      }
    }
  }

  const flags: SummaryFlag[] = [];
  for (const msgs of Object.values(vitals.errors)) for (const m of msgs ?? []) flags.push({ level: 'alerte', text: `Valeur à vérifier : ${m}` });
  for (const f of vitals.assessment.flags) flags.push({ level: f.level, text: f.label });
  for (const p of prevention) {
    flags.push({ level: p.status === 'upcoming' ? 'info' : 'attention', text: `${STATUS_LABELS[p.status]} : ${REMINDER_LABELS[p.id]}` });
  }
  if (preventionError) flags.push({ level: 'attention', text: preventionError });

  const vitalLines: SummaryLine[] = [];
  const checklist: SummaryLine[] = [];
  const missing: TemplateItem[] = [];
  for (const item of items) {
    const v = input.values[item.id];
    if (item.kind === 'measure') {
      const line = measureLine(item, v, vitals);
      if (line) vitalLines.push({ label: item.label, value: line });
      if (item.measure === 'poids' && vitals.assessment.bmi !== null) vitalLines.push({ label: 'IMC', value: `${num(vitals.assessment.bmi)} kg/m²` });
      if (item.required && !line && !vitals.errors[item.measure]) missing.push(item);
      continue;
    }
    if (item.kind === 'prevention') {
      const acts = input.prevention.history.map((h) => `${REMINDER_LABELS[h.id]} le ${frDate(h.date)}`);
      const conds = input.prevention.conditions.map((c) => CONDITION_LABELS[c]);
      const parts = [acts.length ? `actes notés : ${acts.join(', ')}` : 'aucun acte noté', ...(conds.length ? [`situations : ${conds.join(', ')}`] : [])];
      const due = prevention.filter((p) => p.status !== 'upcoming').length;
      checklist.push({ label: item.label, value: `${due} à faire ; ${parts.join(' ; ')}` });
      continue;
    }
    const line = answerLine(item, v, input.date, input.previous);
    if (line) checklist.push({ label: item.label, value: line });
    else if (item.required) missing.push(item);
    if (item.kind === 'review' && v?.review === 'modifie') {
      flags.push({ level: item.topic === 'allergies' ? 'attention' : 'info', text: `Changement — ${item.label} : ${oneLine(v.text ?? '') || 'voir la check-list'}` });
    }
  }
  // One line for all missing items: the doctor reads the list at a glance.
  if (missing.length) flags.push({ level: 'attention', text: `Manquant : ${missing.map((m) => m.label).join(', ')}` });
  flags.sort((a, b) => LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level]);

  return {
    ageYears, sex, items, vitals, prevention, preventionError, missing,
    summary: { date: input.date, templateName: input.template.name, finished: input.finished, flags: flags.map((f) => ({ level: f.level, text: oneLine(f.text) })), vitals: vitalLines, checklist },
  };
}
