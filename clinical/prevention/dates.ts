// Calendar dates as plain year/month/day integers. No `Date` object is ever built, so no
// time zone or daylight-saving shift can move a birthday or a campaign boundary by a day.

export interface Ymd {
  readonly y: number;
  readonly m: number; // 1–12
  readonly d: number; // 1–31
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

export function daysInMonth(y: number, m: number): number {
  if (m === 2) return isLeapYear(y) ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

/** `YYYY-MM-DD` → Ymd, or null when the text is not a real calendar date (2025-02-30). */
export function parseYmd(text: string): Ymd | null {
  const match = ISO_DATE.exec(text);
  if (!match) return null;
  const y = Number(match[1]);
  const m = Number(match[2]);
  const d = Number(match[3]);
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return null;
  return { y, m, d };
}

/** Parse a date already validated by the input schema. */
export function ymd(text: string): Ymd {
  const value = parseYmd(text);
  if (!value) throw new Error(`Date invalide : « ${text} » (format attendu AAAA-MM-JJ).`);
  return value;
}

export function formatYmd(date: Ymd): string {
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return `${pad(date.y, 4)}-${pad(date.m, 2)}-${pad(date.d, 2)}`;
}

export function compareYmd(a: Ymd, b: Ymd): number {
  return a.y !== b.y ? a.y - b.y : a.m !== b.m ? a.m - b.m : a.d - b.d;
}

export const minYmd = (a: Ymd, b: Ymd): Ymd => (compareYmd(a, b) <= 0 ? a : b);
export const maxYmd = (a: Ymd, b: Ymd): Ymd => (compareYmd(a, b) >= 0 ? a : b);

/**
 * Add whole months; a day that does not exist in the target month is clamped to its last day
 * (31 Jan + 1 month = 28/29 Feb; someone born on 29 Feb turns one on 28 Feb).
 */
export function addMonths(date: Ymd, months: number): Ymd {
  const index = date.y * 12 + (date.m - 1) + months;
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  return { y, m, d: Math.min(date.d, daysInMonth(y, m)) };
}

/** Days since 1970-01-01 in the proleptic Gregorian calendar (H. Hinnant's algorithm). */
export function toDayNumber(date: Ymd): number {
  const y = date.m <= 2 ? date.y - 1 : date.y;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (date.m + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + date.d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function fromDayNumber(days: number): Ymd {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { y: yoe + era * 400 + (m <= 2 ? 1 : 0), m, d };
}

export function addDays(date: Ymd, days: number): Ymd {
  return fromDayNumber(toDayNumber(date) + days);
}

/** Completed months between `from` and `to` (0 when `to` is before the first month-day). */
export function completedMonths(from: Ymd, to: Ymd): number {
  let months = (to.y - from.y) * 12 + (to.m - from.m);
  if (compareYmd(addMonths(from, months), to) > 0) months -= 1;
  return Math.max(months, 0);
}

/** Age in completed years, consistent with `addMonths` (a 29 Feb birthday counts on 28 Feb). */
export function completedYears(birth: Ymd, asOf: Ymd): number {
  return Math.floor(completedMonths(birth, asOf) / 12);
}
