import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import Dexie from 'dexie';
import { openDb, type PreconsultDb, type PatientRow } from '../../storage/db';
import { createBackupService } from '../../storage/backup/service';
import { backupHandlers } from '../../background/handlers/backup';
import { createRetentionService } from '../../storage/retention/service';
import { retentionHandlers } from '../../background/handlers/retention';
import type { Handlers } from '../../background/server';
import { BackupSection } from '../../components/options/BackupSection';
import { RetentionSection } from '../../components/options/RetentionSection';
import type { Send } from '../../messaging/client';
import { sendThrough } from '../send-through';

// Both sections against the real services and the real message validation, as the page runs
// them (only the browser download is replaced by a spy).
let db: PreconsultDb;
let stored: unknown;
const NOW = new Date(2026, 10, 23, 10).getTime();
const DAY = 86_400_000;
beforeEach(() => { db = openDb(`op-bk-${Math.random()}`); stored = undefined; });
afterEach(async () => { db.close(); await Dexie.delete(db.name); });

function makeSend(): Send {
  const settings = { loadRole: async () => undefined, saveRole: async () => undefined };
  const handlers = {
    ...backupHandlers(createBackupService({ db, settings })),
    ...retentionHandlers(createRetentionService({ db, now: () => NOW, store: { get: async () => stored, set: async (s) => { stored = s; } } })),
  } as unknown as Handlers;
  return sendThrough(handlers);
}
const patient = (key: string, name: string, lastSeen: number): PatientRow => ({ key, origin: 'o', adapter: 'demo', birthName: name, firstNames: 'Paul', birthDate: '1950-01-01', firstSeen: 0, lastSeen });
const type = (id: string, value: string) => fireEvent.input(screen.getByTestId(id), { target: { value } });

describe('Sauvegarde chiffrée section', () => {
  it('checks the passphrase, exports a named file, and imports it back with counts; a wrong passphrase is refused in French', async () => {
    await db.patients.add(patient('p1', 'DURAND', NOW));
    await db.notes.add({ id: 'n1', patientKey: 'p1', text: 'Allergie pénicilline', createdAt: 1, updatedAt: 2 });
    const download = vi.fn();
    render(<BackupSection send={makeSend()} today={() => '2026-11-23'} download={download} />);

    type('bk-pass', 'court');
    type('bk-pass2', 'court');
    fireEvent.click(screen.getByTestId('bk-export'));
    expect(screen.getByTestId('bk-export-msg').textContent).toBe('La phrase de passe doit contenir au moins 10 caractères.');
    type('bk-pass', 'une longue phrase');
    type('bk-pass2', 'une longue phrasf');
    fireEvent.click(screen.getByTestId('bk-export'));
    expect(screen.getByTestId('bk-export-msg').textContent).toBe('Les deux phrases de passe ne sont pas identiques.');
    type('bk-pass2', 'une longue phrase');
    fireEvent.click(screen.getByTestId('bk-export'));
    await waitFor(() => expect(download).toHaveBeenCalledOnce(), { timeout: 5000 });
    const [name, text] = download.mock.calls[0] as [string, string];
    expect(name).toBe('preconsult-sauvegarde-2026-11-23.pcbackup');
    expect(text).not.toContain('pénicilline');
    expect((screen.getByTestId('bk-pass') as HTMLInputElement).value).toBe('');

    await db.notes.clear();
    const input = screen.getByTestId('bk-file') as HTMLInputElement;
    Object.defineProperty(input, 'files', { value: [new File([text], name)] });
    fireEvent.change(input);
    type('bk-import-pass', 'pas la bonne phrase');
    fireEvent.click(screen.getByTestId('bk-import'));
    await waitFor(() => expect(screen.getByTestId('bk-import-msg').textContent).toBe('Phrase de passe incorrecte ou fichier endommagé.'), { timeout: 5000 });
    expect(screen.getByTestId('bk-import-msg').getAttribute('role')).toBe('alert');

    type('bk-import-pass', 'une longue phrase');
    fireEvent.click(screen.getByTestId('bk-import'));
    await waitFor(() => expect(screen.getByTestId('bk-import-msg').textContent).toContain('Notes : 1 ajoutées, 0 mises à jour, 0 conservées.'), { timeout: 5000 });
    expect((await db.notes.get('n1'))?.text).toBe('Allergie pénicilline');
  });

  it('refuses a file too large before reading it whole, in French', async () => {
    const send = vi.fn(makeSend());
    render(<BackupSection send={send as unknown as Send} today={() => '2026-11-23'} download={vi.fn()} />);
    const big = new File(['{}'], 'enorme.pcbackup');
    const text = vi.spyOn(big, 'text');
    Object.defineProperty(big, 'size', { value: 300_000_000 });
    const input = screen.getByTestId('bk-file') as HTMLInputElement;
    Object.defineProperty(input, 'files', { value: [big] });
    fireEvent.change(input);
    type('bk-import-pass', 'une longue phrase');
    fireEvent.click(screen.getByTestId('bk-import'));
    await waitFor(() => expect(screen.getByTestId('bk-import-msg').textContent).toBe('Ce fichier est trop volumineux pour être une sauvegarde Préconsult (200\u00a0Mo au plus).'));
    expect(text).not.toHaveBeenCalled();
    expect(send).not.toHaveBeenCalled();
  });

  it('says a foreign file is not a backup', async () => {
    render(<BackupSection send={makeSend()} today={() => '2026-11-23'} download={vi.fn()} />);
    const input = screen.getByTestId('bk-file') as HTMLInputElement;
    Object.defineProperty(input, 'files', { value: [new File(['{"rules":[]}'], 'regles.json')] });
    fireEvent.change(input);
    type('bk-import-pass', 'une longue phrase');
    fireEvent.click(screen.getByTestId('bk-import'));
    await waitFor(() => expect(screen.getByTestId('bk-import-msg').textContent).toBe("Ce fichier n’est pas une sauvegarde Préconsult."));
  });
});

