import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { IntakeTab, type IntakeDeps } from '../../components/intake/IntakeTab';
import { PanelApp } from '../../components/PanelApp';
import { createWorkspace, type Workspace } from '../../components/notes/workspace';
import { createIntakeService } from '../../storage/intake-service';
import { intakeHandlers } from '../../background/handlers/intake';
import { handleMessage, type Handlers } from '../../background/server';
import { workspaceCommands } from '../../components/notes/workspace-page';
import type { CommandSource, WorkspaceCommandName } from '../../messaging/commands';
import type { Send } from '../../messaging/client';
import { intakeBackend, P } from './intake-backend';
import type { Values } from '../../clinical/intake';
import { fullValues } from '../unit/intake/fixtures';

// The "next checklist item" shortcut as the panel carries it out: where the focus goes, item by
// item, from the checklist's own state.
const backend_ = intakeBackend();
const backend = () => backend_.send();

/** An intake already open for this patient with these values (another session typed them). */
async function openWith(send: Send, values: Values) {
  const { intake } = await send({ type: 'intake.start', patientKey: 'k', templateId: 'medecine-generale-adulte', date: '2026-11-23' });
  await send({ type: 'intake.save', patientKey: 'k', intakeId: intake.id, values, prevention: { history: [], conditions: [] }, clientId: 'other' });
}

/** The intake tab as the panel holds it: a request counter, forgotten once carried out. */
function setup(over: Partial<IntakeDeps> = {}) {
  const deps: IntakeDeps = { send: backend(), loadRole: async () => 'assistant', today: () => '2026-11-23', clientId: 'c', readDelays: [0], ...over };
  const done = vi.fn();
  let press = () => undefined as void;
  function Harness() {
    const [n, setN] = useState(0);
    press = () => setN((x) => x + 1);
    return <IntakeTab patient={P} patientKey="k" ws={{} as Workspace} deps={deps} nextItem={n} onNextItemDone={() => { done(); setN(0); }} />;
  }
  render(<Harness />);
  /** Presses the shortcut and waits until the tab has carried it out. */
  const next = async () => {
    const before = done.mock.calls.length;
    press();
    await waitFor(() => expect(done).toHaveBeenCalledTimes(before + 1));
  };
  return { deps, next, done };
}

const active = () => document.activeElement as HTMLElement;
const focusedItem = () => active().closest<HTMLElement>('[data-item]')?.dataset.item;

describe('next checklist item (shortcut) in the intake tab', () => {
  it('goes to the start button when no intake is started for this patient, visibly and scrolled into view', async () => {
    const focus = vi.spyOn(HTMLElement.prototype, 'focus');
    const scroll = vi.spyOn(Element.prototype, 'scrollIntoView');
    const { next } = setup();
    await screen.findByTestId('ik-start');
    await next();
    expect(active().dataset.testid).toBe('ik-start');
    expect(focus).toHaveBeenLastCalledWith(expect.objectContaining({ focusVisible: true }));
    expect(scroll).toHaveBeenCalled();
    // Enter starts it, and the first item takes the focus as usual.
    fireEvent.click(active());
    await waitFor(() => expect(active().dataset.testid).toBe('ik-in-motif'));
  });

  it('moves item by item to what still needs doing, skipping answered items, and wraps round', async () => {
    const scroll = vi.spyOn(Element.prototype, 'scrollIntoView');
    const { next } = setup();
    fireEvent.click(await screen.findByTestId('ik-start'));
    await waitFor(() => expect(active().dataset.testid).toBe('ik-in-motif'));
    await next();
    expect(active().dataset.testid).toBe('ik-ta-sys-0'); // the item's first field
    fireEvent.input(screen.getByTestId('ik-in-fc'), { target: { value: '72' } });
    await next();
    expect(active().dataset.testid).toBe('ik-in-poids'); // FC answered: skipped
    // The whole item (label and field) is brought into view.
    expect(scroll.mock.contexts.at(-1)).toBe(screen.getByTestId('ik-item-poids'));
    await next();
    expect(active().dataset.testid).toBe('ik-in-taille');
    // From the last item, round to the top: the motif is still empty.
    screen.getByTestId('ik-in-carte-vitale').focus();
    await next();
    expect(active().dataset.testid).toBe('ik-in-motif');
    // Items of other kinds: the review's select, the yes/no select, the checkbox.
    screen.getByTestId('ik-in-eva').focus();
    await next();
    expect(active().dataset.testid).toBe('ik-review-allergies');
    screen.getByTestId('ik-review-antecedents').focus();
    await next();
    expect(focusedItem()).toBe('tabac'); // prevention is answered once the sex is known
    expect(active().dataset.testid).toBe('ik-in-tabac');
  });

  it('lands where the next value goes inside an item: the diastolic once the systolic is typed', async () => {
    const send = backend();
    await openWith(send, { motif: { text: 'Contrôle' }, ta: { readings: [{ sys: '152', dia: '' }] } });
    const { next } = setup({ send });
    await screen.findByTestId('ik-form');
    screen.getByTestId('ik-in-motif').focus();
    await next();
    expect(active().dataset.testid).toBe('ik-ta-dia-0');
  });

  it('sends the user back to a refused value, which still needs doing', async () => {
    const send = backend();
    await openWith(send, { ...fullValues(), poids: { text: '820' }, documents: { yes: true } });
    const { next } = setup({ send });
    await screen.findByTestId('ik-err-poids');
    screen.getByTestId('ik-in-motif').focus();
    await next();
    expect(active().dataset.testid).toBe('ik-in-poids');
    // The only one left: pressing again stays on it.
    await next();
    expect(active().dataset.testid).toBe('ik-in-poids');
  });

  it('when everything is done, says so politely and goes to the finish button', async () => {
    const send = backend();
    await openWith(send, fullValues()); // all but the optional documents
    const { next } = setup({ send });
    const status = await screen.findByTestId('ik-next-status');
    expect(status.getAttribute('aria-live')).toBe('polite');
    expect(status.textContent).toBe('');
    await next();
    expect(focusedItem()).toBe('documents');
    fireEvent.click(active()); // brought
    await waitFor(() => expect(screen.getByTestId('ik-item-documents').className).toContain('ik-answered'));
    await next();
    expect(active().dataset.testid).toBe('ik-finish');
    expect(status.textContent).toBe('Tous les éléments de la check-list sont renseignés : vous pouvez terminer.');
    // Pressed again: the message changes (a no-break space) so that it is read again.
    await next();
    expect(status.textContent).toBe('Tous les éléments de la check-list sont renseignés : vous pouvez terminer.\u00a0');
    // A value changes: the message goes.
    fireEvent.input(screen.getByTestId('ik-in-motif'), { target: { value: 'Autre motif' } });
    await waitFor(() => expect(status.textContent).toBe(''));
  });

  it('leaves the doctor’s view for the entry, from the top of the list', async () => {
    const send = backend();
    await openWith(send, { fc: { text: '72' } });
    const { next } = setup({ send, loadRole: async () => 'medecin' });
    await screen.findByTestId('ik-doctor');
    await next();
    expect(screen.getByTestId('ik-mode-entry').getAttribute('aria-pressed')).toBe('true');
    expect(active().dataset.testid).toBe('ik-in-motif'); // the first item, empty: not skipped
  });
});

