import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { launch, openPanel, overlay, whenRegistered, type Session } from './harness';
import { countActions } from './action-counter';

// Teaching a page Préconsult does not read, as a user does it, every click counted from the
// moment the launcher says « Aucun patient identifié »: at most 5 (issue 12), on the demo's
// teach page and on corpus pages the reader still refuses (identity only in search inputs, an
// edit form beside other people, a birth date only in a JSON dump inside a frame). The taught
// rule then reads the page, after a reload, and follows a patient switch on an SPA page.
let s: Session;
beforeAll(async () => {
  s = await launch();
  await whenRegistered(s);
}, 60_000);
afterAll(async () => { await s?.close(); });

const bar = (page: Page) => page.locator('preconsult-teach [data-testid="teach-text"]');
const preview = (page: Page) => page.locator('preconsult-teach [data-testid="teach-preview"]');
const teachButton = (page: Page, name: string) => page.locator('preconsult-teach').getByRole('button', { name, exact: true });

/** From the launcher's « Aucun patient identifié » (or « Identité à vérifier ») to the saved rule; returns the clicks made. */
async function teach(page: Page, picks: Locator[], expected: string): Promise<number> {
  const user = countActions(page);
  // (Which of the two depends on the rule the previous test left for this site: the reader sees other people beside her on Frappe.)
  await expect.poll(() => overlay.patient(page).textContent()).toMatch(/^(?:Aucun patient identifié|Identité à vérifier)$/);
  await user.click(page.locator('preconsult-overlay').getByRole('button', { name: 'Montrer le patient à Préconsult' }));
  await bar(page).waitFor();
  for (const p of picks) await user.click(p);
  // What this page will read, shown before saving.
  await expect.poll(() => preview(page).textContent()).toBe(`Préconsult lira sur cette page\u00a0: ${expected}`);
  await user.click(teachButton(page, 'Enregistrer'));
  await expect.poll(() => page.locator('preconsult-teach').count()).toBe(0);
  return user.detail.clicks;
}

/** The panel's open state is remembered for the next pages: folded again, so that they start on the launcher. */
async function fold(page: Page): Promise<void> {
  await page.locator('preconsult-overlay').getByRole('button', { name: 'Réduire' }).click();
  await overlay.launcher(page).waitFor();
}

const clicks: Record<string, number> = {};
afterAll(() => { console.log('Clicks to teach, from « Aucun patient identifié » to the saved rule:', clicks); });

