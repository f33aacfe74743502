import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import Dexie from 'dexie';
import { ExportPage } from '../../components/export/ExportPage';
import { openDb, type PreconsultDb } from '../../storage/db';
import { exportHandlers } from '../../background/handlers/export';
import { sendThrough } from '../send-through';

// The right-of-access export page, on the real export service and a real (fake-indexeddb) database.
let db: PreconsultDb;
beforeEach(() => { db = openDb(`test-${Math.random()}`); });
afterEach(async () => { db.close(); await Dexie.delete(db.name); });

const KEY = 'http://127.0.0.1#id:P0006';
async function seed() {
  await db.patients.add({ key: KEY, origin: 'http://127.0.0.1', adapter: 'medidemo', recordId: 'P0006', birthName: 'GIRARD', firstNames: 'Marie-Hélène', birthDate: '1974-04-12', firstSeen: 1, lastSeen: 2 });
  await db.patients.add({ key: 'other', origin: 'http://127.0.0.1', adapter: 'medidemo', recordId: 'P0007', birthName: 'LEFEBVRE', firstNames: 'Nicolas', birthDate: '1980-01-01', firstSeen: 1, lastSeen: 2 });
  await db.notes.add({ id: 'n1', patientKey: KEY, text: 'Vient pour son vaccin', createdAt: 1, updatedAt: 2 });
  await db.notes.add({ id: 'n2', patientKey: 'other', text: 'Note d’un autre patient', createdAt: 1, updatedAt: 2 });
  await db.referrals.add({ id: 'r1', patientKey: KEY, to: 'Cardiologue', status: 'todo' });
  await db.audit.add({ at: 1, action: 'note.create', patientKey: KEY, noteId: 'n1' });
}

describe('export page', () => {
  it('shows only this patient’s data, by section, logs the export, and offers print and CSV', async () => {
    await seed();
    const send = sendThrough(exportHandlers({ db, now: () => 5 }));
    render(<ExportPage patientKey={KEY} send={send} today={() => '2026-11-23'} />);
    expect((await screen.findByTestId('ex-patient')).textContent).toContain('GIRARD Marie-Hélène');
    expect(screen.getByTestId('ex-section-notes').textContent).toContain('Vient pour son vaccin');
    expect(screen.getByTestId('ex-section-referrals').textContent).toContain('Cardiologue');
    expect(screen.getByTestId('ex-section-documentSets').textContent).toContain('Aucune donnée.');
    expect(document.body.textContent).not.toContain('autre patient');
    expect(document.body.textContent).not.toContain('LEFEBVRE');
    expect((await db.audit.toArray()).map((a) => a.action)).toEqual(['note.create', 'patient.export']);

    const print = vi.fn();
    window.print = print; // happy-dom has no print dialog
    fireEvent.click(screen.getByTestId('ex-print'));
    expect(print).toHaveBeenCalledOnce();

    const blobs: Blob[] = [];
    URL.createObjectURL = (b: Blob | MediaSource) => { blobs.push(b as Blob); return 'blob:x'; };
    URL.revokeObjectURL = () => undefined;
    const clicked: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) { clicked.push(this.download); });
    fireEvent.click(screen.getByTestId('ex-csv'));
    expect(clicked).toEqual(['preconsult-acces-GIRARD-Marie-Helene-2026-11-23.csv']);
    const csv = await blobs[0]!.text();
    expect(csv).toContain('Notes;Note 1;text;Vient pour son vaccin');
    expect(csv).not.toContain('LEFEBVRE');
  });

  it('says so, in French, for an unknown patient, and logs nothing', async () => {
    const send = sendThrough(exportHandlers({ db }));
    render(<ExportPage patientKey="nobody" send={send} today={() => '2026-11-23'} />);
    expect((await screen.findByTestId('ex-error')).textContent).toMatch(/patient/i);
    await waitFor(() => expect(screen.queryByTestId('ex-print')).toBeNull());
    expect(await db.audit.count()).toBe(0);
  });
});
