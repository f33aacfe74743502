// Y/M/D date arithmetic: no Date object, so no time-zone shift.
import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  completedMonths,
  completedYears,
  formatYmd,
  parseYmd,
  toDayNumber,
  ymd,
} from '../../../clinical/prevention/dates';

describe('dates', () => {
  it('parses only real calendar dates', () => {
    expect(parseYmd('2024-02-29')).toEqual({ y: 2024, m: 2, d: 29 });
    expect(parseYmd('2025-02-29')).toBeNull();
    expect(parseYmd('2025-13-01')).toBeNull();
    expect(parseYmd('2025-1-01')).toBeNull();
    expect(parseYmd('2025-04-31')).toBeNull();
    expect(parseYmd('1900-02-29')).toBeNull(); // not a leap year
    expect(parseYmd('2000-02-29')).not.toBeNull(); // leap year (divisible by 400)
  });

  it('adds months, clamping to the end of the month', () => {
    expect(formatYmd(addMonths(ymd('2025-01-31'), 1))).toBe('2025-02-28');
    expect(formatYmd(addMonths(ymd('2024-01-31'), 1))).toBe('2024-02-29');
    expect(formatYmd(addMonths(ymd('2025-11-15'), 3))).toBe('2026-02-15');
    expect(formatYmd(addMonths(ymd('2025-03-10'), -1))).toBe('2025-02-10');
  });

  it('adds days across months and years', () => {
    expect(formatYmd(addDays(ymd('2025-01-01'), 168))).toBe('2025-06-18');
    expect(formatYmd(addDays(ymd('2024-12-31'), 1))).toBe('2025-01-01');
    expect(toDayNumber(ymd('1970-01-01'))).toBe(0);
  });

  it('counts completed years and months at the birthday, not the day after', () => {
    expect(completedYears(ymd('1960-11-15'), ymd('2025-11-14'))).toBe(64);
    expect(completedYears(ymd('1960-11-15'), ymd('2025-11-15'))).toBe(65);
    expect(completedMonths(ymd('2025-01-31'), ymd('2025-02-28'))).toBe(1);
    // Born on 29 February: one year old on 28 February of a common year.
    expect(completedYears(ymd('2000-02-29'), ymd('2001-02-28'))).toBe(1);
    expect(completedYears(ymd('2000-02-29'), ymd('2001-02-27'))).toBe(0);
  });
});
