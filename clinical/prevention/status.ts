// The status conventions of the reference sheet, in one place:
// due = recommended now; overdue = due for more than 12 months (choix produit);
// upcoming = becomes due within the next 3 months.
import { addMonths, compareYmd, formatYmd, maxYmd, type Ymd } from './dates';
import type { Window } from './eligibility';
import { day, msg, type Msg } from '../message';

export const OVERDUE_AFTER_MONTHS = 12;
export const UPCOMING_WITHIN_MONTHS = 3;

export type PreventionStatus = 'due' | 'overdue' | 'upcoming';

export const STATUS_LABELS: Readonly<Record<PreventionStatus, Msg>> = {
  overdue: msg('pvStatus_overdue'),
  due: msg('pvStatus_due'),
  upcoming: msg('pvStatus_upcoming'),
};

/** Most urgent first; used to keep one line per reminder id. */
export const STATUS_ORDER: Readonly<Record<PreventionStatus, number>> = { overdue: 0, due: 1, upcoming: 2 };

/**
 * Status of an act that becomes due on `dueDate`, or null when it is not due within 3 months.
 * `dueKnown` is false when the date is only the start of a condition-based eligibility: then
 * we cannot tell how long it has been due, so it is never "overdue".
 */
export function statusFor(dueDate: Ymd, dueKnown: boolean, asOf: Ymd): PreventionStatus | null {
  if (compareYmd(dueDate, asOf) <= 0) {
    const late = compareYmd(addMonths(dueDate, OVERDUE_AFTER_MONTHS), asOf) < 0;
    return dueKnown && late ? 'overdue' : 'due';
  }
  return compareYmd(dueDate, addMonths(asOf, UPCOMING_WITHIN_MONTHS)) <= 0 ? 'upcoming' : null;
}

export interface Finding {
  readonly status: PreventionStatus;
  readonly dueDate: Ymd;
  readonly detail: Msg;
}

/**
 * Common ending of the evaluators: the act is needed from `dueDate` (already ≥ window.from),
 * and must fall inside the eligibility window to be reminded at all.
 */
export function findingFor(dueDate: Ymd, window: Window, asOf: Ymd, info: Msg): Finding | null {
  if (window.until !== null && compareYmd(dueDate, window.until) >= 0) return null;
  let known = window.fromKnown || compareYmd(dueDate, window.from) > 0;
  // Eligible through a condition of unknown onset, but also by age since a known date: due at
  // least since then (so it can be overdue).
  if (!known && window.knownFrom && compareYmd(window.knownFrom, asOf) <= 0) {
    dueDate = maxYmd(dueDate, window.knownFrom);
    known = true;
  }
  const status = statusFor(dueDate, known, asOf);
  if (!status) return null;
  const due = day(formatYmd(dueDate));
  const when = status === 'upcoming' ? msg('pvDueFrom', due) : known ? msg('pvDueSince', due) : msg('pvDueNow');
  return { status, dueDate, detail: msg('pvDetail', info, when) };
}
