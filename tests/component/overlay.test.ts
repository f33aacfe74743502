import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { mountOverlay, type UiPrefs } from '../../components/overlay';
import { createLauncherState } from '../../components/launcher-state';
import type { Send } from '../../messaging/client';
import type { Request } from '../../messaging/protocol';
import type { PatientContext } from '../../clinical/identity/patient-context';
import type { TabCommand } from '../../messaging/commands';

const P: PatientContext = {
  adapter: 'medidemo', origin: 'o', recordId: 'P0006', birthName: 'LE GALL-DUPUIS', usedName: 'GIRARD',
  firstNames: 'Marie-Hélène Anne', birthDate: '1974-04-12', sex: 'F', confidence: 1,
};

const mounted: (() => void)[] = [];
afterEach(() => mounted.splice(0).forEach((unmount) => unmount()));

function setup(prefs: UiPrefs = { dock: 'right', expanded: false }, noteCount = 0, onCommand?: (f: (c: TabCommand['command']) => void) => () => void, panelUrl = Promise.resolve('about:blank'), onTeach?: () => void) {
  const asked: Request[] = [];
  const send = (async (req: Request) => {
    asked.push(req);
    return { status: 'ok', patientKey: 'k', noteCount };
  }) as Send;
  const launcher = createLauncherState(send, 'Recherche du patient affiché…');
  const onPrefs = vi.fn();
  mounted.push(mountOverlay(document.body, { launcher, prefs, onPrefs, panelUrl, onCommand, onTeach }));
  return { launcher, asked, onPrefs };
}

describe('record-page overlay', () => {
  it('starts collapsed on a launcher that says no patient is identified', () => {
    setup();
    expect(screen.getByTestId('pc-patient').textContent).toBe('Aucun patient identifié');
    expect(screen.queryByTestId('pc-panel')).toBeNull();
  });

  it('shows who the patient is and the note count, asking only for a count', async () => {
    const { launcher, asked } = setup(undefined, 2);
    launcher.setDetection({ kind: 'patient', patient: P });
    await waitFor(() => expect(screen.getByTestId('pc-status').textContent).toBe('2 notes'));
    expect(screen.getByTestId('pc-patient').textContent).toBe('LE GALL-DUPUIS Marie-Hélène Anne (nom d’usage\u00a0: GIRARD) · 12/04/1974 · Féminin');
    expect(asked.map((r) => r.type)).toEqual(['patient.status']);
  });

  it('offers « Montrer le patient à Préconsult » while no patient is identified, to the user’s own click only', async () => {
    const onTeach = vi.fn();
    const { launcher } = setup(undefined, 0, undefined, undefined, onTeach);
    const start = screen.getByRole('button', { name: 'Montrer le patient à Préconsult' });
    fireEvent.click(start); // a click the page's script makes (untrusted) starts nothing
    expect(onTeach).not.toHaveBeenCalled();
    const own = new MouseEvent('click', { bubbles: true });
    Object.defineProperty(own, 'isTrusted', { value: true });
    start.dispatchEvent(own);
    expect(onTeach).toHaveBeenCalledTimes(1);
    // A patient read: nothing to teach from the launcher.
    launcher.setDetection({ kind: 'patient', patient: P });
    await waitFor(() => expect(screen.queryByTestId('pc-teach-start')).toBeNull());
  });

  it('warns when the identity is in doubt', async () => {
    const { launcher } = setup();
    launcher.setDetection({ kind: 'ambiguous', reason: 'deux patients', candidates: [] });
    await waitFor(() => expect(screen.getByTestId('pc-patient').textContent).toBe('Identité à vérifier'));
  });

  it('names the patient at once, while the panel frame waits until its page may be loaded (mount secret registered)', async () => {
    let registered!: (url: string) => void;
    const { launcher } = setup(undefined, 0, undefined, new Promise((resolve) => { registered = resolve; }));
    launcher.setDetection({ kind: 'patient', patient: P });
    expect(screen.getByTestId('pc-patient').textContent).toBe('LE GALL-DUPUIS Marie-Hélène Anne (nom d’usage\u00a0: GIRARD) · 12/04/1974 · Féminin');
    fireEvent.click(screen.getByTestId('pc-launcher'));
    expect(screen.getByTestId('pc-panel')).toBeTruthy();
    expect(screen.queryByTestId('pc-frame')).toBeNull();
    registered('about:blank#0123');
    await waitFor(() => expect(screen.getByTestId('pc-frame').getAttribute('src')).toBe('about:blank#0123'));
  });

  it('opens the panel frame, docks it to the other side, collapses it and remembers each choice', async () => {
    const { onPrefs } = setup();
    fireEvent.click(screen.getByTestId('pc-launcher'));
    expect(onPrefs).toHaveBeenLastCalledWith({ dock: 'right', expanded: true });
    await waitFor(() => expect(screen.getByTestId('pc-frame').getAttribute('src')).toBe('about:blank'));
    fireEvent.click(screen.getByRole('button', { name: 'Placer à gauche' }));
    expect(onPrefs).toHaveBeenLastCalledWith({ dock: 'left', expanded: true });
    fireEvent.click(screen.getByRole('button', { name: 'Réduire' }));
    expect(onPrefs).toHaveBeenLastCalledWith({ dock: 'left', expanded: false });
    // The frame is kept (hidden), so a note being typed in it is not torn down.
    expect((screen.getByTestId('pc-panel') as HTMLElement).hidden).toBe(true);
    expect(screen.getByTestId('pc-launcher')).toBeTruthy();
  });

  it('opens and closes from the keyboard shortcut, moving the focus into the panel and back', async () => {
    let command: ((c: TabCommand['command']) => void) | undefined;
    const { onPrefs } = setup(undefined, 0, (f) => { command = f; return () => undefined; });
    await waitFor(() => expect(command).toBeDefined());
    command!('toggle-panel');
    await waitFor(() => expect(document.activeElement?.getAttribute('data-testid')).toBe('pc-frame'));
    expect(onPrefs).toHaveBeenLastCalledWith({ dock: 'right', expanded: true });
    command!('toggle-panel');
    await waitFor(() => expect(document.activeElement?.getAttribute('data-testid')).toBe('pc-launcher'));
    expect(onPrefs).toHaveBeenLastCalledWith({ dock: 'right', expanded: false });
  });

  it('"open" (next checklist item) opens a closed panel, keeps an open one open, and puts the focus in it each time', async () => {
    let command: ((c: TabCommand['command']) => void) | undefined;
    const { onPrefs } = setup({ dock: 'left', expanded: false }, 0, (f) => { command = f; return () => undefined; });
    await waitFor(() => expect(command).toBeDefined());
    command!('open-panel');
    await waitFor(() => expect(document.activeElement?.getAttribute('data-testid')).toBe('pc-frame'));
    expect(onPrefs).toHaveBeenLastCalledWith({ dock: 'left', expanded: true });
    // The user docks it elsewhere and clicks back into the page: "open" again keeps both.
    fireEvent.click(screen.getByRole('button', { name: 'Placer à droite' }));
    (document.activeElement as HTMLElement).blur();
    command!('open-panel');
    await waitFor(() => expect(document.activeElement?.getAttribute('data-testid')).toBe('pc-frame'));
    expect((screen.getByTestId('pc-panel') as HTMLElement).hidden).toBe(false);
    expect(onPrefs).toHaveBeenCalledTimes(2);
    expect(onPrefs).toHaveBeenLastCalledWith({ dock: 'right', expanded: true });
  });
});
