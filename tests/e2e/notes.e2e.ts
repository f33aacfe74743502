import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, openPanel, overlay, spaGo, type Session } from './harness';

// The foundation's promise: notes follow the patient shown in a single-page record application,
// survive reloads and service-worker deaths, and are never shared between two patients.
let s: Session;
beforeAll(async () => { s = await launch(); });
afterAll(async () => { await s?.close(); });

async function typeNote(page: Page, text: string) {
  await overlay.note(page).click();
  await overlay.note(page).press('End');
  await overlay.note(page).pressSequentially(text, { delay: 5 });
}
const saved = (page: Page) => expect.poll(() => overlay.save(page).textContent()).toBe('Enregistré');
const noteValue = (page: Page) => expect.poll(() => overlay.note(page).inputValue());

describe('notes per patient in the demo record software', () => {
  it('says no patient is identified on the patient list, and offers nothing to write', async () => {
    const page = await s.newPage('/');
    await expect.poll(() => overlay.patient(page).textContent()).toBe('Aucun patient identifié');
    await openPanel(page);
    await expect.poll(() => overlay.reason(page).textContent()).toContain("n’affiche pas de dossier patient");
    expect(await overlay.note(page).count()).toBe(0);
    await page.close();
  });

  it('keeps A’s note on A, shows B empty, and finds A’s note again after a reload', async () => {
    const page = await s.newPage('/patients/P0004');
    await openPanel(page);
    await expect.poll(() => overlay.panelPatient(page).textContent()).toContain('MOREAU Camille');
    await typeNote(page, 'Vient pour renouvellement de pilule.');
    await saved(page);

    await page.getByRole('link', { name: 'Patient suivant →' }).click();
    await expect.poll(() => overlay.panelPatient(page).textContent()).toContain('FOURNIER Thomas');
    await noteValue(page).toBe('');

    await page.getByRole('link', { name: '← Patient précédent' }).click();
    await expect.poll(() => overlay.panelPatient(page).textContent()).toContain('MOREAU Camille');
    await noteValue(page).toBe('Vient pour renouvellement de pilule.');

    await page.reload();
    await openPanel(page);
    await noteValue(page).toBe('Vient pour renouvellement de pilule.');
    await page.close();
  });

  it('saves a note to the patient it was typed for when the page switches mid-typing', async () => {
    const page = await s.newPage('/patients/P0007');
    await openPanel(page);
    await expect.poll(() => overlay.panelPatient(page).textContent()).toContain('LEFEBVRE Nicolas');
    await typeNote(page, 'TA à reprendre');
    // Switch before the autosave delay has run out.
    await spaGo(page, '/patients/P0008');
    await expect.poll(() => overlay.panelPatient(page).textContent()).toContain('MERCIER Françoise');
    await noteValue(page).toBe('');
    await spaGo(page, '/patients/P0007');
    await noteValue(page).toBe('TA à reprendre');
    await spaGo(page, '/patients/P0008');
    await expect.poll(() => overlay.panelPatient(page).textContent()).toContain('MERCIER Françoise');
    await noteValue(page).toBe('');
    await page.close();
  });

  it('keeps saving while the service worker is stopped', async () => {
    const page = await s.newPage('/patients/P0005');
    await openPanel(page);
    await expect.poll(() => overlay.panelPatient(page).textContent()).toContain('FOURNIER Thomas');
    await typeNote(page, 'Avant arrêt.');
    await saved(page);
    await s.stopServiceWorker();
    await typeNote(page, ' Après arrêt du service worker.');
    await saved(page);
    await page.reload();
    await openPanel(page);
    await noteValue(page).toBe('Avant arrêt. Après arrêt du service worker.');
    await page.close();
  });

  it('never lets two homonyms share notes', async () => {
    const page = await s.newPage('/patients/P0012');
    await openPanel(page);
    await expect.poll(() => overlay.panelPatient(page).textContent()).toContain('10/05/1958');
    await typeNote(page, 'Note du Pierre MARTIN de 1958.');
    await saved(page);
    await spaGo(page, '/patients/P0013');
    await expect.poll(() => overlay.panelPatient(page).textContent()).toContain('22/09/1983');
    await noteValue(page).toBe('');
    expect(await overlay.noteList(page).count()).toBe(0);
    await typeNote(page, 'Note du Pierre MARTIN de 1983.');
    await saved(page);
    await spaGo(page, '/patients/P0012');
    await noteValue(page).toBe('Note du Pierre MARTIN de 1958.');
    await expect.poll(() => overlay.noteList(page).count()).toBe(1);
    await page.close();
  });

  it('shows the same patient’s note typed in another tab', async () => {
    const a = await s.newPage('/patients/P0014');
    const b = await s.newPage('/patients/P0014');
    await openPanel(a);
    await openPanel(b);
    await typeNote(a, 'Écrit dans l’onglet A.');
    await saved(a);
    await noteValue(b).toBe('Écrit dans l’onglet A.');
    await a.close();
    await b.close();
  });

  it('remembers the dock side and keeps the host page’s CSS out', async () => {
    const page = await s.newPage('/patients/P0002');
    await openPanel(page);
    await page.locator('preconsult-overlay').getByRole('button', { name: 'Placer à gauche' }).click();
    await page.reload();
    const root = page.locator('preconsult-overlay .pc-root');
    await expect.poll(() => root.getAttribute('class')).toContain('pc-dock-left');
    // The demo sets `button { background: #c0392b !important }` and a Courier font on div/span/button.
    const style = await page.locator('preconsult-overlay .pc-icon').first().evaluate((el) => {
      const cs = getComputedStyle(el);
      return { bg: cs.backgroundColor, font: cs.fontFamily };
    });
    expect(style.bg).toBe('rgba(0, 0, 0, 0)');
    expect(style.font).not.toMatch(/Courier/);
    await page.locator('preconsult-overlay').getByRole('button', { name: 'Placer à droite' }).click();
    await page.close();
  });
});
