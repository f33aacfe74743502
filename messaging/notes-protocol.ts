import * as z from 'zod/mini';
import { clientId, patientKey } from './fields';

// Patients and notes: the foundation's messages.
export const NoteSchema = z.object({
  id: z.string().check(z.minLength(8), z.maxLength(64)),
  patientKey: z.string().check(z.minLength(1)),
  text: z.string().check(z.maxLength(100_000)),
  createdAt: z.number(),
  updatedAt: z.number(),
});
export type Note = z.infer<typeof NoteSchema>;

const noteId = z.string().check(z.minLength(8), z.maxLength(64));

export const notesRequests = [
  z.object({ type: z.literal('ping') }),
  /**
   * Declares the patient shown; the background validates it (PatientContextSchema), checks it
   * against what it knows and answers with the key, or with the reason it refuses.
   */
  z.object({
    type: z.literal('patient.open'),
    patient: z.record(z.string(), z.unknown()),
    /** The user confirmed the identity shown despite the doubts reported. */
    confirm: z.optional(z.boolean()),
  }),
  /** The same check for the launcher, which needs only the note count, never note text. */
  z.object({ type: z.literal('patient.status'), patient: z.record(z.string(), z.unknown()) }),
  z.object({ type: z.literal('notes.list'), patientKey }),
  /** Upsert by id: retrying a save never duplicates a note. */
  z.object({
    type: z.literal('note.save'),
    patientKey,
    noteId,
    text: z.string().check(z.maxLength(100_000)),
    createdAt: z.number(),
    /**
     * The stored version this text was typed over. When the note has been saved since by someone
     * else (another tab typing in the same note), the text is kept as a new note rather than
     * overwriting theirs.
     */
    baseUpdatedAt: z.optional(z.number()),
    clientId,
  }),
  z.object({ type: z.literal('note.delete'), patientKey, noteId, clientId }),
] as const;

export type OpenResult =
  | { status: 'ok'; patientKey: string; notes: Note[] }
  /** Identity in doubt (traits changed under a known record id, incoherent NIR): nothing is shown or written. */
  | { status: 'conflict'; reason: string; confirmable?: boolean }
  /** What the page gave does not form a valid identity. */
  | { status: 'invalid'; reason: string };

export type StatusResult = Exclude<OpenResult, { status: 'ok' }> | { status: 'ok'; patientKey: string; noteCount: number };

export interface NotesResponses {
  ping: { pong: true };
  'patient.open': OpenResult;
  'patient.status': StatusResult;
  'notes.list': { notes: Note[] };
  /** `conflictOf`: the note was changed elsewhere meanwhile; `note` is the new note holding this text. */
  'note.save': { note: Note; conflictOf?: string };
  'note.delete': { deleted: boolean };
}
