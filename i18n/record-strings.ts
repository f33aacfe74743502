// The record page's own strings (launcher, reasons, patient label), copied into storage.local by
// the background so that the record script names the patient without the browser's catalogue: a
// page's first `i18n.getMessage` is a synchronous round trip to the browser process, which reads
// and parses the locale files (7–30 ms measured on the bench pages, on the way to the first naming).
// Read with the preferences, in the storage read the record script asks as the page starts.

/** Every key the record-page script shows (tests/unit/i18n/record-strings.test.ts checks its sources). */
export const RECORD_KEYS = [
  'reasonMissing', 'field_birthName', 'field_firstNames', 'field_birthDate', 'reasonNoRecord', 'reasonSeveral',
  'reasonNoBirthDate', 'reasonNoName', 'reasonList', 'reasonTwo', 'reasonMixed', 'reasonUser', 'reasonDetecting',
  'noPatient', 'identityCheck', 'statusError', 'statusLoading', 'launcherLocked', 'noteCountZero', 'noteCountOne',
  'noteCountMany', 'teachFromLauncher', 'openPanel', 'collapse', 'panelTitle', 'dockLeft', 'dockRight',
  'patientUsedName', 'patientSex_F', 'patientSex_M', 'reasonMoving',
] as const;

/** What the background stores: the strings in the browser's language (`lang`, said for whoever reads the storage), `$1`… where substitutions go. */
export interface RecordStrings {
  lang: string;
  m: Record<string, string>;
}

/** The record page's strings as `message` gives them (the browser's i18n), substitutions left as `$1`…`$3`. */
export function recordStrings(message: (key: string, subs: string[]) => string, lang: string): RecordStrings {
  // In key order, as the browser's storage gives objects back: what is stored compares equal.
  return { lang, m: Object.fromEntries([...RECORD_KEYS].sort().map((k) => [k, message(k, ['$1', '$2', '$3'])]).filter(([, v]) => v)) };
}

/**
 * The stored strings, if of the expected shape (any content script can write storage.local: only
 * short strings, a few dozen at most, are taken; the list of keys is not carried by the record
 * script, for its size); else null, and the record script asks the browser's catalogue as before.
 * Their language is the one the catalogue would answer in (the browser's, as the background sees
 * it), which a page's own `getUILanguage()` may not say (Chromium started with `--lang` alone).
 */
export function asRecordStrings(stored: unknown): Map<string, string> | null {
  const s = stored as Partial<RecordStrings> | undefined;
  if (!s || typeof s.m !== 'object' || !s.m) return null;
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(s.m).slice(0, 64)) if (typeof v === 'string' && v.length < 200) out.set(k, v);
  return out;
}
