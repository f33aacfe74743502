import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { Overlay, type UiPrefs } from '../../components/Overlay';
import { createWorkspace } from '../../components/workspace';
import type { Send } from '../../messaging/client';
import type { Note, Request } from '../../messaging/protocol';
import type { PatientContext } from '../../sites/patient-context';

const P: PatientContext = {
  adapter: 'medidemo', origin: 'o', recordId: 'P0006', birthName: 'LE GALL-DUPUIS', usedName: 'GIRARD',
  firstNames: 'Marie-Hélène Anne', birthDate: '1974-04-12', sex: 'F', confidence: 1,
};

function setup(prefs: UiPrefs = { dock: 'right', expanded: false }, existing: Note[] = []) {
  const saved: Request[] = [];
  const send = (async (req: Request) => {
    saved.push(req);
    if (req.type === 'patient.open') return { status: 'ok', patientKey: 'k', notes: existing };
    if (req.type === 'note.save') return { note: { id: req.noteId, patientKey: req.patientKey, text: req.text, createdAt: req.createdAt, updatedAt: 5 } };
    if (req.type === 'note.delete') return { deleted: true };
    return { notes: existing };
  }) as Send;
  let n = 0;
  const ws = createWorkspace({ send, clientId: 'c', newId: () => `note-new-${++n}`, initialReason: 'Recherche du patient affiché…' });
  const onPrefs = vi.fn();
  render(<Overlay ws={ws} prefs={prefs} onPrefs={onPrefs} />);
  return { ws, saved, onPrefs };
}

describe('overlay', () => {
  it('starts collapsed on a launcher that says no patient is identified', () => {
    setup();
    expect(screen.getByTestId('pc-patient').textContent).toBe('Aucun patient identifié');
    expect(screen.queryByTestId('pc-panel')).toBeNull();
  });

  it('explains, when opened without a patient, that nothing can be written', () => {
    const { ws } = setup({ dock: 'right', expanded: true });
    ws.setDetection({ kind: 'none', reason: "Cette page n'affiche pas de dossier patient." });
    return waitFor(() => {
      expect(screen.getByTestId('pc-reason').textContent).toContain("n'affiche pas de dossier patient");
      expect(screen.queryByRole('textbox')).toBeNull();
    });
  });

  it('shows who the patient is and the note count on the launcher', async () => {
    const { ws } = setup(undefined, [{ id: 'note-1-xxxx', patientKey: 'k', text: 'x', createdAt: 1, updatedAt: 2 }]);
    ws.setDetection({ kind: 'patient', patient: P });
    await waitFor(() => expect(screen.getByTestId('pc-status').textContent).toBe('1 note'));
    expect(screen.getByTestId('pc-patient').textContent).toBe('GIRARD Marie-Hélène · 12/04/1974');
  });

  it('opens the panel from the launcher, autosaves the note for this patient, and remembers the state', async () => {
    const { ws, saved, onPrefs } = setup();
    ws.setDetection({ kind: 'patient', patient: P });
    fireEvent.click(screen.getByTestId('pc-launcher'));
    expect(onPrefs).toHaveBeenLastCalledWith({ dock: 'right', expanded: true });
    const box = await screen.findByLabelText("Note de l'assistant(e)");
    fireEvent.input(box, { target: { value: 'Motif : certificat de sport' } });
    await waitFor(() => expect(screen.getByTestId('pc-save').textContent).toBe('Enregistré'), { timeout: 2000 });
    expect(saved.filter((r) => r.type === 'note.save')).toEqual([
      expect.objectContaining({ patientKey: 'k', text: 'Motif : certificat de sport' }),
    ]);
  });

  it('docks to the other side and collapses', async () => {
    const { onPrefs } = setup({ dock: 'right', expanded: true });
    fireEvent.click(screen.getByRole('button', { name: 'Placer à gauche' }));
    expect(onPrefs).toHaveBeenLastCalledWith({ dock: 'left', expanded: true });
    fireEvent.click(screen.getByRole('button', { name: 'Réduire' }));
    expect(onPrefs).toHaveBeenLastCalledWith({ dock: 'left', expanded: false });
    expect(screen.getByTestId('pc-launcher')).toBeTruthy();
  });

  it('asks once more before deleting a note', async () => {
    const { ws, saved } = setup({ dock: 'right', expanded: true }, [
      { id: 'note-1-xxxx', patientKey: 'k', text: 'à supprimer', createdAt: 1, updatedAt: 2 },
    ]);
    ws.setDetection({ kind: 'patient', patient: P });
    fireEvent.click(await screen.findByRole('button', { name: 'Supprimer la note' }));
    expect(saved.some((r) => r.type === 'note.delete')).toBe(false);
    fireEvent.click(screen.getByRole('button', { name: 'Confirmer la suppression' }));
    await waitFor(() => expect(saved.some((r) => r.type === 'note.delete')).toBe(true));
    await waitFor(() => expect(screen.queryByTestId('pc-note-list')).toBeNull());
  });

  it('warns in French, with nothing to write, when the identity is in doubt', async () => {
    const { ws } = setup({ dock: 'right', expanded: true });
    ws.setDetection({ kind: 'ambiguous', reason: 'Plusieurs patients sont affichés sur la page.', candidates: [] });
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('Identité à vérifier'));
    expect(screen.queryByRole('textbox')).toBeNull();
  });
});
