import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import type { DemoServer } from '../../demo/server.mjs';
import { corpusPages, totals, RECALL_FLOOR, RECALL_TARGET } from '../corpus';
import { CORPUS_BROWSERS, SAMPLER, readAll, report, type PageRun, type Samples } from './corpus-display';
import { launch, overlay, overlayHost, startFixturesDemo, whenRegistered, type Session } from './harness';

// The corpus of real record-software layouts (tests/fixtures/corpus) in real Chromium with the
// built extension: each page opened, the launcher read as a person would (what it names,
// sampled continuously through each SPA switch; when it names someone, the panel's patient line
// too, which holds every first name), judged against the expected identity. Several browsers read
// pages at once (corpus-display.ts: CORPUS_BROWSERS), each page in its reader's one tab. Prints
// the table, writes test-results/corpus-chromium.json. Firefox ESR: tests/e2e/corpus-firefox.e2e.ts.

let demo: DemoServer;
const sessions: Session[] = [];
beforeAll(async () => { demo = await startFixturesDemo(); });
afterAll(async () => {
  await Promise.all(sessions.map((s) => s.close()));
  await demo?.close();
});

/** A reader: its own browser, and one tab for all its pages (each page is a new document in it). */
async function reader(): Promise<PageRun> {
  const s = await launch({ demo });
  sessions.push(s);
  await whenRegistered(s);
  const page: Page = await s.context.newPage();
  let host: Page | Frame | undefined;
  return {
    async open(url) {
      await page.goto(url, { waitUntil: 'load' });
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
  };
}

const pages = corpusPages();

describe('corpus of real record-software layouts in Chromium', () => {
  it('names the right patient or none on every page, and follows every switch', async () => {
    const rows = await readAll(pages, CORPUS_BROWSERS, reader);
    report('chromium', rows);
    const t = totals(rows);
    expect(rows.filter((r) => r.verdict === 'WRONG').map((r) => `${r.page}: ${r.why}`), 'a wrong patient is worse than no patient').toEqual([]);
    expect(t.recall, `recall over ${t.records} record pages (target ${RECALL_TARGET})`).toBeGreaterThanOrEqual(RECALL_FLOOR);
  }, 480_000); // 108 pages: the whole corpus takes over 4 minutes on a loaded 2-core machine
});
