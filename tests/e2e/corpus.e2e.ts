import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { corpusPages, totals, type Row, RECALL_FLOOR, RECALL_TARGET } from '../corpus';
import { SAMPLER, report, runPage, type Samples } from './corpus-display';
import { launch, overlay, overlayHost, whenRegistered, type Session } from './harness';

// The corpus of real record-software layouts (tests/fixtures/corpus) in real Chromium with the
// built extension: each page opened in turn, the launcher read as a person would (what it names,
// sampled continuously through each SPA switch; when it names someone, the panel's patient line
// too, which holds every first name), judged against the expected identity. Prints the
// table, writes test-results/corpus-chromium.json. Firefox ESR: tests/e2e/corpus-firefox.e2e.ts.

let s: Session;
let page: Page;
beforeAll(async () => {
  s = await launch();
  await whenRegistered(s);
  // One tab for the whole corpus: each page is a new document in it.
  page = await s.context.newPage();
}, 60_000);
afterAll(async () => { await s?.close(); });

const pages = corpusPages();

describe('corpus of real record-software layouts in Chromium', () => {
  it('names the right patient or none on every page, and follows every switch', async () => {
    const rows: Row[] = [];
    for (const p of pages) {
      let host: Page | Frame | undefined;
      rows.push(...(await runPage(p, {
        async open(start) {
          await page.goto(`${s.demo.url}/fixtures${start}`, { waitUntil: 'load' });
          host = await overlayHost(page, 5000);
          await host.evaluate(SAMPLER);
          const h = host;
          return { samples: () => h.evaluate(() => ({ now: performance.now(), samples: (window as unknown as { __pcSampler: Samples }).__pcSampler })) };
        },
        async step(step) {
          if ('hash' in step) await page.evaluate((h) => { location.hash = h; }, step.hash);
          else if ('pushState' in step) await page.evaluate((u) => { history.pushState(null, '', u); dispatchEvent(new PopStateEvent('popstate')); }, step.pushState);
          else await page.locator(step.click).first().click({ timeout: 5000 });
        },
        async panelLine() {
          await overlay.launcher(host!).click({ timeout: 3000 });
          const line = overlay.panelPatient(host!);
          await line.waitFor({ timeout: 3000 });
          const text = (await line.textContent()) ?? '';
          // Folded again, so that the next page and the next step start from the launcher.
          await host!.locator('preconsult-overlay').getByRole('button', { name: 'Réduire' }).click({ timeout: 3000 });
          return text;
        },
        async close() {},
      })));
    }
    report('chromium', rows);
    const t = totals(rows);
    expect(rows.filter((r) => r.verdict === 'WRONG').map((r) => `${r.page}: ${r.why}`), 'a wrong patient is worse than no patient').toEqual([]);
    expect(t.recall, `recall over ${t.records} record pages (target ${RECALL_TARGET})`).toBeGreaterThanOrEqual(RECALL_FLOOR);
  }, 480_000); // 108 pages: the whole corpus takes over 4 minutes on a loaded 2-core machine
});
