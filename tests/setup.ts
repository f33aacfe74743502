import 'fake-indexeddb/auto';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, vi } from 'vitest';
import { cleanup } from '@testing-library/preact';
import fr from '../public/_locales/fr/messages.json';

// The fake browser has no i18n: answer with the French catalogue, as the extension does by default.
type Catalogue = Record<string, { message: string }>;
function getMessage(key: string, subs?: string | string[]): string {
  const entry = (fr as Catalogue)[key];
  if (!entry) return '';
  const list = subs === undefined ? [] : Array.isArray(subs) ? subs : [subs];
  return entry.message.replace(/\$(\d)/g, (_, n: string) => list[Number(n) - 1] ?? '');
}

beforeEach(() => {
  fakeBrowser.reset();
  (fakeBrowser as unknown as { i18n: object }).i18n = { getMessage, getUILanguage: () => 'fr' };
  vi.useRealTimers();
});

// Vitest globals are off, so Testing Library cannot unmount by itself.
afterEach(() => cleanup());