describe('Conservation section', () => {
  it('saves a validated setting, previews what would go, purges on confirmation', async () => {
    await db.patients.bulkAdd([patient('old', 'ANCIEN', NOW - 800 * DAY), patient('new', 'RECENT', NOW - 10 * DAY)]);
    await db.notes.bulkAdd([{ id: 'a', patientKey: 'old', text: 'x', createdAt: 0, updatedAt: 0 }, { id: 'b', patientKey: 'new', text: 'y', createdAt: 0, updatedAt: 0 }]);
    render(<RetentionSection send={makeSend()} />);
    await waitFor(() => expect((screen.getByTestId('rt-months') as HTMLInputElement).value).toBe('36'));
    expect((screen.getByTestId('rt-enabled') as HTMLInputElement).checked).toBe(false);

    type('rt-months', '2');
    fireEvent.click(screen.getByTestId('rt-save'));
    expect(screen.getByTestId('rt-msg').textContent).toBe('Choisissez une durée entre 3 et 120 mois.');
    type('rt-months', '24');
    fireEvent.click(screen.getByTestId('rt-enabled'));
    fireEvent.click(screen.getByTestId('rt-save'));
    await waitFor(() => expect(screen.getByTestId('rt-msg').textContent).toContain('non vus depuis 24 mois'));
    expect(stored).toEqual({ enabled: true, months: 24 });

    fireEvent.click(screen.getByTestId('rt-preview'));
    const text = await screen.findByTestId('rt-preview-text');
    expect(text.textContent).toContain('1 patient et 1 note seraient supprimés');
    expect(screen.getByTestId('rt-preview-box').textContent).toContain('ANCIEN Paul');
    expect(await db.patients.count()).toBe(2);
    fireEvent.click(screen.getByTestId('rt-purge'));
    await waitFor(() => expect(screen.getByTestId('rt-msg').textContent).toContain('1 patient et 1 note supprimés'));
    expect((await db.patients.toArray()).map((p) => p.key)).toEqual(['new']);
  });

  it('deletes everything only once SUPPRIMER is typed', async () => {
    await db.patients.add(patient('p', 'X', NOW));
    render(<RetentionSection send={makeSend()} />);
    const button = screen.getByTestId('rt-wipe') as HTMLButtonElement;
    expect(button.disabled).toBe(true);
    type('rt-wipe-word', 'supprimer');
    expect(button.disabled).toBe(true);
    type('rt-wipe-word', 'SUPPRIMER');
    expect(button.disabled).toBe(false);
    fireEvent.click(button);
    await waitFor(() => expect(screen.getByTestId('rt-wipe-msg').textContent).toBe('Toutes les données locales ont été supprimées.'));
    expect(await db.patients.count()).toBe(0);
  });
});
