import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import puppeteer, { type Browser, type Frame, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoServer, type DemoServer } from '../../demo/server.mjs';
import { corpusPages, totals, type Row } from '../corpus';
import { SAMPLER, report, runPage, type Samples } from './corpus-display';
import { fixturesDir, root } from './paths';

// The corpus of real record-software layouts in Firefox ESR (WebDriver BiDi via puppeteer-core,
// as tests/e2e/firefox.e2e.ts), the Firefox build installed as a temporary add-on, French UI, one
// browser for the whole corpus. Same reading and judging as the Chromium run (corpus-display.ts);
// writes test-results/corpus-firefox.json.
const firefoxDir = resolve(root, '.output/firefox-mv3');
const firefoxPath = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

let browser: Browser;
let demo: DemoServer;
beforeAll(async () => {
  if (!existsSync(`${firefoxDir}/manifest.json`)) throw new Error('Firefox build missing: run `npm run build:firefox`');
  demo = await startDemoServer({ staticDirs: { '/fixtures/': fixturesDir } });
  browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath,
    headless: true,
    defaultViewport: { width: 1280, height: 800 },
    extraPrefsFirefox: { 'xpinstall.signatures.required': false, 'intl.locale.requested': 'fr' },
  });
  await browser.installExtension(firefoxDir);
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await demo?.close();
});

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

const pages = corpusPages();

describe('corpus of real record-software layouts in Firefox ESR', () => {
  it('names the right patient or none on every page, and follows every switch', async () => {
    const rows: Row[] = [];
    for (const p of pages) {
      let page: Page | undefined;
      rows.push(...(await runPage(p, {
        async open(start) {
          page = await browser.newPage();
          page.setDefaultTimeout(5000);
          await page.goto(`${demo.url}/fixtures${start}`, { waitUntil: 'load' });
          const host = await overlayFrame(page);
          await host.evaluate(SAMPLER);
          return { samples: () => host.evaluate(() => ({ now: performance.now(), samples: (window as unknown as { __pcSampler: Samples }).__pcSampler })) };
        },
        async step(step) {
          if ('hash' in step) await page!.evaluate((h) => { location.hash = h; }, step.hash);
          else if ('pushState' in step) await page!.evaluate((u) => { history.pushState(null, '', u); dispatchEvent(new PopStateEvent('popstate')); }, step.pushState);
          else await (await page!.waitForSelector(step.click, { visible: true }))!.click();
        },
        async close() { await page?.close(); },
      })));
    }
    report('firefox', rows);
    const t = totals(rows);
    expect(rows.filter((r) => r.verdict === 'WRONG').map((r) => `${r.page}: ${r.why}`), 'a wrong patient is worse than no patient').toEqual([]);
    expect(t.recall, `recall over ${t.records} record pages`).toBeGreaterThanOrEqual(0.95);
  }, 240_000);
});
