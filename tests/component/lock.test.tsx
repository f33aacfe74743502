import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import Dexie from 'dexie';
import { PanelApp } from '../../components/PanelApp';
import { createWorkspace, type Workspace } from '../../components/notes/workspace';
import { LockSection } from '../../components/options/LockSection';
import { openDb, type PreconsultDb } from '../../storage/db';
import { createKeyring } from '../../storage/lock/keyring';
import { createLockService, type LockService, type Slot } from '../../storage/lock/service';
import { lockHandlers } from '../../background/handlers/lock';
import { createNotesService } from '../../storage/notes-service';
import { notesHandlers } from '../../background/handlers/notes';
import type { Handlers } from '../../background/server';
import type { Send } from '../../messaging/client';
import type { PatientContext } from '../../clinical/identity/patient-context';
import { sendThrough } from '../send-through';

// The lock through the real services (fake IndexedDB): the panel's lock screen and the settings.
const P: PatientContext = { adapter: 'medidemo', origin: 'o', recordId: 'P0001', birthName: 'DURAND', firstNames: 'Léa', birthDate: '2001-02-03', sex: 'F', confidence: 1 };
const PASS = 'cabinet du port';
const slot = <T,>(): Slot<T> => {
  let v: T | undefined;
  return { get: async () => v, set: async (x) => void (v = x), remove: async () => void (v = undefined) };
};

let db: PreconsultDb;
let lock: LockService;
let ws: Workspace | undefined;
let send: Send;

