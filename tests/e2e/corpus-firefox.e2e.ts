import type { Browser, Frame, Page } from 'puppeteer-core';
import { afterAll, describe, expect, it } from 'vitest';
import { corpusPages, totals, RECALL_FLOOR, RECALL_TARGET } from '../corpus';
import { CORPUS_BROWSERS, SAMPLER, readAll, report, type PageRun, type Samples } from './corpus-display';
import { launchFirefox, panelFrame } from './firefox-harness';

// The corpus of real record-software layouts in Firefox ESR (WebDriver BiDi via puppeteer-core,
// firefox-harness.ts), the Firefox build installed as a temporary add-on, French UI. Same reading
// and judging as the Chromium run (corpus-display.ts: the launcher sampled through every switch,
// the panel's patient line read when it names someone), several browsers at once, one tab each;
// writes test-results/corpus-firefox.json.

const browsers: Browser[] = [];
afterAll(async () => { await Promise.all(browsers.map((b) => b.close())); });

/** The frame whose document holds the overlay (a frameset shows it in its largest frame). */
async function overlayFrame(page: Page, timeoutMs = 5000): Promise<Frame> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    for (const f of page.frames()) {
      if (await f.evaluate(() => !!document.querySelector('preconsult-overlay')).catch(() => false)) return f;
    }
    if (Date.now() > end) throw new Error('overlay not mounted');
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** A real click, or for an element puppeteer cannot click by coordinates (inside a frameset's frame), the DOM's. */
async function press(where: Frame, selector: string): Promise<void> {
  const el = (await where.waitForSelector(selector, { visible: true, timeout: 3000 }))!;
  await el.click().catch(() => el.evaluate((e) => (e as HTMLElement).click()));
}

/** A reader: its own browser, and one tab for all its pages (opening tabs is slow over BiDi). */
async function reader(): Promise<PageRun> {
  const browser = await launchFirefox();
  browsers.push(browser);
  const page = await browser.newPage();
  page.setDefaultTimeout(5000);
  let host: Frame | undefined;
  return {
    async open(url) {
      await page.goto(url, { waitUntil: 'load' });
      host = await overlayFrame(page);
      await host.evaluate(SAMPLER);
      const h = host;
      return { samples: () => h.evaluate(() => ({ now: performance.now(), samples: (window as unknown as { __pcSampler: Samples }).__pcSampler })) };
    },
    async step(step) {
      if ('hash' in step) await page.evaluate((h) => { location.hash = h; }, step.hash);
      else if ('pushState' in step) await page.evaluate((u) => { history.pushState(null, '', u); dispatchEvent(new PopStateEvent('popstate')); }, step.pushState);
      else await (await page.waitForSelector(step.click, { visible: true }))!.click();
    },
    async panelLine() {
      await press(host!, 'pierce/[data-testid="pc-launcher"]');
      const panel = await panelFrame(page, { ready: '[data-testid="pc-panel-patient"]', timeoutMs: 3000 });
      const text = await panel.$eval('[data-testid="pc-panel-patient"]', (e) => e.textContent ?? '');
      // Folded again, so that the next page and the next step start from the launcher.
      await press(host!, 'pierce/button[aria-label="Réduire"]');
      await host!.waitForSelector('pierce/[data-testid="pc-launcher"]', { visible: true, timeout: 3000 });
      return text;
    },
    async close() {},
  };
}

const pages = corpusPages();

describe('corpus of real record-software layouts in Firefox ESR', () => {
  it('names the right patient or none on every page, and follows every switch', async () => {
    const rows = await readAll(pages, CORPUS_BROWSERS, reader);
    report('firefox', rows);
    const t = totals(rows);
    expect(rows.filter((r) => r.verdict === 'WRONG').map((r) => `${r.page}: ${r.why}`), 'a wrong patient is worse than no patient').toEqual([]);
    expect(t.recall, `recall over ${t.records} record pages (target ${RECALL_TARGET})`).toBeGreaterThanOrEqual(RECALL_FLOOR);
  }, 480_000); // 108 pages: the whole corpus takes over 4 minutes on a loaded 2-core machine
});