describe('next checklist item (shortcut) in the panel', () => {
  const patientSend = (async (req: { type: string }) => {
    if (req.type === 'patient.open') return { status: 'ok', patientKey: 'k', notes: [] };
    return { notes: [] };
  }) as unknown as Send;

  function panel() {
    // The intake tab talks to the background through the browser, as in the extension.
    const handlers = intakeHandlers(createIntakeService({ db: backend_.db() })) as unknown as Handlers;
    fakeBrowser.runtime.onMessage.addListener((m: unknown) => handleMessage(m, { handlers, describeError: String, invalidMessage: (d) => d }));
    const listeners = new Set<(c: WorkspaceCommandName) => void>();
    const commands: CommandSource = (l) => { listeners.add(l); return () => void listeners.delete(l); };
    const ws = createWorkspace({ send: patientSend, clientId: 'c', initialReason: 'Recherche du patient affiché…' });
    render(<PanelApp ws={ws} commands={commands} />);
    return { ws, press: () => listeners.forEach((l) => l('next-checklist-item')) };
  }

  it('opens the Pré-consultation tab and goes to the start button', async () => {
    const { ws, press } = panel();
    ws.setDetection({ kind: 'patient', patient: P });
    await screen.findByTestId('pc-panel-patient');
    fireEvent.click(screen.getByRole('tab', { name: 'Notes' }));
    expect(screen.getByRole('tab', { name: 'Notes' }).getAttribute('aria-selected')).toBe('true');
    press();
    await waitFor(() => expect(active().dataset.testid).toBe('ik-start'));
    expect(screen.getByRole('tab', { name: 'Pré-consultation' }).getAttribute('aria-selected')).toBe('true');
  });

  it('without a patient, only picks the tab: no focus jump later when a patient appears', async () => {
    const { ws, press } = panel();
    ws.setDetection({ kind: 'none', reason: "Cette page n’affiche pas de dossier patient." });
    await screen.findByTestId('pc-reason');
    press();
    ws.setDetection({ kind: 'patient', patient: P });
    await screen.findByTestId('ik-start'); // opened on the tab asked for
    await new Promise((r) => setTimeout(r, 50));
    expect(active().dataset.testid).not.toBe('ik-start');
  });
});

describe('workspace pages take commands from the background only', () => {
  const cmd = { type: 'workspace.command', command: 'next-checklist-item', tabId: 3, to: 'focused' };

  it('answers true when taken, nothing when refused, not listened to, or not from the background', async () => {
    let accept = true;
    const source = workspaceCommands((c) => accept && c.tabId === 3);
    const heard: string[] = [];
    const background = { id: fakeBrowser.runtime.id };
    // No workspace listening yet: not taken (the background offers again).
    expect(await fakeBrowser.runtime.onMessage.trigger(cmd, background)).toEqual([undefined]);
    source((c) => heard.push(c));
    expect(await fakeBrowser.runtime.onMessage.trigger(cmd, background)).toEqual([true]);
    expect(await fakeBrowser.runtime.onMessage.trigger({ ...cmd, tabId: 4 }, background)).toEqual([undefined]);
    expect(await fakeBrowser.runtime.onMessage.trigger(cmd, { ...background, tab: { id: 3 } as Parameters<typeof fakeBrowser.runtime.onMessage.trigger>[1]['tab'] })).toEqual([undefined]);
    expect(await fakeBrowser.runtime.onMessage.trigger(cmd, { id: 'another-extension' })).toEqual([undefined]);
    expect(await fakeBrowser.runtime.onMessage.trigger({ ...cmd, command: 'erase' }, background)).toEqual([undefined]);
    accept = false;
    expect(await fakeBrowser.runtime.onMessage.trigger(cmd, background)).toEqual([undefined]);
    expect(heard).toEqual(['next-checklist-item']);
  });
});
