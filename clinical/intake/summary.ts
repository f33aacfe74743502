// The summary of one intake, as the doctor reads it: flags first (abnormal vitals, prevention
// due, allergy changes, missing items), then the measures and the completed checklist. Texts are
// descriptors (clinical/message.ts): the panel shows them in the browser's language, the block
// written into the record (block.ts) in French; template labels and what was typed are data.
import { ageAt } from '../identity';
import { type FlagLevel } from '../vitals';
import { preventionDue, PreventionInputError, REMINDER_LABELS, STATUS_LABELS, CONDITION_LABELS, type PreventionItem } from '../prevention';
import { applicableItems, type Template, type TemplateItem } from '../templates';
import { type ItemValue, type PreventionState, type Values } from './values';
import { intakeVitals, type IntakeVitals } from './vitals';
import { day, joined, msg, num, type Msg, type Text } from '../message';

export interface SummaryFlag { level: FlagLevel; text: Text }
export interface SummaryLine { label: Text; value: Text }
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
  preventionError?: Text;
  missing: TemplateItem[];
  summary: IntakeSummary;
}

const LEVEL_ORDER: Record<FlagLevel, number> = { alerte: 0, attention: 1, info: 2 };
/** One line per value in the record's note: line breaks become " / ". */
// Runs of ordinary white space become one space; the no-break spaces of French typography (before
// « : », inside « ») stay, so a line cannot wrap before its colon in the record either.
export const oneLine = (s: string) => s.replace(/[ \t\f\v]*[\r\n]+[ \t\f\v]*/g, ' / ').replace(/[ \t\f\v]+/g, ' ').trim();
const bp = (systolic: number, diastolic: number) => joined([systolic, diastolic], '/');

function measureLine(item: Extract<TemplateItem, { kind: 'measure' }>, v: ItemValue | undefined, vit: IntakeVitals): Text | null {
  // An implausible value is reported as a flag and left out of the measures.
  if (vit.errors[item.measure]?.length) return null;
  const entry = vit.entry;
  switch (item.measure) {
    case 'ta': {
      const mean = vit.assessment.meanBloodPressure;
      const rs = entry.bloodPressure ?? [];
      if (!mean) return null;
      const arm = v?.arm ? msg(v.arm === 'droit' ? 'ikSumArm_droit' : 'ikSumArm_gauche') : null;
      if (rs.length === 1) return arm ? msg('ikSumBpArm', mean.systolic, mean.diastolic, arm) : msg('ikSumBp', mean.systolic, mean.diastolic);
      const list = joined(rs.map((r) => bp(r.systolic, r.diastolic)), ', ');
      return arm ? msg('ikSumBpMeanArm', mean.systolic, mean.diastolic, rs.length, list, arm) : msg('ikSumBpMean', mean.systolic, mean.diastolic, rs.length, list);
    }
    case 'glycemie': {
      const g = vit.assessment.glycemia;
      if (!g) return null;
      const fasting = entry.glycemia?.fasting;
      return msg(fasting === true ? 'ikSumGlyFasting' : fasting === false ? 'ikSumGlyNotFasting' : 'ikSumGly', g.gPerL, num(g.mmolPerL, undefined, 1));
    }
    default: {
      const field = { fc: 'heartRate', poids: 'weightKg', taille: 'heightCm', 'tour-taille': 'waistCm', temperature: 'temperature', spo2: 'spo2', eva: 'pain' } as const;
      const unit = { fc: '/min', poids: 'kg', taille: 'cm', 'tour-taille': 'cm', temperature: '°C', spo2: '%', eva: '/10' } as const;
      const n = entry[field[item.measure]];
      return n === undefined ? null : num(n, unit[item.measure]);
    }
  }
}

function answerLine(item: TemplateItem, v: ItemValue | undefined, date: string, previous: Values | undefined): Text | null {
  const text = oneLine(v?.text ?? '');
  const withText = (head: Msg): Text => (text ? msg('ikSumWithText', head, text) : head);
  switch (item.kind) {
    case 'question':
      if (item.answer === 'yesno' && v?.yes !== undefined) return withText(msg(v.yes ? 'ikYes' : 'ikNo'));
      return text || null;
    case 'document':
      return v?.yes === undefined ? null : withText(msg(v.yes ? 'ikBrought' : 'ikSumNotBrought'));
    case 'action':
      return v?.yes === undefined ? null : withText(msg(v.yes ? 'ikDone' : 'ikSumNotDone'));
    case 'review': {
      if (!v?.review) return null;
      const before = previous?.[item.id];
      const was = oneLine(before?.text ?? '');
      const checked = withText(msg(v.review === 'modifie' ? 'ikSumReviewed_modifie' : 'ikSumReviewed_inchange', day(date)));
      return v.review === 'modifie' && before && was !== text ? msg('ikSumBefore', checked, was || msg('ikSumNothingNoted')) : checked;
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
  let preventionError: Text | undefined;
  if (hasPreventionItem) {
    if (!sex) preventionError = msg('ikSumNoSex');
    else {
      try {
        prevention = preventionDue({ birthDate: input.patient.birthDate, sex, asOf: input.date, history: input.prevention.history, conditions: input.prevention.conditions });
      } catch (e) {
        preventionError = e instanceof PreventionInputError ? joined(e.messages, ' ') : String(e);
      }
    }
  }

  const flags: SummaryFlag[] = [];
  for (const msgs of Object.values(vitals.errors)) for (const m of msgs ?? []) flags.push({ level: 'alerte', text: msg('ikSumCheckValue', m) });
  for (const f of vitals.assessment.flags) flags.push({ level: f.level, text: f.label });
  for (const p of prevention) {
    flags.push({ level: p.status === 'upcoming' ? 'info' : 'attention', text: msg('ikSumPrevFlag', STATUS_LABELS[p.status], REMINDER_LABELS[p.id]) });
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
      if (item.measure === 'poids' && vitals.assessment.bmi !== null) vitalLines.push({ label: msg('ikSumBmi'), value: num(vitals.assessment.bmi, 'kg/m²') });
      if (item.required && !line && !vitals.errors[item.measure]) missing.push(item);
      continue;
    }
    if (item.kind === 'prevention') {
      const acts = input.prevention.history.map((h) => msg('ikActRecorded', REMINDER_LABELS[h.id], day(h.date)));
      const conds = input.prevention.conditions.map((c) => CONDITION_LABELS[c]);
      const noted = acts.length ? msg('ikSumActs', joined(acts, ', ')) : msg('ikSumNoActs');
      const due = prevention.filter((p) => p.status !== 'upcoming').length;
      checklist.push({ label: item.label, value: conds.length ? msg('ikSumPreventionConds', due, noted, joined(conds, ', ')) : msg('ikSumPrevention', due, noted) });
      continue;
    }
    const line = answerLine(item, v, input.date, input.previous);
    if (line) checklist.push({ label: item.label, value: line });
    else if (item.required) missing.push(item);
    if (item.kind === 'review' && v?.review === 'modifie') {
      flags.push({ level: item.topic === 'allergies' ? 'attention' : 'info', text: msg('ikSumChange', item.label, oneLine(v.text ?? '') || msg('ikSumSeeChecklist')) });
    }
  }
  // One line for all missing items: the doctor reads the list at a glance.
  if (missing.length) flags.push({ level: 'attention', text: msg('ikSumMissing', joined(missing.map((m) => m.label), ', ')) });
  flags.sort((a, b) => LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level]);

  return {
    ageYears, sex, items, vitals, prevention, preventionError, missing,
    summary: { date: input.date, templateName: input.template.name, finished: input.finished, flags, vitals: vitalLines, checklist },
  };
}
