import { browser } from 'wxt/browser';
import { recordStrings } from '../i18n/record-strings';
import { RECORD_STRINGS_KEY } from '../messaging/storage-keys';

/**
 * Keeps the record page's strings in storage.local, in the browser's language (i18n/record-strings.ts).
 * Run at every start of the service worker: written only when they changed (installation, update,
 * the browser's language changed).
 */
export async function publishRecordStrings(): Promise<void> {
  const fresh = recordStrings((key, subs) => browser.i18n.getMessage(key as never, subs), browser.i18n.getUILanguage());
  const stored = (await browser.storage.local.get(RECORD_STRINGS_KEY))[RECORD_STRINGS_KEY];
  if (JSON.stringify(stored) !== JSON.stringify(fresh)) await browser.storage.local.set({ [RECORD_STRINGS_KEY]: fresh });
}
