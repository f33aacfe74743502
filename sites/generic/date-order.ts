import type { DateOrder } from '../../clinical/identity/date';

// A page writes all its numeric dates in one order. An English page without a region (DrChrono's
// chart: « Date Added 06/25/2021 » beside the birth date « 09/03/1978 ») is read as a person reads
// it: a date whose day cannot be a month (25) settles the order of the others, when no date on the
// page says the opposite.

const NUMERIC = /(?<!\d)(\d\d?)[/.-](\d\d?)[/.-]\d{4}(?!\d)/g;

/** The order the texts' numeric dates are written in, when one of them shows it and none contradicts; else undefined. */
export function pageDateOrder(texts: string[]): DateOrder | undefined {
  let dmy = false;
  let mdy = false;
  for (const t of texts)
    for (const [, a, b] of t.matchAll(NUMERIC)) {
      if (+a! > 12 && +b! <= 12) dmy = true;
      if (+b! > 12 && +a! <= 12) mdy = true;
    }
  return dmy === mdy ? undefined : dmy ? 'dmy' : 'mdy';
}
