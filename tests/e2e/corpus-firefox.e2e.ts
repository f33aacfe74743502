import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import puppeteer, { type Browser, type Frame, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoServer, type DemoServer } from '../../demo/server.mjs';
import { corpusPages, totals, type Row, RECALL_FLOOR, RECALL_TARGET } from '../corpus';
import { SAMPLER, report, runPage, type Samples } from './corpus-display';
import { fixturesDir, root } from './paths';

// The corpus of real record-software layouts in Firefox ESR (WebDriver BiDi via puppeteer-core,
// as tests/e2e/firefox.e2e.ts), the Firefox build installed as a temporary add-on, French UI, one
// browser for the whole corpus. Same reading and judging as the Chromium run (corpus-display.ts:
// the launcher sampled through every switch, the panel's patient line read when it names someone);
// writes test-results/corpus-firefox.json.
const firefoxDir = resolve(root, '.output/firefox-mv3');
const firefoxPath = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
// A fixed moz-extension UUID, so that the panel's frame is known for sure to be ours.
const ADDON_ID = 'preconsult@preconsult.fr';
const EXT_ORIGIN = 'moz-extension://6c1d4f5e-3b2a-4f9c-8d7b-7e6f5a4b3c2d';

let browser: Browser;
let demo: DemoServer;
let page: Page;
beforeAll(async () => {
  if (!existsSync(`${firefoxDir}/manifest.json`)) throw new Error('Firefox build missing: run `npm run build:firefox`');
  demo = await startDemoServer({ staticDirs: { '/fixtures/': fixturesDir } });
  browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath,
    headless: true,
    defaultViewport: { width: 1280, height: 800 },
    extraPrefsFirefox: {
      'xpinstall.signatures.required': false,
      'intl.locale.requested': 'fr',
      'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: EXT_ORIGIN.slice('moz-extension://'.length) }),
    },
  });
  await browser.installExtension(firefoxDir);
  // One tab for the whole corpus: each page is a new document in it (opening tabs is slow over BiDi).
  page = await browser.newPage();
  page.setDefaultTimeout(5000);
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

/**
 * The panel's frame: an extension document of ours, rendered (Firefox's BiDi never reports its
 * navigation, so the frame is asked where it is, as tests/e2e/firefox.e2e.ts does).
 */
async function panelFrame(page: Page, timeoutMs = 3000): Promise<Frame> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    // Newest frames first: the panel's frame is added when the panel opens.
    for (const f of page.frames().reverse()) {
      if (f === page.mainFrame()) continue;
      const where = await f.evaluate(() => (document.querySelector('[data-testid="pc-panel-patient"]') ? location.href : '')).catch(() => '');
      if (where.startsWith(`${EXT_ORIGIN}/panel.html`)) return f;
    }
    if (Date.now() > end) throw new Error('no panel showing a patient');
    await new Promise((r) => setTimeout(r, 30));
  }
}

/** A real click, or for an element puppeteer cannot click by coordinates (inside a frameset's frame), the DOM's. */
async function press(where: Frame, selector: string): Promise<void> {
  const el = (await where.waitForSelector(selector, { visible: true, timeout: 3000 }))!;
  await el.click().catch(() => el.evaluate((e) => (e as HTMLElement).click()));
}

const pages = corpusPages();

describe('corpus of real record-software layouts in Firefox ESR', () => {
  it('names the right patient or none on every page, and follows every switch', async () => {
    const rows: Row[] = [];
    for (const p of pages) {
      let host: Frame | undefined;
      rows.push(...(await runPage(p, {
        async open(start) {
          await page.goto(`${demo.url}/fixtures${start}`, { waitUntil: 'load' });
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
          const panel = await panelFrame(page);
          const text = await panel.$eval('[data-testid="pc-panel-patient"]', (e) => e.textContent ?? '');
          // Folded again, so that the next page and the next step start from the launcher.
          await press(host!, 'pierce/button[aria-label="Réduire"]');
          await host!.waitForSelector('pierce/[data-testid="pc-launcher"]', { visible: true, timeout: 3000 });
          return text;
        },
        async close() {},
      })));
    }
    report('firefox', rows);
    const t = totals(rows);
    expect(rows.filter((r) => r.verdict === 'WRONG').map((r) => `${r.page}: ${r.why}`), 'a wrong patient is worse than no patient').toEqual([]);
    expect(t.recall, `recall over ${t.records} record pages (target ${RECALL_TARGET})`).toBeGreaterThanOrEqual(RECALL_FLOOR);
  }, 480_000); // 108 pages: the whole corpus takes over 4 minutes on a loaded 2-core machine
});
