import type { PreconsultDb, NoteRow, PatientRow } from './db';
import { PatientContextSchema, type PatientContext } from '../clinical/identity/patient-context';
import type { Note, OpenResult, StatusResult } from '../messaging/protocol';
import { nirBody, patientKey, traitsDiffer, type Trait } from '../clinical/identity/patient-key';
import { identityProblems } from '../clinical/identity/context-problems';
import type { Text } from '../clinical/message';
import { inFrench } from '../i18n/french';

/** The NIR to store: the one shown, unless it is the stored one without its key. */
const keptNir = (stored: string | undefined, shown: string | undefined): string | undefined =>
  !shown ? stored : stored && stored.length > shown.length && nirBody(stored) === nirBody(shown) ? stored : shown;

export class ServiceError extends Error {
  /** `subs` may hold clinical descriptors: the background renders them in the browser's language. */
  constructor(readonly i18nKey: string, readonly subs: Text[] = []) {
    super(i18nKey);
  }
}

export interface NotesServiceDeps {
  db: PreconsultDb;
  now?: () => number;
  /** Tells every overlay that this patient's notes changed. */
  notify?: (patientKey: string, noteId: string | undefined, by: string | undefined) => void;
  /** Turns the differing traits into the conflict message, in the browser's language. */
  describeConflict: (diffs: Trait[]) => string;
  /** An identity problem (invalid NIR, NIR against sex or birth date) in the browser's language. */
  describeProblem: (problem: Text) => string;
  /** Ids of notes kept apart after a concurrent edit. */
  newId?: () => string;
  /** Turns a validation failure of what the page gave into a French message. */
  describeInvalid: (path: string, message: string) => string;
}

/**
 * Acknowledgements are compared without their typography: those stored before the catalogue's
 * French typography (plain spaces before « : », straight apostrophes) still match.
 */
const plainTypography = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ').replace(/\u2019/g, "'");
const sameAck = (stored: string | undefined, now: string) => stored !== undefined && plainTypography(stored) === plainTypography(now);

