import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, overlay, overlayHost, type Session } from './harness';

// The generic reader on pages that change, in real Chromium: the busy page of the benchmark (a
// 200-row list rebuilt every 100 ms) switching patient, a second patient appearing, and a
// frameset whose main frame loads another record (the script starts before frames are loaded).
let s: Session;
beforeAll(async () => { s = await launch(); });
afterAll(async () => { await s?.close(); });

describe('generic watch in Chromium', () => {
  it('busy page: a patient switch in the banner is seen quickly, a second patient makes it ambiguous', async () => {
    const page = await s.newPage('/fixtures/bench/busy-record.html');
    await expect.poll(() => overlay.patient(page).textContent(), { timeout: 5000 }).toBe('DURAND Claire · 12/03/1975 · Féminin');
    // Watched in the page: banner changed → overlay label, never another patient in between. (Not
    // timed here: the latency is measured by `npm run bench`; a busy machine would flake.)
    const r = await page.evaluate(async () => {
      const root = document.querySelector('preconsult-overlay')!.shadowRoot!;
      const shown = () => root.querySelector('[data-testid="pc-patient"]')?.textContent ?? '';
      const seen = new Set<string>();
      const mo = new MutationObserver(() => seen.add(shown()));
      mo.observe(root, { subtree: true, childList: true, characterData: true });
      document.querySelector('[data-bench-patient]')!.textContent = 'M. MARTIN Paul — né le 02/05/1961';
      const t0 = performance.now();
      while (shown() !== 'MARTIN Paul · 02/05/1961 · Masculin' && performance.now() - t0 < 15_000) await new Promise((res) => setTimeout(res, 2));
      mo.disconnect();
      return { seen: [...seen], last: shown() };
    });
    expect(r.last).toBe('MARTIN Paul · 02/05/1961 · Masculin');
    expect(r.seen.filter((x) => x && !x.startsWith('MARTIN'))).toEqual([]);
    // Another patient's identity, with its birth date only in a data attribute, next to the list.
    await page.evaluate(() => document.body.insertAdjacentHTML('beforeend',
      '<section><p>Nom : BERNARD</p><p>Prénom : Lucie</p><p data-birthdate="1990-07-14">35 ans</p></section>'));
    await expect.poll(() => overlay.patient(page).textContent(), { timeout: 10_000 }).toBe('Identité à vérifier');
    await page.close();
  });

  it('busy page: a patient row appearing in the live list is refused as a list', async () => {
    const page = await s.newPage('/fixtures/bench/busy-record.html');
    await expect.poll(() => overlay.patient(page).textContent(), { timeout: 5000 }).toBe('DURAND Claire · 12/03/1975 · Féminin');
    await page.evaluate(() => {
      const ol = document.getElementById('agenda')!;
      // The page keeps rebuilding the list; each rebuild now also holds two other patients.
      new MutationObserver(() => {
        if (ol.querySelector('.extra')) return;
        ol.insertAdjacentHTML('beforeend', '<li class="extra">Mme BERNARD Lucie, née le 14/07/1990</li><li class="extra">M. PETIT Marc, né le 01/01/1950</li>');
      }).observe(ol, { childList: true });
    });
    await expect.poll(() => overlay.patient(page).textContent(), { timeout: 10_000 }).toBe('Aucun patient identifié');
    await page.close();
  });

  it('frameset: the overlay waits for the frames, then follows the main frame to another record', async () => {
    const page = await s.newPage('/fixtures/pages/frameset.html');
    const host = await overlayHost(page);
    expect(host).toBe(page.frame({ name: 'principal' }));
    await expect.poll(() => overlay.patient(host).textContent(), { timeout: 5000 }).toContain('05/11/1983');
    await page.frame({ name: 'principal' })!.goto(`${s.demo.url}/fixtures/pages/banner.html`);
    await expect.poll(async () => (await page.frame({ name: 'principal' })!.locator('preconsult-overlay').count()), { timeout: 5000 }).toBe(1);
    await expect.poll(() => overlay.patient(page.frame({ name: 'principal' })!).textContent(), { timeout: 5000 }).toContain('03/04/1948');
    // One overlay in all the frames.
    let count = 0;
    for (const f of page.frames()) count += await f.locator('preconsult-overlay').count();
    expect(count).toBe(1);
    await page.close();
  });
});
