import { createAdminProfileSchema, emptyAdminProfile, type AdminProfile } from '../../clinical/admin/profile-schema';
import { localIsoDate } from '../../clinical/admin/past-date';
import { fromPage, typed } from '../../clinical/admin/sourced';
import { PROFILE_FIELDS, getSourced, parseFieldText, profileField, setSourced } from '../../clinical/admin/profile-fields';
import type { Send } from '../../messaging/client';
import type { SaveState } from '../autosave';
import { mergeCandidates, type Candidate } from './capture';
import { issueText, type Text } from '../../clinical/message';

// The administrative profile being edited for ONE patient (the editor is made per patient key,
// so a save that runs late still lands on the patient it was typed for). Each field validates as
// it is typed; only valid values enter the profile, which is autosaved whole when it passes the
// profile schema (cross-field rules included). What was typed but is invalid stays on screen with
// its message and is not saved.

export interface EditorState {
  loaded: boolean;
  profile: AdminProfile;
  /** What each input shows (typed text, or the stored value as text). */
  texts: Record<string, string>;
  /** Message per field id (a descriptor: the section renders it with tx). */
  errors: Record<string, Text>;
  save: SaveState;
  saveError?: string;
  /** A rule spanning fields fails: nothing is saved until it is fixed. */
  blocked: boolean;
  rev: number;
  /** Values read on the record page, waiting for the user to accept them. */
  candidates: Candidate[];
  captureOrigin?: string;
}

export interface EditorOptions {
  patientKey: string;
  send: Send;
  clientId: string;
  now?: () => Date;
  delayMs?: number;
  retryMs?: number;
}


function textsOf(profile: AdminProfile): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of PROFILE_FIELDS) {
    const s = getSourced(profile, f.id);
    if (s) out[f.id] = f.format(s.value);
  }
  return out;
}

