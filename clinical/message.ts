// Message descriptors. clinical/ is pure (no DOM, no browser API), so it cannot reach the
// browser's i18n: instead of sentences it returns what to say, a key of the locale catalogues
// (public/_locales/<lang>/messages.json) with its substitutions. The UI renders descriptors in the
// browser's language (i18n/ui-language.ts `tx`); what is written into the practice's record is
// rendered in French (i18n/french.ts). Numbers and dates inside a message are rendered in
// the catalogue's locale too.
import type french from '../public/_locales/fr/messages.json';

/** A key of the catalogues; French is the reference, tests/unit/locales.test.ts checks English has the same. */
export type MessageKey = keyof typeof french & string;

/** Keys with a `_one` and an `_other` form, chosen by the count (French says « 0 jour », English "0 days"). */
export type PluralKey = {
  [K in MessageKey]: K extends `${infer B}_one` ? (`${B}_other` extends MessageKey ? B : never) : never;
}[MessageKey];

/** A number in the reader's locale (37,5 / 37.5), at most `digits` decimals (2), then its unit symbol. */
export interface Quantity {
  readonly num: number;
  /** Glued when it starts with « / » (72/min), after a space otherwise (37,5 °C). */
  readonly unit?: string;
  readonly digits?: number;
}

/** A calendar day, ISO `YYYY-MM-DD`, written in the reader's locale (12/03/2025, 3/12/2025). */
export interface Day {
  readonly date: string;
}

/** Several texts in a row, joined by `sep`. */
export interface Joined {
  readonly join: readonly Text[];
  readonly sep: string;
}

export type Msg =
  | { readonly key: MessageKey; readonly subs?: readonly Text[] }
  | { readonly plural: PluralKey; readonly count: number; readonly subs?: readonly Text[] };

/**
 * What clinical code hands over to be shown: a descriptor, a number or a day to write in the
 * reader's locale, or a plain string, which is data shown as it is (a template's label, a value as
 * typed, a French official title).
 */
export type Text = string | number | Quantity | Day | Joined | Msg;

export function msg(key: MessageKey, ...subs: Text[]): Msg {
  return subs.length ? { key, subs } : { key };
}

/** `$1` of the message is the count. */
export function plural(key: PluralKey, count: number, ...subs: Text[]): Msg {
  return { plural: key, count, subs: [count, ...subs] };
}

export const num = (n: number, unit?: string, digits?: number): Quantity =>
  ({ num: n, ...(unit ? { unit } : {}), ...(digits === undefined ? {} : { digits }) });

export const day = (iso: string): Day => ({ date: iso });

export const joined = (items: readonly Text[], sep: string): Joined => ({ join: items, sep });

/** A language: its locale (for numbers, dates, plurals) and its messages. */
export interface Catalogue {
  readonly locale: string;
  /** The message of `key` with `$1`…`$9` replaced, as browser.i18n.getMessage does; '' when unknown. */
  message(key: string, subs: string[]): string;
}

/** A catalogue from a messages.json object (the browser's own is used in the extension). */
export function catalogue(messages: Readonly<Record<string, { readonly message: string }>>, locale: string): Catalogue {
  return {
    locale,
    message(key, subs) {
      const m = messages[key]?.message;
      return m === undefined ? '' : m.replace(/\$(\$|\d)/g, (_, x: string) => (x === '$' ? '$' : subs[Number(x) - 1] ?? ''));
    },
  };
}

const numberFormats = new Map<string, Intl.NumberFormat>();

export function formatNumber(n: number, locale: string, digits = 2): string {
  const id = `${locale}|${digits}`;
  let f = numberFormats.get(id);
  if (!f) numberFormats.set(id, (f = new Intl.NumberFormat(locale, { maximumFractionDigits: digits, useGrouping: false })));
  return f.format(n);
}

const pluralCache = new Map<string, Intl.PluralRules>();
const pluralRules = (locale: string): Intl.PluralRules => {
  let r = pluralCache.get(locale);
  if (!r) pluralCache.set(locale, (r = new Intl.PluralRules(locale)));
  return r;
};

// The first date Intl formats in a page costs 10 to 90 ms (its locale data loaded), and the
// record-page launcher formats one on its way to naming the patient: the languages Préconsult is
// written in are formatted here, exactly as Intl formats them (tests/unit/message.test.ts).
const dmy = (y: string, m: string, d: string) => `${d}/${m}/${y}`;
const mdy = (y: string, m: string, d: string) => `${+m}/${+d}/${y}`;
const DAY_FORMATS: Record<string, (y: string, m: string, d: string) => string> = { fr: dmy, 'fr-FR': dmy, 'en-GB': dmy, en: mdy, 'en-US': mdy };

/** `YYYY-MM-DD` in the locale's short numeric form; anything else unchanged. */
export function formatDay(iso: string, locale: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  const fast = m[1]! >= '1000' ? DAY_FORMATS[locale] : undefined;
  if (fast && new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!)).toISOString().startsWith(iso)) return fast(m[1]!, m[2]!, m[3]!);
  return new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!)).toLocaleDateString(locale, { timeZone: 'UTC' });
}

export function render(text: Text, c: Catalogue): string {
  if (typeof text === 'string') return text;
  if (typeof text === 'number') return formatNumber(text, c.locale);
  if ('num' in text) {
    const n = formatNumber(text.num, c.locale, text.digits);
    return !text.unit ? n : text.unit.startsWith('/') ? `${n}${text.unit}` : `${n} ${text.unit}`;
  }
  if ('date' in text) return formatDay(text.date, c.locale);
  if ('join' in text) return text.join.map((x) => render(x, c)).join(text.sep);
  const subs = (text.subs ?? []).map((s) => render(s, c));
  const key = 'plural' in text ? `${text.plural}_${pluralRules(c.locale).select(text.count) === 'one' ? 'one' : 'other'}` : text.key;
  return c.message(key, subs) || key;
}

// Zod issues carry a string message: clinical schemas put a descriptor there, serialised behind
// this tag, and `issueText` reads it back. A message without the tag (one of Zod's own) is shown
// as it is.
const TAG = 'msg:';

export const zodMessage = (text: Text): string => (typeof text === 'string' ? text : TAG + JSON.stringify(text));

export function issueText(issue: { readonly message: string }): Text {
  if (!issue.message.startsWith(TAG)) return issue.message;
  try {
    return JSON.parse(issue.message.slice(TAG.length)) as Text;
  } catch {
    return issue.message;
  }
}
