import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Frame, type Page, type Worker } from 'playwright-core';
import { startDemoServer, type DemoServer } from '../../demo/server.mjs';
import { chromeExtensionDir, chromiumPath, fixturesDir } from './paths';

// Real Chromium (Debian's), the unpacked build loaded as an extension, the demo served on loopback.
export interface Session {
  context: BrowserContext;
  demo: DemoServer;
  extensionId: string;
  profileDir: string;
  worker(): Promise<Worker>;
  stopServiceWorker(): Promise<void>;
  newPage(path?: string): Promise<Page>;
  close(opts?: { keepProfile?: boolean }): Promise<void>;
}

/** The demo record software with the tests' fixture pages under /fixtures/. */
export const startFixturesDemo = (): Promise<DemoServer> => startDemoServer({ staticDirs: { '/fixtures/': fixturesDir } });

export async function launch(opts: { profileDir?: string; demo?: DemoServer; lang?: string } = {}): Promise<Session> {
  const profileDir = opts.profileDir ?? mkdtempSync(join(tmpdir(), 'preconsult-e2e-'));
  const demo = opts.demo ?? (await startFixturesDemo());
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: chromiumPath,
    headless: true,
    args: [
      `--disable-extensions-except=${chromeExtensionDir}`,
      `--load-extension=${chromeExtensionDir}`,
      '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run', '--disable-quic', `--lang=${opts.lang ?? 'fr'}`,
    ],
    // The extension's language follows the browser's UI language: French unless a test asks.
    env: { ...process.env, LANGUAGE: opts.lang ?? 'fr' },
    ignoreDefaultArgs: ['--disable-extensions'],
    // Playwright's locale emulation also sets what extension pages get from i18n.getUILanguage().
    locale: opts.lang ?? 'fr-FR',
  });
  context.setDefaultTimeout(20_000); // a missing element fails the test in bounded time instead of hanging it
  const worker = async () => context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL((await worker()).url()).host;
  return {
    context, demo, extensionId, profileDir, worker,
    // Kills the MV3 service worker as the browser does when idle, and waits until it is stopped.
    // (Playwright keeps listing the dead worker, so the DevTools protocol's own status is used.)
    async stopServiceWorker() {
      const page = context.pages()[0] ?? (await context.newPage());
      const cdp = await context.newCDPSession(page);
      const ours = (v: { scriptURL: string }) => v.scriptURL.startsWith(`chrome-extension://${extensionId}/`);
      const stopped = new Promise<void>((resolve) => {
        cdp.on('ServiceWorker.workerVersionUpdated', (e) => {
          const mine = e.versions.filter(ours);
          if (mine.length && mine.every((v) => v.runningStatus === 'stopped')) resolve();
        });
      });
      await cdp.send('ServiceWorker.enable');
      await cdp.send('ServiceWorker.stopAllWorkers');
      await stopped;
      await cdp.detach();
    },
    async newPage(path = '/') {
      const page = await context.newPage();
      await page.goto(demo.url + path, { waitUntil: 'domcontentloaded' });
      return page;
    },
    async close({ keepProfile = false } = {}) {
      await context.close();
      if (!opts.demo) await demo.close();
      if (!keepProfile) rmSync(profileDir, { recursive: true, force: true });
    },
  };
}

/**
 * The launcher lives in an open shadow root (Playwright's CSS locators pierce it); the panel is an
 * extension page in an iframe inside it.
 */
/** Where the overlay lives: the page, or for a frameset page the frame that holds it. */
type Host = Page | Frame;
const frame = (p: Host) => p.frameLocator('preconsult-overlay [data-testid="pc-frame"]');
export const overlay = {
  launcher: (p: Host) => p.locator('preconsult-overlay [data-testid="pc-launcher"]'),
  patient: (p: Host) => p.locator('preconsult-overlay [data-testid="pc-patient"]'),
  status: (p: Host) => p.locator('preconsult-overlay [data-testid="pc-status"]'),
  panel: (p: Host) => p.locator('preconsult-overlay [data-testid="pc-panel"]'),
  frame,
  panelPatient: (p: Host) => frame(p).locator('[data-testid="pc-panel-patient"]'),
  note: (p: Host) => frame(p).locator('[data-testid="pc-note"]'),
  save: (p: Host) => frame(p).locator('[data-testid="pc-save"]'),
  reason: (p: Host) => frame(p).locator('[data-testid="pc-reason"]'),
  noteList: (p: Host) => frame(p).locator('[data-testid="pc-note-list"] li'),
};

