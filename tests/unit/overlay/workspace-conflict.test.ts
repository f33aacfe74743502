import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import Dexie from 'dexie';
import { createWorkspace, type Workspace } from '../../../components/notes/workspace';
import { openDb, type PreconsultDb } from '../../../storage/db';
import { createNotesService } from '../../../storage/notes-service';
import { notesHandlers } from '../../../background/handlers/notes';
import type { Handlers } from '../../../background/server';
import type { ChangeNotice } from '../../../messaging/storage-keys';
import type { PatientContext } from '../../../clinical/identity/patient-context';
import { sendThrough } from '../../send-through';

// Two tabs on the same patient typing in the same note at the same moment, through the real notes
// service: neither text is lost; the later one becomes a new note and its tab says so.
const P: PatientContext = { adapter: 'medidemo', origin: 'o', recordId: 'P0004', birthName: 'MOREAU', firstNames: 'Camille', birthDate: '1990-01-01', sex: 'F', confidence: 1 };
let db: PreconsultDb;
let tabs: Workspace[];

beforeEach(() => {
  db = openDb(`conflict-${Math.random()}`);
  tabs = [];
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

function twoTabs() {
  let n = 0;
  const service = createNotesService({
    db, describeConflict: String, describeInvalid: String, describeProblem: String,
    // The change notice reaches every tab (storage.onChanged), the writer's own included.
    notify: (patientKey, noteId, by) => tabs.forEach((w) => void w.onChange({ patientKey, noteId, at: Date.now(), by: by ?? 'bg' } satisfies ChangeNotice)),
  });
  const handlers = notesHandlers(service) as unknown as Handlers;
  const send = sendThrough(handlers);
  const make = (id: string) => createWorkspace({ send, clientId: id, initialReason: '…', newId: () => `0b6c1d4e-1111-4222-8333-9444555566${String(++n).padStart(2, '0')}` });
  tabs = [make('tab-a'), make('tab-b')];
  return tabs as [Workspace, Workspace];
}
// Waits for what the tabs show to settle (notices and reads are asynchronous; a fixed delay flakes on a busy machine).
const until = (check: () => unknown) => vi.waitFor(check, { timeout: 3000, interval: 10 });
const opened = (...ws: Workspace[]) => until(() => ws.forEach((w) => expect(w.get().view).toBe('patient')));
const editing = (w: Workspace) => {
  const s = w.get();
  if (s.view !== 'patient') throw new Error(s.view);
  return s;
};

describe('the same note typed in two tabs at once', () => {
  it('keeps both texts: the later save becomes a new note, and its tab says so', async () => {
    const [a, b] = twoTabs();
    a.setDetection({ kind: 'patient', patient: P });
    await opened(a);
    a.edit('Motif : toux');
    await a.flush();
    b.setDetection({ kind: 'patient', patient: P });
    await until(() => expect(editing(b).editing.text).toBe('Motif : toux'));

    // Both type before either hears of the other's save.
    a.edit('Motif : toux, fièvre');
    b.edit('Motif : toux depuis 3 jours');
    await a.flush();
    await b.flush();

    const stored = (await db.notes.toArray()).map((n) => n.text).sort();
    expect(stored).toEqual(['Motif : toux depuis 3 jours', 'Motif : toux, fièvre']);
    await until(() => expect(editing(b).notes.map((n) => n.text).sort()).toEqual(stored));
    expect(editing(b).keptApart).toBe(true);
    expect(editing(b).editing.text).toBe('Motif : toux depuis 3 jours');
    expect(editing(b).notes.map((n) => n.text).sort()).toEqual(stored);
    expect(editing(a).keptApart).toBeFalsy();
    expect(editing(a).editing.text).toBe('Motif : toux, fièvre');

    // B goes on typing in its new note: an update of that note, no third copy.
    b.edit('Motif : toux depuis 3 jours, sans fièvre');
    await b.flush();
    expect(await db.notes.count()).toBe(2);
    expect((await db.notes.get(editing(b).editing.id))?.text).toBe('Motif : toux depuis 3 jours, sans fièvre');
  });

  it('a tab that was not typing takes the other tab\'s text and types over it without a copy', async () => {
    const [a, b] = twoTabs();
    a.setDetection({ kind: 'patient', patient: P });
    b.setDetection({ kind: 'patient', patient: P });
    await opened(a, b);
    a.edit('TA 130/80');
    await a.flush();
    await until(() => expect(editing(b).editing.text).toBe('TA 130/80'));
    b.edit('TA 130/80, FC 70');
    await b.flush();
    expect(await db.notes.count()).toBe(1);
    expect(editing(b).keptApart).toBeFalsy();
  });
});
