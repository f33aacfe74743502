// preventionDue: validates the input, runs every rule valid at `asOf` through its evaluator, and
// keeps one line per reminder id (the most urgent).
import { compareYmd, ymd } from './dates';
import type { PatientContext } from './context';
import { PreventionInputSchema, type PreventionInput } from './input-schema';
import { REMINDER_IDS, type ReminderId } from './reminder-ids';
import type { PreventionRule } from './rule-types';
import { RULES_2025 } from './rules-2025';
import { sourceTitles } from './sources';
import { STATUS_ORDER, type Finding, type PreventionStatus } from './status';
import { evaluateFixedAges } from './evaluators/fixed-ages';
import { evaluateHpv } from './evaluators/hpv';
import { evaluateOncePerBand } from './evaluators/once-per-band';
import { evaluatePeriodic } from './evaluators/periodic';
import { evaluatePerPregnancy } from './evaluators/per-pregnancy';
import { evaluateSeasonal } from './evaluators/seasonal';
import { evaluateSeries } from './evaluators/series';
import { issueText, msg, type Msg, type Text } from '../message';

export interface PreventionItem {
  readonly id: ReminderId;
  readonly status: PreventionStatus;
  /** For the assistant: what is recommended and why it shows now. */
  readonly reason: Msg;
  /**
   * Official source(s) of the rule: the French documents' titles, kept as published (they name
   * French official texts, like a cerfa title); the UI labels them « Source : » in its language.
   */
  readonly source: string;
}

/** Thrown by preventionDue on invalid input; `messages` are ready to show (render them with the UI's catalogue). */
export class PreventionInputError extends Error {
  constructor(readonly messages: readonly Text[]) {
    super(messages.map((m) => (typeof m === 'object' && 'key' in m ? m.key : String(m))).join(' '));
    this.name = 'PreventionInputError';
  }
}

export type PreventionInputCheck =
  | { readonly ok: true; readonly input: PreventionInput }
  | { readonly ok: false; readonly messages: readonly Text[] };

export function checkPreventionInput(raw: unknown): PreventionInputCheck {
  const parsed = PreventionInputSchema.safeParse(raw);
  if (parsed.success) return { ok: true, input: parsed.data };
  return { ok: false, messages: parsed.error.issues.map(issueText) };
}

function evaluate(rule: PreventionRule, ctx: PatientContext): Finding | null {
  switch (rule.kind) {
    case 'periodic':
      return evaluatePeriodic(rule, ctx);
    case 'once-per-band':
      return evaluateOncePerBand(rule, ctx);
    case 'fixed-ages':
      return evaluateFixedAges(rule, ctx);
    case 'series':
      return evaluateSeries(rule, ctx);
    case 'hpv':
      return evaluateHpv(rule, ctx);
    case 'seasonal':
      return evaluateSeasonal(rule, ctx);
    case 'per-pregnancy':
      return evaluatePerPregnancy(rule, ctx);
  }
}

export function isRuleValidAt(rule: PreventionRule, asOf: PatientContext['asOf']): boolean {
  return compareYmd(ymd(rule.validFrom), asOf) <= 0 && (rule.validTo === null || compareYmd(asOf, ymd(rule.validTo)) <= 0);
}

function toContext(input: PreventionInput): PatientContext {
  const history = (input.history ?? [])
    .map((act) => ({ id: act.id, date: ymd(act.date), ...(act.kind === undefined ? {} : { kind: act.kind }) }))
    .sort((a, b) => compareYmd(a.date, b.date));
  return {
    birth: ymd(input.birthDate),
    sex: input.sex,
    asOf: ymd(input.asOf),
    conditions: new Set(input.conditions ?? []),
    history,
  };
}

/**
 * Reminders for one patient at `asOf`: due, overdue (due for more than 12 months) or upcoming
 * (due within 3 months); acts not recommended are absent. Most urgent first, then in
 * REMINDER_IDS order. Throws PreventionInputError on invalid input.
 */
export function preventionDue(raw: unknown, rules: readonly PreventionRule[] = RULES_2025): PreventionItem[] {
  const checked = checkPreventionInput(raw);
  if (!checked.ok) throw new PreventionInputError(checked.messages);
  const ctx = toContext(checked.input);
  const best = new Map<ReminderId, PreventionItem>();
  for (const rule of rules) {
    if (!isRuleValidAt(rule, ctx.asOf)) continue;
    const finding = evaluate(rule, ctx);
    if (!finding) continue;
    const current = best.get(rule.id);
    if (current && STATUS_ORDER[current.status] <= STATUS_ORDER[finding.status]) continue;
    best.set(rule.id, {
      id: rule.id,
      status: finding.status,
      reason: msg('pvReason', rule.what, finding.detail),
      source: sourceTitles(rule.sources),
    });
  }
  return [...best.values()].sort(
    (a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || REMINDER_IDS.indexOf(a.id) - REMINDER_IDS.indexOf(b.id),
  );
}