/**
 * Opens the panel if it is collapsed, on the Notes tab when a patient is shown (the panel opens on
 * Pré-consultation; most tests write notes).
 */
export async function openPanel(p: Host, { notes = true }: { notes?: boolean } = {}): Promise<void> {
  // The overlay mounts after the page loads, collapsed or open as the user last left it.
  await p.locator('preconsult-overlay :is([data-testid="pc-launcher"], [data-testid="pc-panel"])').first().waitFor();
  if (!(await overlay.panel(p).isVisible())) {
    await overlay.launcher(p).click();
    await overlay.panel(p).waitFor();
  }
  await overlay.frame(p).locator('#app > *').first().waitFor();
  if (notes) await showNotes(overlay.frame(p));
}

/** In a workspace page or frame showing a patient, picks the Notes tab; otherwise leaves it. */
export async function showNotes(w: Pick<Page, 'locator'> | ReturnType<typeof frame>): Promise<void> {
  // A patient's tabs, or a screen without them (no patient, identity doubt, lock, error).
  await w.locator('[role="tab"], [data-testid="pc-reason"], [data-testid="pc-lock"]').first().waitFor();
  const notes = w.locator('[role="tab"]#pc-tab-notes');
  // A screen without tabs may be passing (the lock's state or the reading still on the way, on a
  // loaded machine): the patient's tabs, if they come, come just after; else the screen stays.
  if (!(await notes.count())) await notes.waitFor({ timeout: 3_000 }).catch(() => undefined);
  if (await notes.count()) await selectTab(w, 'notes');
}

/**
 * Clicks one of the panel's tabs until the tab says it is selected. The overlay's panel is an
 * out-of-process frame: just created, it can show its tabs before Chromium routes the mouse to it,
 * and the click then lands on the host page's <iframe> element and is lost without an error (seen
 * in lock.e2e's reload with the panel left open: the record page got the click, the panel nothing,
 * and the panel stayed on Pré-consultation). The tab's aria-selected is the proof the click
 * arrived; clicking a selected tab again changes nothing.
 */
export async function selectTab(w: Pick<Page, 'locator'> | ReturnType<typeof frame>, id: string, tries = 10): Promise<void> {
  const tab = w.locator(`[role="tab"]#pc-tab-${id}`);
  const selected = w.locator(`[role="tab"]#pc-tab-${id}[aria-selected="true"]`);
  for (let i = 1; !(await selected.count()); i++) {
    await tab.click();
    try {
      await selected.waitFor({ timeout: 2_000 });
    } catch (e) {
      if (i >= tries) throw e;
    }
  }
}

/** Navigates inside the SPA (no page load), as a user clicking a link would. */
export async function spaGo(p: Page, path: string): Promise<void> {
  await p.evaluate((to) => {
    history.pushState(null, '', to);
    dispatchEvent(new Event('md:navigate'));
  }, path);
}

/** The page or frame where the overlay was mounted (framesets show it in their largest frame). */
export async function overlayHost(page: Page, timeoutMs = 5000): Promise<Host> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    for (const f of page.frames()) if ((await f.locator('preconsult-overlay').count()) > 0) return f === page.mainFrame() ? page : f;
    if (Date.now() > end) throw new Error('overlay not mounted');
    await new Promise((r) => setTimeout(r, 50));
  }
}

/**
 * Waits until the background has registered the record script (done at install). A page opened
 * while that is still under way can get the script twice (registration + injection into open
 * tabs) and briefly show two overlays.
 */
export async function whenRegistered(s: Session, timeoutMs = 10_000): Promise<void> {
  const worker = await s.worker();
  const end = Date.now() + timeoutMs;
  const count = () => worker.evaluate(async () =>
    (await (globalThis as unknown as { chrome: { scripting: { getRegisteredContentScripts(): Promise<unknown[]> } } }).chrome.scripting.getRegisteredContentScripts()).length);
  while ((await count()) === 0) {
    if (Date.now() > end) throw new Error('record script never registered');
    await new Promise((r) => setTimeout(r, 50));
  }
}