beforeEach(() => {
  const keyring = createKeyring();
  db = openDb(`lock-ui-${Math.random()}`, keyring);
  ws = undefined;
  lock = createLockService({
    db, keyring, config: slot(), session: slot<string>(), failures: slot(), iterations: 100_000,
    notify: (locked) => ws?.onLock(locked), // the storage notice, as wireWorkspacePage passes it on
  });
  const notes = createNotesService({ db, describeConflict: String, describeInvalid: String, describeProblem: String });
  const handlers = { ...notesHandlers(notes), ...lockHandlers(lock) } as unknown as Handlers;
  send = sendThrough(handlers);
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

async function panelWithNote() {
  await lock.restore();
  const opened = await send({ type: 'patient.open', patient: P });
  if (opened.status !== 'ok') throw new Error('open');
  await send({ type: 'note.save', patientKey: opened.patientKey, noteId: '0b6c1d4e-1111-4222-8333-944455556666', text: 'Vient pour son vaccin', createdAt: 1 });
  await lock.enable(PASS, 10);
  ws = createWorkspace({ send, clientId: 'c', initialReason: '…' });
  render(<PanelApp ws={ws} />);
}

describe('workstation lock in the panel', () => {
  it('shows the lock screen instead of the notes, refuses a wrong passphrase in French, opens with the right one', async () => {
    await panelWithNote();
    await lock.lock();
    ws!.setDetection({ kind: 'patient', patient: P });
    await screen.findByTestId('pc-lock');
    expect(screen.queryByRole('textbox', { name: /note/i })).toBeNull();
    expect(document.body.textContent).not.toContain('vaccin');
    // What to do about a forgotten passphrase is said on the lock screen itself.
    expect(screen.getByTestId('pc-lock-forgotten').textContent).toContain('Tout supprimer');
    const field = screen.getByLabelText('Phrase de passe');
    fireEvent.input(field, { target: { value: 'pas la bonne' } });
    fireEvent.click(screen.getByRole('button', { name: 'Déverrouiller' }));
    expect((await screen.findByTestId('pc-lock-error')).textContent).toBe('Phrase de passe incorrecte.');
    fireEvent.input(screen.getByLabelText('Phrase de passe'), { target: { value: PASS } });
    fireEvent.click(screen.getByRole('button', { name: 'Déverrouiller' }));
    fireEvent.click(await screen.findByRole('tab', { name: 'Notes' }, { timeout: 4000 }));
    const box = (await screen.findByLabelText("Note de l’assistant(e)", {}, { timeout: 4000 })) as HTMLTextAreaElement;
    expect(box.value).toBe('Vient pour son vaccin');
  });

  it('"Verrouiller" saves what was typed, then hides it behind the lock', async () => {
    await panelWithNote();
    ws!.setDetection({ kind: 'patient', patient: P });
    fireEvent.click(await screen.findByRole('tab', { name: 'Notes' }));
    const box = await screen.findByLabelText("Note de l’assistant(e)");
    fireEvent.input(box, { target: { value: 'Tapé juste avant de partir' } });
    fireEvent.click(await screen.findByRole('button', { name: 'Verrouiller' }));
    await screen.findByTestId('pc-lock');
    expect(document.body.textContent).not.toContain('Tapé juste');
    await lock.unlock(PASS);
    expect((await db.notes.get('0b6c1d4e-1111-4222-8333-944455556666'))?.text).toBe('Tapé juste avant de partir');
  });

  it('follows the page while locked without reading anything', async () => {
    await panelWithNote();
    await lock.lock();
    ws!.setDetection({ kind: 'patient', patient: P });
    await screen.findByTestId('pc-lock');
    ws!.setDetection({ kind: 'patient', patient: { ...P, recordId: 'P0002', birthName: 'MARTIN', firstNames: 'Paul' } });
    await waitFor(() => expect(screen.getByTestId('pc-panel-patient').textContent).toContain('MARTIN Paul'));
    expect(screen.getByTestId('pc-lock')).toBeTruthy();
  });
});

describe('workstation lock in the settings', () => {
  it('checks the passphrase twice, enables, locks now, unlocks, and refuses to disable without the passphrase', async () => {
    await lock.restore();
    render(<LockSection send={send} />);
    expect((await screen.findByTestId('lk-state')).textContent).toContain('Verrouillage désactivé');
    fireEvent.input(screen.getByTestId('lk-pass'), { target: { value: '123456789' } });
    fireEvent.input(screen.getByTestId('lk-pass2'), { target: { value: '123456789' } });
    fireEvent.click(screen.getByTestId('lk-enable'));
    expect((await screen.findByTestId('lk-enable-msg')).textContent).toBe('La phrase de passe doit compter au moins 10 caractères.');
    fireEvent.input(screen.getByTestId('lk-pass'), { target: { value: PASS } });
    fireEvent.input(screen.getByTestId('lk-pass2'), { target: { value: `${PASS}!` } });
    fireEvent.click(screen.getByTestId('lk-enable'));
    await waitFor(() => expect(screen.getByTestId('lk-enable-msg').textContent).toBe('Les deux phrases de passe ne sont pas identiques.'));
    fireEvent.input(screen.getByTestId('lk-pass2'), { target: { value: PASS } });
    fireEvent.input(screen.getByTestId('lk-idle'), { target: { value: '5' } });
    fireEvent.click(screen.getByTestId('lk-enable'));
    await waitFor(() => expect(screen.getByTestId('lk-state').textContent).toBe('Verrouillage activé : verrouillage après 5 min d’inactivité du poste.'), { timeout: 4000 });

    fireEvent.click(screen.getByTestId('lk-lock-now'));
    await screen.findByTestId('pc-lock');
    expect(screen.getByTestId('lk-state').textContent).toContain('actuellement verrouillé');
    fireEvent.input(screen.getByLabelText('Phrase de passe'), { target: { value: PASS } });
    fireEvent.click(screen.getByRole('button', { name: 'Déverrouiller' }));
    await screen.findByTestId('lk-disable', {}, { timeout: 4000 });

    fireEvent.input(screen.getByTestId('lk-disable-pass'), { target: { value: 'autre chose' } });
    fireEvent.click(screen.getByTestId('lk-disable'));
    expect((await screen.findByTestId('lk-disable-msg', {}, { timeout: 4000 })).textContent).toBe('Phrase de passe incorrecte.');
    expect((await lock.status()).enabled).toBe(true);
  });
});
