import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { PanelApp } from '../../components/PanelApp';
import { createWorkspace } from '../../components/notes/workspace';
import type { Send } from '../../messaging/client';
import type { Note, Request } from '../../messaging/protocol';
import type { PatientContext } from '../../clinical/identity/patient-context';

const P: PatientContext = {
  adapter: 'medidemo', origin: 'o', recordId: 'P0006', birthName: 'LE GALL-DUPUIS', usedName: 'GIRARD',
  firstNames: 'Marie-Hélène Anne', birthDate: '1974-04-12', sex: 'F', confidence: 1,
};

function setup(existing: Note[] = []) {
  const asked: Request[] = [];
  const send = (async (req: Request) => {
    asked.push(req);
    if (req.type === 'patient.open') return { status: 'ok', patientKey: 'k', notes: existing };
    if (req.type === 'note.save') return { note: { id: req.noteId, patientKey: req.patientKey, text: req.text, createdAt: req.createdAt, updatedAt: 5 } };
    if (req.type === 'note.delete') return { deleted: true };
    return { notes: existing };
  }) as Send;
  let n = 0;
  const ws = createWorkspace({ send, clientId: 'c', newId: () => `note-new-${++n}`, initialReason: 'Recherche du patient affiché…' });
  render(<PanelApp ws={ws} />);
  return { ws, asked };
}

describe('panel', () => {
  it('explains, without a patient, that nothing can be written', async () => {
    const { ws } = setup();
    ws.setDetection({ kind: 'none', reason: "Cette page n’affiche pas de dossier patient." });
    await waitFor(() => expect(screen.getByTestId('pc-reason').textContent).toContain("n’affiche pas de dossier patient"));
    expect(screen.queryByRole('textbox')).toBeNull();
  });

  it('opens on Pré-consultation, the first tab, before Notes and Administratif', async () => {
    const { ws } = setup();
    ws.setDetection({ kind: 'patient', patient: P });
    const tabs = await screen.findAllByRole('tab');
    expect(tabs.map((x) => x.textContent)).toEqual(['Pré-consultation', 'Notes', 'Administratif']);
    expect(tabs[0]!.getAttribute('aria-selected')).toBe('true');
    // The right of access: this patient's export, in an extension page of its own.
    expect(screen.getByTestId('pc-export').getAttribute('href')).toMatch(/\/export\.html\?key=k$/);
  });

  it('names the patient in full and autosaves the note for this patient', async () => {
    const { ws, asked } = setup();
    ws.setDetection({ kind: 'patient', patient: P });
    fireEvent.click(await screen.findByRole('tab', { name: 'Notes' }));
    await waitFor(() => expect(screen.getByTestId('pc-panel-patient').textContent).toBe('LE GALL-DUPUIS Marie-Hélène Anne (nom d’usage\u00a0: GIRARD) · 12/04/1974 · Féminin'));
    fireEvent.input(screen.getByLabelText("Note de l’assistant(e)"), { target: { value: 'Motif : certificat de sport' } });
    await waitFor(() => expect(screen.getByTestId('pc-save').textContent).toBe('Enregistré'), { timeout: 2000 });
    expect(asked.filter((r) => r.type === 'note.save')).toEqual([expect.objectContaining({ patientKey: 'k', text: 'Motif : certificat de sport' })]);
  });

  it('starts a new note and lists the earlier one', async () => {
    const { ws } = setup([{ id: 'note-1-xxxx', patientKey: 'k', text: 'Première note\nsuite', createdAt: 1, updatedAt: 2 }]);
    ws.setDetection({ kind: 'patient', patient: P });
    fireEvent.click(await screen.findByRole('tab', { name: 'Notes' }));
    const box = (await screen.findByLabelText("Note de l’assistant(e)")) as HTMLTextAreaElement;
    expect(box.value).toBe('Première note\nsuite');
    fireEvent.click(screen.getByRole('button', { name: 'Nouvelle note' }));
    await waitFor(() => expect((screen.getByLabelText("Note de l’assistant(e)") as HTMLTextAreaElement).value).toBe(''));
    expect(screen.getByTestId('pc-note-list').textContent).toContain('Première note');
    expect(screen.getByTestId('pc-note-list').textContent).not.toContain('suite');
  });

  it('asks once more before deleting a note', async () => {
    const { ws, asked } = setup([{ id: 'note-1-xxxx', patientKey: 'k', text: 'à supprimer', createdAt: 1, updatedAt: 2 }]);
    ws.setDetection({ kind: 'patient', patient: P });
    fireEvent.click(await screen.findByRole('tab', { name: 'Notes' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Supprimer la note' }));
    expect(asked.some((r) => r.type === 'note.delete')).toBe(false);
    fireEvent.click(screen.getByRole('button', { name: 'Confirmer la suppression' }));
    await waitFor(() => expect(asked.some((r) => r.type === 'note.delete')).toBe(true));
    await waitFor(() => expect(screen.queryByTestId('pc-note-list')).toBeNull());
  });

  it('warns in French, with nothing to write, when the background refuses the identity', async () => {
    const { ws } = setup();
    ws.setDetection({ kind: 'ambiguous', reason: 'Plusieurs patients sont affichés sur la page.', candidates: [] });
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('Identité à vérifier'));
    expect(screen.queryByRole('textbox')).toBeNull();
  });
});
