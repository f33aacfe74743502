import * as z from 'zod/mini';

// Every key Préconsult keeps in the browser's storage.local and storage.session, with the guard
// its readers apply: the storage is ours, but an older version may have left another shape there,
// and every content script can write storage.local (README, threat model). The key strings never
// change (two naming styles, kept as they are): what is stored keeps reading without a migration.
// Guards of what the record-page script reads are written by hand, Zod being kept out of that
// script for its size; the settings read by extension pages and the background are Zod schemas.
// Who writes and who reads each key: messaging/README.md.

// ─── storage.local: change notices (patient key and ids only, never text) ──────────────────────

/** "This patient's notes changed", heard by every tab even while the service worker sleeps. */
export const CHANGE_KEY = 'preconsult:change';

export interface ChangeNotice {
  patientKey: string;
  noteId?: string;
  at: number;
  /** The writer's instance id, so a tab ignores its own echoes. */
  by: string;
}

/** Storage is ours, but an older version may have left another shape there. */
export function asChangeNotice(x: unknown): ChangeNotice | null {
  if (typeof x !== 'object' || x === null) return null;
  const n = x as Record<string, unknown>;
  const ok = typeof n.patientKey === 'string' && typeof n.at === 'number' && typeof n.by === 'string' &&
    (n.noteId === undefined || typeof n.noteId === 'string');
  return ok ? (n as unknown as ChangeNotice) : null;
}

// "This patient's intake (or administrative file) changed", each under its own key so that only
// the views concerned reload. Patient key and the writer's client id only, never values.
export const INTAKE_CHANGE_KEY = 'preconsult:intake-change';
export const PROFILE_CHANGE_KEY = 'preconsult:profile-change';

export interface PatientNotice { patientKey: string; at: number; by: string }
export function asPatientNotice(x: unknown): PatientNotice | null {
  const n = x as Partial<PatientNotice> | null;
  return n && typeof n.patientKey === 'string' && typeof n.at === 'number' && typeof n.by === 'string' ? (n as PatientNotice) : null;
}

/** "The taught rules of this site changed" (`{ pattern, at }`): record pages of the site read again. */
export const RULES_CHANGE_KEY = 'preconsult:rulesChange';
/**
 * The site patterns that have a taught rule (a list of strings), kept by the background. A record
 * page of any other site starts reading at once instead of asking the background for its rules first.
 */
export const RULES_INDEX_KEY = 'preconsult:rulesIndex';

/** "The lock closed or opened", so that every panel and launcher follows at once. No secret in it. */
export const LOCK_NOTICE_KEY = 'lockNotice';
export interface LockNotice { locked: boolean; at: number }
export const asLockNotice = (v: unknown): LockNotice | undefined => {
  const n = v as Partial<LockNotice> | undefined;
  return n && typeof n.locked === 'boolean' && typeof n.at === 'number' ? (n as LockNotice) : undefined;
};

// ─── storage.local: settings ────────────────────────────────────────────────────────────────────

/** Where the overlay sits and whether it is open (the extension's storage, not the page's). */
export const UI_PREFS_KEY = 'preconsult:ui';
export type Dock = 'left' | 'right';
export interface UiPrefs {
  dock: Dock;
  expanded: boolean;
}
const defaultUiPrefs: UiPrefs = { dock: 'right', expanded: false };

/** Two fields, checked by hand (the record-page script reads them). `stored`: what `storage.local` holds under UI_PREFS_KEY. */
export function asUiPrefs(stored: unknown): UiPrefs {
  const p = stored as Partial<UiPrefs> | undefined;
  return {
    dock: p?.dock === 'left' || p?.dock === 'right' ? p.dock : defaultUiPrefs.dock,
    expanded: typeof p?.expanded === 'boolean' ? p.expanded : defaultUiPrefs.expanded,
  };
}

/** The record page's strings in the browser's language (i18n/record-strings.ts), kept by the background. */
export const RECORD_STRINGS_KEY = 'preconsult:recordStrings';

/** The demo's loopback origins the user switched off (granted at install, so they cannot be removed). */
export const BUILTINS_OFF_KEY = 'preconsult:builtinsOff';
/** A list of site patterns; anything else in it is dropped. */
export const asPatternList = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

