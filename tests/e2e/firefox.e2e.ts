import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { startDemoServer, type DemoServer } from '../../demo/server.mjs';
import { root } from './paths';

// Debian's Firefox ESR (WebDriver BiDi via puppeteer-core) with the unpacked Firefox build
// installed as a temporary add-on: the record script is registered, reads the patient, follows an
// SPA switch, and frames the panel page. (BiDi does not expose extension frames to the driver, so
// the flows inside the panel are covered in Chromium only for now.)
const firefoxDir = resolve(root, '.output/firefox-mv3');
const firefoxPath = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

let browser: Browser;
let demo: DemoServer;
beforeAll(async () => {
  if (!existsSync(`${firefoxDir}/manifest.json`)) throw new Error('Firefox build missing: run `npm run build:firefox`');
  demo = await startDemoServer();
  browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath,
    headless: true,
    extraPrefsFirefox: { 'xpinstall.signatures.required': false },
  });
  await browser.installExtension(firefoxDir);
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await demo?.close();
});

/** Text of an element inside the overlay's open shadow root (puppeteer's pierce/ selectors). */
async function overlayText(page: Page, testid: string): Promise<string> {
  const el = await page.waitForSelector(`pierce/[data-testid="${testid}"]`, { timeout: 15_000 });
  return (await el!.evaluate((e) => e.textContent)) ?? '';
}

describe('Firefox ESR', () => {
  it('reads the patient, follows an SPA switch and frames the panel page', async () => {
    const page = await browser.newPage();
    await page.goto(`${demo.url}/patients/P0006`);
    await expect.poll(() => overlayText(page, 'pc-patient'), { timeout: 15_000 }).toContain('GIRARD Marie-Hélène');

    await page.evaluate(() => {
      history.pushState(null, '', '/patients/P0009');
      dispatchEvent(new Event('md:navigate'));
    });
    await expect.poll(() => overlayText(page, 'pc-patient'), { timeout: 15_000 }).toContain('CASANOVA Jean-Baptiste');

    const launcher = await page.waitForSelector('pierce/[data-testid="pc-launcher"]');
    await launcher!.click();
    await page.waitForSelector('pierce/[data-testid="pc-frame"]');
    // The panel page loaded: a moz-extension document the host page cannot read.
    const access = () =>
      page.evaluate(() => {
        const frame = document.querySelector('preconsult-overlay')!.shadowRoot!.querySelector('iframe')!;
        try {
          return frame.contentWindow!.location.href; // still about:blank: not loaded
        } catch {
          return 'cross-origin';
        }
      });
    await expect.poll(access, { timeout: 15_000 }).toBe('cross-origin');
    await page.close();
  }, 60_000);
});
