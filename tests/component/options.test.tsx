import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import Dexie from 'dexie';
import { OptionsApp, type OptionsDeps } from '../../components/options/OptionsApp';
import { PracticeSection } from '../../components/options/PracticeSection';
import { openDb, type PreconsultDb } from '../../storage/db';
import { createIntakeService } from '../../storage/intake-service';
import { intakeHandlers } from '../../background/handlers/intake';
import type { Handlers } from '../../background/server';
import { loadRole, saveRole } from '../../messaging/workstation-role';
import { ROLE_KEY } from '../../messaging/storage-keys';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { sendThrough } from '../send-through';

let db: PreconsultDb;
let clock = 0;
beforeEach(() => { db = openDb(`test-${Math.random()}`); clock = 0; });
afterEach(async () => { db.close(); await Dexie.delete(db.name); });

function setup() {
  const service = createIntakeService({ db, now: () => clock });
  const handlers = intakeHandlers(service) as unknown as Handlers;
  const send = sendThrough(handlers);
  const deps: OptionsDeps = { send, loadRole, saveRole, today: () => '2026-11-23' };
  render(<OptionsApp deps={deps} />);
  return service;
}

describe('options page', () => {
  it('has its sections, each with a heading', async () => {
    setup();
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual(['Rôle de ce poste', 'En-tête des courriers', 'Sites et règles de lecture', 'Modèles de check-list', 'Chiffres du cabinet', 'Sauvegarde chiffrée', 'Conservation', 'Verrouillage du poste']);
    await screen.findAllByTestId('op-template-row');
  });

  it('styles every button of every section alike (no bare native button)', async () => {
    setup();
    await screen.findAllByTestId('op-template-row');
    await screen.findByTestId('rt-wipe');
    const bare = [...document.querySelectorAll('button')].filter((b) => !b.classList.contains('pc-btn') && b.getAttribute('role') !== 'tab');
    expect(bare.map((b) => b.textContent)).toEqual([]);
  });

  it('copies a default template, shows French errors with their place, then saves the corrected copy', async () => {
    setup();
    const rows = await screen.findAllByTestId('op-template-row');
    expect(rows.map((r) => r.textContent)).toEqual([
      expect.stringContaining('Cardiologie'), expect.stringContaining('Médecine générale adulte'), expect.stringContaining('Ophtalmologie'), expect.stringContaining('Pédiatrie'),
    ]);
    fireEvent.click(rows[1]!.querySelector('button')!);
    const box = (await screen.findByTestId('op-json')) as HTMLTextAreaElement;
    const copy = JSON.parse(box.value);
    expect(copy).toMatchObject({ id: 'medecine-generale-adulte-cabinet', version: 1, basedOn: 'medecine-generale-adulte', name: 'Médecine générale adulte (cabinet)' });
    copy.items[0].required = 'oui';
    copy.items.push({ id: 'motif', kind: 'question', label: 'Doublon', required: true, answer: 'text' });
    fireEvent.input(box, { target: { value: JSON.stringify(copy) } });
    fireEvent.click(screen.getByTestId('op-save'));
    const errors = await screen.findByTestId('op-errors');
    expect(errors.textContent).toBe('Modèle non enregistré : 1 erreur à corriger.items[0].required : « required » doit valoir true ou false.');
    // Checks across items (duplicate ids) run once every item has the right shape.
    copy.items[0].required = false;
    fireEvent.input(box, { target: { value: JSON.stringify(copy) } });
    fireEvent.click(screen.getByTestId('op-save'));
    await waitFor(() => expect(screen.getByTestId('op-errors').textContent).toContain('items[18].id : Identifiant « motif » déjà utilisé par un autre élément.'));
    copy.items.pop();
    fireEvent.input(box, { target: { value: JSON.stringify(copy) } });
    fireEvent.click(screen.getByTestId('op-save'));
    await waitFor(() => expect(screen.getAllByTestId('op-template-row')).toHaveLength(5));
    expect(screen.getAllByTestId('op-template-row')[4]!.textContent).toContain('cabinet');
    expect((await db.templates.get('medecine-generale-adulte-cabinet'))?.source).toBe('cabinet');
  });

  it('sets the workstation role in storage.local, and ignores a damaged stored value', async () => {
    await fakeBrowser.storage.local.set({ [ROLE_KEY]: 'chef' });
    setup();
    const doctor = (await screen.findByTestId('op-role-medecin')) as HTMLInputElement;
    await waitFor(() => expect((screen.getByTestId('op-role-assistant') as HTMLInputElement).checked).toBe(true));
    fireEvent.click(doctor);
    await waitFor(() => expect(screen.getByTestId('op-role-status').textContent).toBe('Enregistré.'));
    expect((await fakeBrowser.storage.local.get(ROLE_KEY))[ROLE_KEY]).toBe('medecin');
    await expect(saveRole('chef')).rejects.toThrow();
  });

  it('draws the practice figures as an SVG bar chart with the median and share complete', async () => {
    const s = createIntakeService({ db, now: () => clock });
    await db.patients.add({ key: 'A', origin: 'o', adapter: 'x', birthName: 'X', firstNames: 'Y', birthDate: '1970-01-01', firstSeen: 1, lastSeen: 1 });
    clock = 1_000;
    const i = await s.start({ patientKey: 'A', templateId: 'pediatrie', date: '2026-11-22' });
    clock = 1_000 + 7 * 60_000 + 5_000;
    await s.finish({ patientKey: 'A', intakeId: i.id, missingCount: 0 });
    setup();
    const chart = await screen.findByTestId('op-chart');
    expect(chart.tagName.toLowerCase()).toBe('svg');
    expect([...chart.querySelectorAll('rect')].map((r) => r.getAttribute('data-value'))).toEqual([...Array(12).fill('0'), '1', '0']);
    expect(screen.getByTestId('op-median').textContent).toBe('7 min 05 s');
    expect(screen.getByTestId('op-completed').textContent).toBe('100 %');
  });
});

describe('the letter header section', () => {
  it('saves the practice header, and refuses a too-long field in French, saving nothing', async () => {
    const data: Record<string, unknown> = {};
    const area = { get: async (k: string) => ({ [k]: data[k] }), set: async (items: Record<string, unknown>) => void Object.assign(data, items) };
    render(<PracticeSection area={area} />);
    const name = (await screen.findByTestId('op-practice-name')) as HTMLInputElement;
    await waitFor(() => expect(name.disabled).toBe(false));
    fireEvent.input(name, { target: { value: 'x'.repeat(130) } });
    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer l’en-tête' }));
    await waitFor(() => expect(screen.getByTestId('op-practice-status').textContent).toBe('Nom du cabinet\u00a0: 120 caractères au plus. Rien n’a été enregistré.'));
    expect(data['preconsult:practice']).toBeUndefined();
    fireEvent.input(name, { target: { value: 'Cabinet des Tilleuls' } });
    fireEvent.input(screen.getByTestId('op-practice-doctor'), { target: { value: 'Dr Claire Fontaine' } });
    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer l’en-tête' }));
    await waitFor(() => expect(data['preconsult:practice']).toEqual({ name: 'Cabinet des Tilleuls', address: '', doctor: 'Dr Claire Fontaine' }));
  });
});