export function createProfileEditor({ patientKey, send, clientId, now = () => new Date(), delayMs = 400, retryMs = 2000 }: EditorOptions) {
  let state: EditorState = { loaded: false, profile: emptyAdminProfile(), texts: {}, errors: {}, save: 'idle', blocked: false, rev: 0, candidates: [] };
  const listeners = new Set<(s: EditorState) => void>();
  const set = (patch: Partial<EditorState>) => {
    state = { ...state, ...patch };
    listeners.forEach((l) => l(state));
  };
  let timer: ReturnType<typeof setTimeout> | undefined;
  let dirty = false;
  let saving: Promise<void> | null = null;

  /** Schema issues (cross-field rules) as messages on the fields they name. */
  function check(profile: AdminProfile): Record<string, Text> {
    const parsed = createAdminProfileSchema({ today: localIsoDate(now()) }).safeParse(profile);
    if (parsed.success) return {};
    const out: Record<string, Text> = {};
    for (const issue of parsed.error.issues) {
      const path = issue.path.filter((p) => p !== 'value').join('.');
      const field = PROFILE_FIELDS.find((f) => path === f.id || path.startsWith(`${f.id}.`)) ??
        PROFILE_FIELDS.find((f) => f.id.startsWith(`${path}.`));
      if (field && !out[field.id]) out[field.id] = issueText(issue);
    }
    return out;
  }

  // Fields changed here since the last save, with the edit number that last changed them: on a
  // stale save (another tab saved first) they are laid over the stored profile, the rest is taken.
  const touched = new Map<string, number>();
  let editSeq = 0;
  const touch = (id: string) => touched.set(id, ++editSeq);

  function merge(stored: AdminProfile | null, rev: number): void {
    let merged = stored ?? emptyAdminProfile();
    for (const id of touched.keys()) merged = setSourced(merged, id, getSourced(state.profile, id));
    const texts = textsOf(merged);
    for (const id of touched.keys()) texts[id] = state.texts[id] ?? '';
    for (const id of Object.keys(typingErrors)) texts[id] = state.texts[id] ?? '';
    set({ profile: merged, texts, rev });
  }

  async function drain(): Promise<void> {
    while (dirty) {
      dirty = false;
      const profile = state.profile;
      const sentSeq = editSeq;
      set({ save: 'saving' });
      try {
        const r = await send({ type: 'profile.save', patientKey, profile: profile as unknown as Record<string, unknown>, baseRev: state.rev, clientId });
        if (r.status === 'stale') {
          merge(r.profile, r.rev);
          const ruleErrors = check(state.profile);
          set({ errors: { ...ruleErrors, ...typingErrors } });
          if (Object.keys(ruleErrors).length) return set({ save: 'idle', blocked: true });
          dirty = true;
          continue;
        }
        for (const [id, seq] of touched) if (seq <= sentSeq) touched.delete(id);
        set({ rev: r.rev });
      } catch (e) {
        dirty = true;
        set({ save: 'error', saveError: e instanceof Error ? e.message : String(e) });
        // Retried later: what was typed is kept until it reaches the database.
        if (timer !== undefined) clearTimeout(timer);
        timer = setTimeout(() => void flush(), retryMs);
        return;
      }
    }
    set({ save: 'saved', saveError: undefined });
  }

  function flush(): Promise<void> {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    if (!saving) saving = drain().finally(() => { saving = null; });
    return saving;
  }

  // Messages of invalid typing stay until that field is typed again or replaced by a page value.
  const typingErrors: Record<string, Text> = {};

  /** A new profile: keep it, show the rule-level errors, save it if it passes. */
  function apply(profile: AdminProfile) {
    const ruleErrors = check(profile);
    set({ profile, errors: { ...ruleErrors, ...typingErrors } });
    if (Object.keys(ruleErrors).length) return set({ save: 'idle', blocked: true });
    set({ blocked: false });
    dirty = true;
    set({ save: 'pending' });
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(() => void flush(), delayMs);
  }

  return {
    get: () => state,
    subscribe(l: (s: EditorState) => void): () => void {
      listeners.add(l);
      return () => listeners.delete(l);
    },

    async load(): Promise<void> {
      try {
        const r = await send({ type: 'profile.get', patientKey });
        const profile = r.profile ?? emptyAdminProfile();
        set({ loaded: true, profile, texts: textsOf(profile), rev: r.rev, errors: {} });
      } catch (e) {
        set({ loaded: true, save: 'error', saveError: e instanceof Error ? e.message : String(e) });
      }
    },

    /**
     * Another panel saved this patient's file: take its values, keeping what was typed here and
     * not yet saved (a pending save then goes on from the newer revision).
     */
    async refresh(): Promise<void> {
      const r = await send({ type: 'profile.get', patientKey }).catch(() => null);
      if (!r || r.rev <= state.rev) return;
      merge(r.profile, r.rev);
      set({ errors: { ...check(state.profile), ...typingErrors } });
    },

    /** The user typed into one field. */
    edit(fieldId: string, text: string): void {
      const field = profileField(fieldId);
      if (!field) return;
      set({ texts: { ...state.texts, [fieldId]: text } });
      const parsed = parseFieldText(field, text, localIsoDate(now()));
      if (!parsed.ok) {
        typingErrors[fieldId] = parsed.message;
        set({ errors: { ...state.errors, [fieldId]: parsed.message } });
        return;
      }
      delete typingErrors[fieldId];
      touch(fieldId);
      const value = parsed.value === undefined ? undefined : typed(parsed.value, now());
      apply(setSourced(state.profile, fieldId, value));
    },

    /** Values read on the page, offered for acceptance. */
    setCandidates(candidates: Candidate[], origin: string): void {
      set({ candidates, captureOrigin: origin });
    },

    /** Take page values into the profile, with their label as source. */
    accept(fieldIds: readonly string[]): void {
      let profile = state.profile;
      const texts = { ...state.texts };
      const taken = new Set<string>();
      for (const c of state.candidates) {
        if (!fieldIds.includes(c.fieldId) || c.error !== undefined) continue;
        const field = profileField(c.fieldId)!;
        profile = setSourced(profile, c.fieldId, fromPage(c.value, c.label, now(), state.captureOrigin));
        texts[c.fieldId] = field.format(c.value);
        taken.add(c.fieldId);
        touch(c.fieldId);
        delete typingErrors[c.fieldId];
      }
      set({ texts, candidates: state.candidates.filter((c) => !taken.has(c.fieldId)) });
      apply(profile);
    },

    /**
     * A reading of the page, merged with the readings not yet decided: values for fields the file
     * does not have yet go in at once (with the page's label as their source); values that differ
     * from the file wait for the user; values equal to the file are dropped. Nothing is ever blanked.
     */
    take(read: readonly Candidate[], origin: string): { added: string[]; differing: string[] } {
      const merged = mergeCandidates(state.candidates, read);
      const fresh: string[] = [];
      const waiting: Candidate[] = [];
      for (const c of merged) {
        const field = profileField(c.fieldId)!;
        const stored = getSourced(state.profile, c.fieldId);
        // What the user is typing (not valid yet, so not in the file) is theirs: the page's value waits.
        const typing = c.fieldId in typingErrors;
        if (c.error === undefined && !stored && !typing) fresh.push(c.fieldId);
        else if (c.error !== undefined || !stored || typing || field.format(stored.value) !== field.format(c.value)) waiting.push(c);
      }
      set({ candidates: [...waiting, ...merged.filter((c) => fresh.includes(c.fieldId))], captureOrigin: origin });
      if (fresh.length) this.accept(fresh);
      return { added: fresh, differing: waiting.filter((c) => c.error === undefined).map((c) => c.fieldId) };
    },

    dismissCandidates(): void {
      set({ candidates: [] });
    },

    flush,
  };
}

export type ProfileEditor = ReturnType<typeof createProfileEditor>;
