import { browser } from 'wxt/browser';

// Every user-facing string goes through the browser's i18n (public/_locales), French by default.
export type Subs = string | number | (string | number)[];

export function t(key: string, subs?: Subs): string {
  const list = subs === undefined ? undefined : (Array.isArray(subs) ? subs : [subs]).map(String);
  return browser.i18n.getMessage(key as never, list) || key;
}

/** Dates shown in the browser's language (dd/mm/yyyy in French). */
export function formatDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d)).toLocaleDateString(browser.i18n.getUILanguage(), { timeZone: 'UTC' });
}

export function formatDateTime(ms: number): string {
  return new Date(ms).toLocaleString(browser.i18n.getUILanguage(), { dateStyle: 'short', timeStyle: 'short' });
}
