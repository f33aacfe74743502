import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openPanel, overlay, type Session } from './harness';

// A page no reader understands (labels invented by its software): the user teaches Préconsult
// where the identity is, sees what it will read, saves; after a reload the patient is read.
let s: Session;
beforeAll(async () => { s = await launch(); });
afterAll(async () => { await s?.close(); });

describe('teach this page', () => {
  it('learns where the identity is, and reads it after a reload', async () => {
    const page = await s.newPage('/fixtures/teach/opaque.html');
    await expect.poll(() => overlay.patient(page).textContent()).toBe('Aucun patient identifié');
    await openPanel(page);
    await overlay.frame(page).getByRole('button', { name: 'Apprendre cette page' }).click();

    const bar = page.locator('preconsult-teach [data-testid="teach-text"]');
    await expect.poll(() => bar.textContent()).toContain('nom de naissance');
    await page.getByText('LEROY', { exact: true }).click();
    await expect.poll(() => bar.textContent()).toContain('prénoms');
    await page.getByText('Anne-Sophie', { exact: true }).click();
    await expect.poll(() => bar.textContent()).toContain('date de naissance');
    await page.getByText('15.06.1972', { exact: true }).click();
    await expect.poll(() => bar.textContent()).toContain('numéro de dossier');
    await page.getByText('OC-4471', { exact: true }).click();
    await expect.poll(() => bar.textContent()).toContain('champ de note');
    await page.locator('preconsult-teach').getByRole('button', { name: 'Passer' }).click(); // this page has no note field
    await expect.poll(() => bar.textContent()).toBe(
      'Préconsult lira sur ce site : nom de naissance « LEROY », prénoms « Anne-Sophie », date de naissance « 15.06.1972 », n° de dossier « OC-4471 ». Champ de note du dossier : non indiqué.',
    );
    await page.locator('preconsult-teach').getByRole('button', { name: 'Enregistrer la règle' }).click();
    await expect.poll(() => page.locator('preconsult-teach').count()).toBe(0);

    // Read at once with the new rule, and again after a reload.
    await expect.poll(() => overlay.panelPatient(page).textContent()).toContain('LEROY Anne-Sophie · 15/06/1972');
    await page.reload();
    await openPanel(page);
    await expect.poll(() => overlay.panelPatient(page).textContent()).toContain('LEROY Anne-Sophie · 15/06/1972');
    await page.close();
  });

  it('cancels with Escape and keeps nothing', async () => {
    const page = await s.newPage('/fixtures/pages/agenda.html');
    await openPanel(page);
    await overlay.frame(page).getByRole('button', { name: 'Apprendre cette page' }).click();
    await page.locator('preconsult-teach').waitFor({ state: 'attached' });
    await page.mouse.click(300, 200); // one pick, then give up
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('preconsult-teach').count()).toBe(0);
    // The overlay is back, and still reads no patient: nothing was learnt.
    await expect.poll(() => overlay.panel(page).isVisible()).toBe(true);
    await page.reload();
    await openPanel(page);
    await expect.poll(() => overlay.reason(page).textContent()).toContain('Aucun patient identifié');
    await page.close();
  });
});
