import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { PdfSection } from '../../components/prefill/PdfSection';
import { createProfileEditor } from '../../components/prefill/profile-editor';
import type { Send } from '../../messaging/client';
import type { Request } from '../../messaging/protocol';
import { emptyAdminProfile, type AdminProfile } from '../../clinical/admin/profile-schema';
import { cerfaLikePdf } from '../unit/forms/cerfa-like';

const s = <T,>(value: T) => ({ value, source: { kind: 'saisie' as const }, capturedAt: '2026-11-23T10:00:00.000Z' });
const FILE: AdminProfile = {
  ...emptyAdminProfile(),
  identity: { birthName: s('DUPONT'), firstNames: s('Jeanne'), birthDate: s('1944-12-01'), sex: s('F') },
  address: { lines: s(['EHPAD Les Glycines', '1 rue des Lilas']), postalCode: s('01000'), city: s('Bourg-en-Bresse') },
};

async function setup() {
  const send = (async (req: Request) => {
    if (req.type === 'profile.get') return { profile: FILE, rev: 1 };
    throw new Error(req.type);
  }) as Send;
  const editor = createProfileEditor({ patientKey: 'k', send, clientId: 'c' });
  await editor.load();
  render(<PdfSection patientKey="k" patientName="DUPONT Jeanne" editor={editor} />);
}

describe('Formulaire PDF section', () => {
  it('reads a picked cerfa-like PDF, says what it will fill, and hands the filled copy to the downloads', async () => {
    await setup();
    const created = vi.fn(() => 'blob:filled');
    Object.assign(URL, { createObjectURL: created, revokeObjectURL: () => undefined });
    const clicks: string[] = [];
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) { clicks.push(this.download); });
    const file = new File([await cerfaLikePdf() as BlobPart], 'cerfa_14732.pdf', { type: 'application/pdf' });
    fireEvent.change(screen.getByLabelText('Choisir un formulaire PDF'), { target: { files: [file] } });
    await waitFor(() => expect(screen.getByTestId('pf-pdf-will').textContent).toMatch(/^Remplir \d+ champs du formulaire «\u00a0cerfa_14732\.pdf\u00a0» avec le dossier de DUPONT Jeanne\.$/), { timeout: 5000 });
    // The address has one field here: both lines go there, joined, and the preview says so.
    expect(screen.getAllByTestId('pf-fit-note').map((n) => n.textContent)).toContain('Plusieurs lignes réunies sur la ligne unique du champ, rien n’est perdu.');
    fireEvent.click(screen.getByRole('button', { name: /^Créer le PDF rempli/ }));
    await waitFor(() => expect(clicks).toEqual(['cerfa_14732-DUPONT-Jeanne-rempli.pdf']), { timeout: 5000 });
    expect(screen.getByTestId('pf-pdf-status').textContent).toMatch(/^PDF rempli\. Champs écrits\u00a0: (\d+) sur \1 prévus/);
    click.mockRestore();
  });

  it('says in French what to do with a file that is not a fillable PDF', async () => {
    await setup();
    const file = new File(['pas un PDF'], 'scan.pdf', { type: 'application/pdf' });
    fireEvent.change(screen.getByLabelText('Choisir un formulaire PDF'), { target: { files: [file] } });
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('«\u00a0scan.pdf\u00a0» n’est pas un PDF lisible\u00a0: choisissez le fichier PDF du formulaire.'));
  });

  it('takes a PDF dropped on the drop zone', async () => {
    await setup();
    const file = new File([await cerfaLikePdf() as BlobPart], 'arret_travail.pdf', { type: 'application/pdf' });
    fireEvent.drop(screen.getByTestId('pf-pdf-drop'), { dataTransfer: { files: [file] } });
    await waitFor(() => expect(screen.getByTestId('pf-pdf-will').textContent).toContain('«\u00a0arret_travail.pdf\u00a0»'), { timeout: 5000 });
  });
});
