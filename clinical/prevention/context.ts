// The validated input, converted once to Y/M/D dates, that every rule evaluator reads.
import type { Condition, ReminderId, Sex } from './reminder-ids';
import type { Ymd } from './dates';

export interface Act {
  readonly id: ReminderId;
  readonly date: Ymd;
  readonly kind?: string;
}

export interface PatientContext {
  readonly birth: Ymd;
  readonly sex: Sex;
  readonly asOf: Ymd;
  readonly conditions: ReadonlySet<Condition>;
  /** All recorded acts, oldest first. */
  readonly history: readonly Act[];
}

export function actsFor(ctx: PatientContext, id: ReminderId): Act[] {
  return ctx.history.filter((act) => act.id === id);
}