// Which seat this workstation is: the assistant's (the intake opens on entry) or the doctor's
// (it opens on the summary). Anything else is the assistant's default.
export const ROLE_KEY = 'preconsult:role';
export const RoleSchema = z.enum(['assistant', 'medecin']);
export type Role = z.infer<typeof RoleSchema>;

// The practice's header for the letters drafted in the panel (name, address, doctor), validated
// on write and on read: anything unreadable is no header rather than a broken letter.
export const PRACTICE_KEY = 'preconsult:practice';

// Annotated pure (as is every schema below that calls a method): the record-page script imports
// this module for its hand-written guards, and unannotated Zod calls would bring Zod along (≈ 5 KB
// gzip over its budget); Zod's own builders are already marked side-effect free.
/* @__NO_SIDE_EFFECTS__ */
const line = (max: number) => z.string().check(z.trim(), z.maxLength(max, { error: () => ({ message: `max:${max}` }) }));

export const PracticeSchema = z.object({
  /** « Cabinet médical des Tilleuls ». */
  name: line(120),
  /** Several lines: street, postal code and city, phone. */
  address: line(400),
  /** « Dr Claire Fontaine, médecin généraliste ». */
  doctor: line(120),
});
export type Practice = z.infer<typeof PracticeSchema>;

// Retention: patients not seen for N months are forgotten (their notes, intakes, files…).
// Off by default; N is bounded so that a typo cannot purge last week's patients.
export const RETENTION_KEY = 'preconsult:retention';
export const RETENTION_MIN_MONTHS = 3;
export const RETENTION_MAX_MONTHS = 120;

export const RetentionSettingsSchema = z.object({
  enabled: z.boolean(),
  months: /* @__PURE__ */ z.number().check(z.int(), z.gte(RETENTION_MIN_MONTHS), z.lte(RETENTION_MAX_MONTHS)),
  /** When the start-up purge last ran (ms), so that it runs at most once a day. */
  lastRunAt: z.optional(z.number()),
  /** When the start-up check last looked, whether it ran or not (what a test can wait for). */
  checkedAt: z.optional(z.number()),
});
export type RetentionSettings = z.infer<typeof RetentionSettingsSchema>;
export const DEFAULT_RETENTION: RetentionSettings = { enabled: false, months: 36 };

// The lock's setting and failed attempts: in storage.local in earlier versions, moved once into
// the lock's own IndexedDB (storage/lock/vault.ts) under the same names, and validated there when
// read (LockConfigSchema, FailuresSchema in storage/lock/config.ts).
export const LOCK_KEY = 'lockConfig';
export const FAILURES_KEY = 'lockFailures';

// ─── storage.local, or storage.session while the lock is on: unsaved drafts ────────────────────

/** One key per note: `unsavedDraft:<note id>` (the wipe and the retention purge forget them too). */
export const DRAFT_PREFIX = 'unsavedDraft:';

/** A note as typed, with the patient it was typed for (the autosave's unit, components/autosave.ts). */
export interface Draft {
  patientKey: string;
  noteId: string;
  text: string;
  createdAt: number;
}
export interface JournalEntry extends Draft {
  /** When it was typed: a note saved later (elsewhere) is newer and wins. */
  at: number;
  /** The tab whose panel typed it: when that tab closes, the background saves what it left. */
  tabId?: number;
}
export const isJournalEntry = (v: unknown): v is JournalEntry => {
  const e = v as Partial<JournalEntry> | null;
  return !!e && typeof e.patientKey === 'string' && typeof e.noteId === 'string' && typeof e.text === 'string' &&
    typeof e.createdAt === 'number' && typeof e.at === 'number';
};

// ─── storage.session (memory only; extension pages and the background only) ──────────────────

/** The unwrapped data key of the lock (base64), while unlocked; the lock service checks it is a string. */
export const SESSION_KEY = 'lockDataKey';

/** The overlays' secrets (messaging/panel-mount.ts), registered per tab by the background. */
export const MOUNTS_KEY = 'panelMounts';
export interface MountRow {
  tabId: number;
  origin: string;
  token: string;
  /** The frame that presented it first, which owns it from then on. */
  frameId?: number;
}
export const asMountRows = (x: unknown): MountRow[] =>
  Array.isArray(x)
    ? x.filter((r): r is MountRow => typeof r?.tabId === 'number' && typeof r.origin === 'string' && typeof r.token === 'string' && (r.frameId === undefined || typeof r.frameId === 'number'))
    : [];
