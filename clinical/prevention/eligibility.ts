// Turns eligibility paths into date windows [from, until) for one patient, so every evaluator
// can ask "eligible when?" instead of re-deriving ages.
import { addDays, addMonths, compareYmd, maxYmd, minYmd, ymd, type Ymd } from './dates';
import type { PatientContext } from './context';
import type { AgeSpec, EligibilityPath } from './rule-types';

export interface Window {
  readonly from: Ymd;
  /** Exclusive; null = no upper bound. */
  readonly until: Ymd | null;
  /** False when `from` comes from a condition whose onset we do not know. */
  readonly fromKnown: boolean;
  /**
   * Earliest date from which a path without conditions (age, sex) makes the person eligible in
   * this window: a diabetic of 70 has been due for the pneumococcal vaccine at least since 65.
   */
  readonly knownFrom?: Ymd | null;
}

export function dateAtAge(birth: Ymd, age: AgeSpec): Ymd {
  return addDays(addMonths(birth, age.months ?? 0), age.days ?? 0);
}

function pathWindow(path: EligibilityPath, ctx: PatientContext): Window | null {
  if (path.sex && path.sex !== ctx.sex) return null;
  if (path.bornFrom && compareYmd(ctx.birth, ymd(path.bornFrom)) < 0) return null;
  if (path.conditionsAny && !path.conditionsAny.some((c) => ctx.conditions.has(c))) return null;
  const from = path.fromAge ? dateAtAge(ctx.birth, path.fromAge) : ctx.birth;
  const until = path.untilAge ? dateAtAge(ctx.birth, path.untilAge) : null;
  if (until && compareYmd(until, from) <= 0) return null;
  return { from, until, fromKnown: !path.conditionsAny, knownFrom: path.conditionsAny ? null : from };
}

const isBefore = (a: Ymd | null, b: Ymd): boolean => a !== null && compareYmd(a, b) < 0;

/** Windows of all matching paths, merged where they touch or overlap, in date order. */
export function eligibilityWindows(paths: readonly EligibilityPath[], ctx: PatientContext): Window[] {
  const windows = paths
    .map((path) => pathWindow(path, ctx))
    .filter((w): w is Window => w !== null)
    .sort((a, b) => compareYmd(a.from, b.from) || Number(b.fromKnown) - Number(a.fromKnown));
  const merged: Window[] = [];
  for (const w of windows) {
    const last = merged[merged.length - 1];
    if (last && !isBefore(last.until, w.from)) {
      const until = last.until === null || w.until === null ? null : maxYmd(last.until, w.until);
      const knownFrom = last.knownFrom ?? w.knownFrom ?? null;
      merged[merged.length - 1] = { from: last.from, until, fromKnown: last.fromKnown, knownFrom };
    } else {
      merged.push(w);
    }
  }
  return merged;
}

/** Windows still open at `asOf` (the current one first, then later ones). */
export function windowsFromAsOf(paths: readonly EligibilityPath[], ctx: PatientContext): Window[] {
  return eligibilityWindows(paths, ctx).filter((w) => w.until === null || compareYmd(w.until, ctx.asOf) > 0);
}

export function isInWindow(date: Ymd, w: Window): boolean {
  return compareYmd(date, w.from) >= 0 && (w.until === null || compareYmd(date, w.until) < 0);
}

/** The part of a window that overlaps [start, end] (inclusive end), or null. */
export function clipWindow(w: Window, start: Ymd, endInclusive: Ymd): Window | null {
  const from = maxYmd(w.from, start);
  const limit = addDays(endInclusive, 1);
  const until = w.until === null ? limit : minYmd(w.until, limit);
  if (compareYmd(from, until) >= 0) return null;
  return { from, until, fromKnown: w.fromKnown || compareYmd(from, w.from) > 0 };
}
