import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import puppeteer, { type Browser, type Frame, type Page } from 'puppeteer-core';
import { root } from './paths';

// Debian's Firefox ESR driven over WebDriver BiDi (puppeteer-core), with the unpacked Firefox
// build installed as a temporary add-on, in French (firefox-esr-l10n-fr). Shared by the Firefox
// flows (firefox.e2e.ts) and the corpus run (corpus-firefox.e2e.ts).
export const firefoxDir = resolve(root, '.output/firefox-mv3');
const firefoxPath = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const frenchPack = '/usr/lib/firefox-esr/browser/extensions/langpack-fr@firefox-esr.mozilla.org.xpi';
// A fixed moz-extension UUID, so that the panel's frame is known for sure to be ours.
const ADDON_ID = 'preconsult@preconsult.fr';
export const EXT_ORIGIN = 'moz-extension://5b0c3f4e-2a1d-4e8b-9c7a-6d5e4f3a2b1c';

/** A fresh Firefox profile with the extension installed; `prefs` adds to the defaults. */
export async function launchFirefox(prefs: Record<string, unknown> = {}): Promise<Browser> {
  if (!existsSync(`${firefoxDir}/manifest.json`)) throw new Error('Firefox build missing: run `npm run build:firefox`');
  if (!existsSync(frenchPack)) throw new Error('French language pack for Firefox missing: apt-get install -y firefox-esr-l10n-fr');
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath,
    headless: true,
    // A workstation's screen: at puppeteer's 800×600 the docked panel covers the record's links.
    defaultViewport: { width: 1280, height: 800 },
    extraPrefsFirefox: {
      'xpinstall.signatures.required': false,
      // The extension speaks the browser's UI language: French, as on the assistants' workstations.
      'intl.locale.requested': 'fr',
      'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: EXT_ORIGIN.slice('moz-extension://'.length) }),
      ...prefs,
    },
  });
  try {
    await browser.installExtension(firefoxDir);
  } catch (e) {
    await browser.close();
    throw e;
  }
  return browser;
}

/**
 * The panel's frame in a record page: an extension document of ours, in which `ready` matches.
 * Firefox's BiDi lists the frame but never sees it navigate (its `url()` stays `about:blank`), so
 * each frame is asked where it is; the newest first (the panel's frame is added when it opens).
 */
export async function panelFrame(page: Page, { ready = '#app > *', timeoutMs = 15_000 }: { ready?: string; timeoutMs?: number } = {}): Promise<Frame> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    for (const f of page.frames().reverse()) {
      if (f === page.mainFrame()) continue;
      const where = await f.evaluate((sel) => (document.querySelector(sel) ? location.href : ''), ready).catch(() => '');
      if (where.startsWith(`${EXT_ORIGIN}/panel.html`)) return f;
    }
    if (Date.now() > end) throw new Error(`no panel frame from ${EXT_ORIGIN} showing ${ready} in ${page.url()}`);
    await new Promise((r) => setTimeout(r, 30));
  }
}
