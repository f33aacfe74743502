import { browser } from 'wxt/browser';
import { UI_PREFS_KEY, type UiPrefs } from '../../messaging/storage-keys';

// Where the overlay sits and whether it is open, remembered in the extension's storage (not the
// page's), under UI_PREFS_KEY (read back with asUiPrefs, messaging/storage-keys.ts).

export function saveUiPrefs(p: UiPrefs): Promise<void> {
  return browser.storage.local.set({ [UI_PREFS_KEY]: p });
}
