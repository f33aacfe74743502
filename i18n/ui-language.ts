import { browser } from 'wxt/browser';
import { formatDay, formatNumber as numberIn, plural, render, type Catalogue, type PluralKey, type Text } from '../clinical/message';

// Every user-facing string goes through the browser's i18n (public/_locales), French by default.
export type Subs = string | number | (string | number)[];

// Strings given ahead (the record page's, from storage: i18n/record-strings.ts), so that the
// browser's catalogue is not loaded on the way to naming the patient.
let preloaded: Map<string, string> | null = null;
export function preloadStrings(strings: Map<string, string> | null): void {
  preloaded = strings;
}

export function t(key: string, subs?: Subs): string {
  const list = subs === undefined ? undefined : (Array.isArray(subs) ? subs : [subs]).map(String);
  const known = preloaded?.get(key);
  if (known !== undefined) return known.replace(/\$([1-9])/g, (_, n: string) => list?.[+n - 1] ?? '');
  return browser.i18n.getMessage(key as never, list) || key;
}

/** The browser's language, as a catalogue for the descriptors clinical/ returns. */
const ui: Catalogue = {
  get locale() {
    return browser.i18n.getUILanguage();
  },
  message: (key, subs) => browser.i18n.getMessage(key as never, subs),
};

/** A clinical message descriptor (or data text) in the browser's language. */
export function tx(text: Text): string {
  return render(text, ui);
}

/** A message with a real plural (`key_one` / `key_other`, by Intl.PluralRules), `$1` being the count. */
export function tp(key: PluralKey, count: number, ...subs: Text[]): string {
  return tx(plural(key, count, ...subs));
}

/** Numbers shown in the browser's language (37,5 in French, 37.5 in English). */
export function formatNumber(n: number, digits = 2): string {
  return numberIn(n, ui.locale, digits);
}

/** Dates shown in the browser's language (dd/mm/yyyy in French). */
export function formatDate(iso: string): string {
  return formatDay(iso, ui.locale);
}

export function formatDateTime(ms: number): string {
  return new Date(ms).toLocaleString(browser.i18n.getUILanguage(), { dateStyle: 'short', timeStyle: 'short' });
}