describe('teach this page in at most 5 clicks', () => {
  it('the demo teach page: name, first names, birth date in three elements', async () => {
    const page = await s.newPage('/fixtures/teach/opaque.html');
    clicks.opaque = await teach(page, [
      page.getByText('LEROY', { exact: true }), page.getByText('Anne-Sophie', { exact: true }), page.getByText('15.06.1972', { exact: true }),
    ], 'LEROY Anne-Sophie · 15/06/1972');
    expect(clicks.opaque).toBeLessThanOrEqual(5);
    // Read at once with the new rule, and again after a reload.
    await expect.poll(() => overlay.patient(page).textContent()).toBe('LEROY Anne-Sophie · 15/06/1972');
    await page.reload();
    await openPanel(page);
    await expect.poll(() => overlay.panelPatient(page).textContent()).toContain('LEROY Anne-Sophie · 15/06/1972');
    await fold(page);
    await page.close();
  });

  it('OpenClinic GA: the identity only in the search form’s inputs', async () => {
    const page = await s.newPage('/fixtures/corpus/openclinicga-dossier.html');
    clicks.openclinic = await teach(page, [page.locator('#ac2'), page.locator('#ac1'), page.locator('input[name="findDateOfBirth"]')], 'MUKAMANA Claudine · 08/05/1961');
    expect(clicks.openclinic).toBeLessThanOrEqual(5);
    await expect.poll(() => overlay.patient(page).textContent()).toBe('MUKAMANA Claudine · 08/05/1961');
    await page.close();
  });

  it('SMART launcher: the name in the EHR banner (one click, split), the birth date only in the app frame’s JSON', async () => {
    const page = await s.newPage('/fixtures/corpus/smart-launcher-ehr.html?app=%2Fsample-app&launch=eyJhIjoiMSJ9');
    const json = page.frameLocator('#frame').getByText('"1987-05-23"', { exact: true });
    await json.waitFor();
    await page.locator('#ehr-patient b', { hasText: 'Amara' }).waitFor();
    clicks.smart = await teach(page, [page.locator('#ehr-patient b', { hasText: 'Amara' }), json], 'Eze Amara Nkechi · 23/05/1987 · Féminin');
    expect(clicks.smart).toBeLessThanOrEqual(5);
    await page.reload();
    await expect.poll(() => overlay.patient(page).textContent(), { timeout: 10_000 }).toBe('Eze Amara Nkechi · 23/05/1987 · Féminin');
    await page.close();
  });

  it('Frappe Health: the full name in the title (split), birth date and sex in the form; then the rule follows the SPA’s switches, never the previous patient', async () => {
    const page = await s.newPage('/fixtures/corpus/frappe-health-patient.html');
    await page.locator('#title-text', { hasText: 'Fontaine' }).waitFor();
    clicks.frappe = await teach(page, [
      page.locator('#title-text'), page.locator('input[data-fieldname="dob"]'), page.locator('input[data-fieldname="sex"]'),
    ], 'Fontaine Élodie Marie · 14/02/1986 · Féminin');
    expect(clicks.frappe).toBeLessThanOrEqual(5);
    await expect.poll(() => overlay.patient(page).textContent()).toBe('Fontaine Élodie Marie · 14/02/1986 · Féminin');

    // Every launcher text, beside the name the page shows at that moment.
    await page.evaluate(() => {
      const seen: string[][] = [];
      (window as unknown as { __seen: string[][] }).__seen = seen;
      const tick = () => {
        const label = document.querySelector('preconsult-overlay')?.shadowRoot?.querySelector('[data-testid="pc-patient"]')?.textContent ?? '';
        seen.push([document.getElementById('title-text')?.textContent ?? '', label]);
        requestAnimationFrame(tick);
      };
      tick();
    });
    await page.locator('#next-doc').click();
    await expect.poll(() => overlay.patient(page).textContent()).toBe('Petitjean Julien · 30/08/1979 · Masculin');
    await page.locator('#prev-doc').click();
    await expect.poll(() => overlay.patient(page).textContent()).toBe('Fontaine Élodie Marie · 14/02/1986 · Féminin');
    const seen = await page.evaluate(() => (window as unknown as { __seen: string[][] }).__seen);
    // The overlay follows the page a frame or so later; once it names the patient the page shows,
    // it never names the previous one again (nor anyone else) while the page shows this one.
    const family = (text: string) => (text.includes('Fontaine') ? 'Fontaine' : text.includes('Petitjean') ? 'Petitjean' : '');
    const wrong: string[][] = [];
    let caughtUp = false;
    seen.forEach(([shown, label], i) => {
      if (i > 0 && family(shown!) !== family(seen[i - 1]![0]!)) caughtUp = false;
      if (family(label!) === family(shown!)) caughtUp = true;
      else if ((caughtUp || !family(label!)) && label!.includes('·')) wrong.push([shown!, label!]); // a third patient: wrong at any time
    });
    expect(wrong, 'the launcher named another patient than the page shows, after it had followed it').toEqual([]);
    expect(seen.some(([, label]) => label!.startsWith('Petitjean'))).toBe(true);
    await page.close();
  });
});

describe('teach refuses and cancels', () => {
  it('refuses a rule that would read several patients, in French, and saves nothing', async () => {
    const page = await s.newPage('/fixtures/teach/two-patients.html');
    await page.locator('preconsult-overlay').getByRole('button', { name: 'Montrer le patient à Préconsult' }).click();
    await bar(page).waitFor();
    for (const text of ['MARTIN', 'Paul', '03/04/1950']) await page.getByText(text, { exact: true }).click();
    await expect.poll(() => preview(page).textContent()).toContain('plusieurs patients');
    await expect.poll(() => teachButton(page, 'Enregistrer').isDisabled()).toBe(true);
    await page.keyboard.press('Enter'); // Entrée does not save it either
    await expect.poll(() => bar(page).textContent()).toContain('plusieurs patients');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('preconsult-teach').count()).toBe(0);
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
    await fold(page);
    await page.close();
  });

  it('ignores clicks and keys the page’s script makes up', async () => {
    const page = await s.newPage('/fixtures/teach/opaque.html');
    await page.locator('preconsult-overlay').getByRole('button', { name: 'Montrer le patient à Préconsult' }).click();
    await bar(page).waitFor();
    // The page's own script "clicks" the identity and presses Entrée: nothing is picked or saved.
    await page.evaluate(() => {
      for (const t of ['LEROY', 'Anne-Sophie', '15.06.1972']) [...document.querySelectorAll('span')].find((e) => e.textContent === t)!.click();
      document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    });
    await page.getByText('LEROY', { exact: true }).click(); // the user's own click is taken
    await expect.poll(() => page.locator('preconsult-teach [data-slot="birthName"]').textContent()).toContain('LEROY');
    await expect.poll(() => page.locator('preconsult-teach [data-slot="firstNames"]').textContent()).toContain('à montrer');
    await page.keyboard.press('Escape');
    await page.close();
  });
});
