// Public API of the prevention reminders.
export { preventionDue, checkPreventionInput, PreventionInputError, isRuleValidAt } from './engine';
export type { PreventionItem, PreventionInputCheck } from './engine';
export { PreventionInputSchema, HistoryEntrySchema } from './input-schema';
export type { PreventionInput, HistoryEntry } from './input-schema';
export { REMINDER_IDS, REMINDER_LABELS, reminderLabel, CONDITIONS, CONDITION_LABELS, SEXES } from './reminder-ids';
export type { ReminderId, Condition, Sex } from './reminder-ids';
export { STATUS_LABELS } from './status';
export type { PreventionStatus } from './status';
export { RULES_2025 } from './rules-2025';
export type { PreventionRule } from './rule-types';
export { SOURCES } from './sources';
export { CAMPAIGNS, CAMPAIGN_FALLBACK } from './campaigns';
