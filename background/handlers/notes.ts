import type { Handlers } from '../server';
import type { NotesService } from '../../storage/notes-service';

/** The notes service's part of the background's message handlers. */
export function notesHandlers(notes: NotesService): Pick<Handlers, 'ping' | 'patient.open' | 'patient.status' | 'notes.list' | 'note.save' | 'note.delete'> {
  return {
    ping: async () => ({ pong: true }),
    'patient.open': (r) => notes.openPatient(r.patient, r.confirm ?? false),
    'patient.status': (r) => notes.patientStatus(r.patient),
    'notes.list': async (r) => ({ notes: await notes.listNotes(r.patientKey) }),
    'note.save': (r) => notes.saveNote(r),
    'note.delete': async (r) => ({ deleted: await notes.deleteNote(r) }),
  };
}