// Patients, notes and the audit trail. Every write checks that the note belongs to the patient
// the caller names, so a late save can never land on another patient's record.
export function createNotesService({ db, now = Date.now, notify, describeConflict, describeProblem, describeInvalid, newId = () => crypto.randomUUID() }: NotesServiceDeps) {
  const listNotes = async (key: string): Promise<Note[]> =>
    (await db.notes.where('patientKey').equals(key).toArray()).sort((a, b) => b.updatedAt - a.updatedAt);

  /**
   * Checks what the page shows against what is known. Doubts (traits changed under a known record
   * id, a NIR that fails its key or contradicts sex/birth date) stop everything until the user
   * confirms the identity shown (`confirm`), which is written to the audit trail.
   */
  async function checkPatient(raw: unknown, confirm: boolean, write = true): Promise<Exclude<OpenResult, { status: 'ok' }> | { status: 'ok'; patientKey: string }> {
    const parsed = PatientContextSchema.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return { status: 'invalid', reason: describeInvalid(issue?.path.join('.') ?? '', issue?.message ?? '') };
    }
    const p: PatientContext = parsed.data;
    const key = patientKey(p);
    const t = now();
    const problems = identityProblems(p);
    // The acknowledgement is the problems' French text, whatever the language shown: acknowledgements
    // stored before descriptors (and on workstations in another language) keep matching.
    const ack = problems.map(inFrench).join('\n');
    const known = await db.transaction(write ? 'rw' : 'r', db.patients, db.audit, async () => {
      const existing = await db.patients.get(key);
      const diffs = existing ? traitsDiffer(existing, p) : [];
      const doubt = diffs.length > 0 || (problems.length > 0 && !sameAck(existing?.identityAck, ack));
      if ((doubt && !confirm) || !write) return { diffs, doubt };
      const traits = {
        birthName: p.birthName, usedName: p.usedName, firstNames: p.firstNames, birthDate: p.birthDate,
        sex: p.sex ?? existing?.sex, nir: keptNir(existing?.nir, p.nir), identityAck: problems.length ? ack : undefined,
      };
      if (existing) {
        await db.patients.update(key, { ...traits, lastSeen: t });
      } else {
        const row: PatientRow = { key, origin: p.origin, adapter: p.adapter, recordId: p.recordId, ...traits, firstSeen: t, lastSeen: t };
        await db.patients.add(row);
        await db.audit.add({ at: t, action: 'patient.create', patientKey: key, origin: p.origin });
      }
      if (doubt) await db.audit.add({ at: t, action: 'patient.confirm', patientKey: key, origin: p.origin });
      return { diffs, doubt: false };
    });
    if (known.doubt) {
      const reasons = [...(known.diffs.length ? [describeConflict(known.diffs)] : []), ...problems.map(describeProblem)];
      return { status: 'conflict', reason: reasons.join(' '), confirmable: true };
    }
    if (confirm) notify?.(key, undefined, undefined); // the launcher of this tab clears its warning
    return { status: 'ok', patientKey: key };
  }

  return {
    async openPatient(raw: unknown, confirm = false): Promise<OpenResult> {
      const r = await checkPatient(raw, confirm);
      return r.status === 'ok' ? { ...r, notes: await listNotes(r.patientKey) } : r;
    },

    /**
     * For the launcher: the same check, and a count rather than the notes themselves. Read-only:
     * it comes from the record page's script, which may not create or update a patient (only the
     * panel's patient.open does, once the user opens it).
     */
    async patientStatus(raw: unknown): Promise<StatusResult> {
      const r = await checkPatient(raw, false, false);
      return r.status === 'ok' ? { ...r, noteCount: await db.notes.where('patientKey').equals(r.patientKey).count() } : r;
    },

    listNotes,

    async saveNote(input: { patientKey: string; noteId: string; text: string; createdAt: number; baseUpdatedAt?: number; clientId?: string }): Promise<{ note: Note; conflictOf?: string }> {
      const t = now();
      const { note, changed, conflictOf } = await db.transaction('rw', db.patients, db.notes, db.audit, async (): Promise<{ note: Note; changed: boolean; conflictOf?: string }> => {
        if (!(await db.patients.get(input.patientKey))) throw new ServiceError('errUnknownPatient');
        const existing = await db.notes.get(input.noteId);
        if (existing && existing.patientKey !== input.patientKey) throw new ServiceError('errNoteOtherPatient');
        // Saved meanwhile by another writer than the one who typed this: both texts are kept, this
        // one as a new note (a retry of that same save finds the copy it already made).
        if (existing && existing.text !== input.text && input.baseUpdatedAt !== undefined && existing.updatedAt > input.baseUpdatedAt) {
          const mine = await db.notes.where('patientKey').equals(input.patientKey).filter((n) => n.text === input.text && n.createdAt > input.baseUpdatedAt!).first();
          if (mine) return { note: mine, changed: false, conflictOf: input.noteId };
          const copy: NoteRow = { id: newId(), patientKey: input.patientKey, text: input.text, createdAt: t, updatedAt: Math.max(t, existing.updatedAt + 1) };
          await db.notes.add(copy);
          await db.audit.add({ at: t, action: 'note.create', patientKey: input.patientKey, noteId: copy.id });
          return { note: copy, changed: true, conflictOf: input.noteId };
        }
        const row: NoteRow = {
          id: input.noteId, patientKey: input.patientKey, text: input.text,
          createdAt: existing?.createdAt ?? input.createdAt, updatedAt: Math.max(t, (existing?.updatedAt ?? 0) + 1),
        };
        // A retried save of the same text is a no-op: no new audit line, no change notice.
        if (existing && existing.text === input.text) return { note: existing, changed: false };
        await db.notes.put(row);
        await db.audit.add({ at: t, action: existing ? 'note.update' : 'note.create', patientKey: input.patientKey, noteId: input.noteId });
        return { note: row, changed: true };
      });
      if (changed) notify?.(input.patientKey, note.id, input.clientId);
      return conflictOf ? { note, conflictOf } : { note };
    },

    async deleteNote(input: { patientKey: string; noteId: string; clientId?: string }): Promise<boolean> {
      const deleted = await db.transaction('rw', db.notes, db.audit, async () => {
        const existing = await db.notes.get(input.noteId);
        if (!existing) return false;
        if (existing.patientKey !== input.patientKey) throw new ServiceError('errNoteOtherPatient');
        await db.notes.delete(input.noteId);
        await db.audit.add({ at: now(), action: 'note.delete', patientKey: input.patientKey, noteId: input.noteId });
        return true;
      });
      if (deleted) notify?.(input.patientKey, input.noteId, input.clientId);
      return deleted;
    },
  };
}
export type NotesService = ReturnType<typeof createNotesService>;
