import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openPanel, overlay, showNotes, spaGo, type Session } from './harness';

// The side panel (Chrome) / sidebar (Firefox) page: the same workspace, following the patient of
// a tab as its record-page script reads it. Headless Chromium has no side panel UI, so the page
// is opened as a tab pinned (?tabId=) to the record page's tab.
let s: Session;
beforeAll(async () => { s = await launch(); });
afterAll(async () => { await s?.close(); });

describe('side panel', () => {
  it('follows the record tab’s patient and keeps each note on its patient', async () => {
    const record = await s.newPage('/patients/P0010');
    await expect.poll(() => overlay.patient(record).textContent()).toContain('DUPONT');
    const tabId = await (await s.worker()).evaluate(async (url) => {
      const tabs = await (globalThis as any).chrome.tabs.query({});
      return tabs.find((t: { url?: string }) => t.url === url)?.id as number | undefined;
    }, record.url());
    const side = await s.context.newPage();
    await side.goto(`chrome-extension://${s.extensionId}/sidepanel.html?tabId=${tabId}`);
    const patient = side.getByTestId('pc-panel-patient');
    await expect.poll(() => patient.textContent()).toContain('DUPONT Jeanne');
    await showNotes(side);
    await side.getByTestId('pc-note').fill('Écrit depuis le panneau latéral.');
    await expect.poll(() => side.getByTestId('pc-save').textContent()).toBe('Enregistré');

    await spaGo(record, '/patients/P0011');
    await expect.poll(() => patient.textContent()).toContain('BLANC Henri');
    await expect.poll(() => side.getByTestId('pc-note').inputValue()).toBe('');
    // The overlay of the record page sees the note written from the side panel.
    await spaGo(record, '/patients/P0010');
    await expect.poll(() => overlay.status(record).textContent()).toBe('1 note');
    await expect.poll(() => side.getByTestId('pc-note').inputValue()).toBe('Écrit depuis le panneau latéral.');
    await side.close();
    await record.close();
  });

  it('opens from the overlay’s panel header (a click, a user gesture) and folds the overlay', async () => {
    const record = await s.newPage('/patients/P0010');
    await openPanel(record);
    await expect.poll(() => overlay.panelPatient(record).textContent()).toContain('DUPONT Jeanne');
    const sidePanels = () => s.worker().then((w) => w.evaluate(async () =>
      (await (globalThis as any).chrome.runtime.getContexts({ contextTypes: ['SIDE_PANEL'] })).map((c: { documentUrl?: string }) => c.documentUrl ?? '')));
    expect(await sidePanels()).toEqual([]);
    await overlay.frame(record).getByRole('button', { name: 'Ouvrir dans le panneau latéral' }).click();
    // The browser's side panel shows the workspace page; the overlay folds to its launcher.
    await expect.poll(sidePanels, { timeout: 10_000 }).toEqual([expect.stringContaining('/sidepanel.html')]);
    await overlay.launcher(record).waitFor();
    expect(await overlay.panel(record).isVisible()).toBe(false);
    await record.close();
  });
});
