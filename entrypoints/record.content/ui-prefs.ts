import { browser } from 'wxt/browser';
import type { UiPrefs } from '../../components/overlay';

// Where the overlay sits and whether it is open, remembered in the extension's storage (not the page's).
export const UI_PREFS_KEY = 'preconsult:ui';
const defaults: UiPrefs = { dock: 'right', expanded: false };

/** Two fields, checked by hand: Zod is kept out of the content script for its size. `stored`: what `storage.local` holds under UI_PREFS_KEY. */
export function asUiPrefs(stored: unknown): UiPrefs {
  const p = stored as Partial<UiPrefs> | undefined;
  return {
    dock: p?.dock === 'left' || p?.dock === 'right' ? p.dock : defaults.dock,
    expanded: typeof p?.expanded === 'boolean' ? p.expanded : defaults.expanded,
  };
}

export function saveUiPrefs(p: UiPrefs): Promise<void> {
  return browser.storage.local.set({ [UI_PREFS_KEY]: p });
}
