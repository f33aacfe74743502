// Rendering clinical descriptors in tests: French (the extension's default, and what most tests
// assert), English, and the fake browser switched to English for component tests.
import { fakeBrowser } from 'wxt/testing/fake-browser';
import en from '../public/_locales/en/messages.json';
import { catalogue, render, type Text } from '../clinical/message';
import type { IntakeSummary } from '../clinical/intake';
import { inFrench } from '../i18n/french';

export { inFrench };

const ENGLISH = catalogue(en, 'en');
export const inEnglish = (text: Text): string => render(text, ENGLISH);

/** A summary with every text rendered in French, as parseBlock gives it back from the record. */
export function frenchSummary(s: IntakeSummary): IntakeSummary {
  const line = (l: { label: Text; value: Text }) => ({ label: inFrench(l.label), value: inFrench(l.value) });
  return { ...s, flags: s.flags.map((f) => ({ level: f.level, text: inFrench(f.text) })), vitals: s.vitals.map(line), checklist: s.checklist.map(line) };
}

/** The fake browser answers in English until the next test (tests/setup.ts resets it to French). */
export function browserInEnglish(): void {
  (fakeBrowser as unknown as { i18n: object }).i18n = {
    getMessage: (key: string, subs?: string | string[]) => ENGLISH.message(key, subs === undefined ? [] : Array.isArray(subs) ? subs : [subs]),
    getUILanguage: () => 'en-US',
  };
}
