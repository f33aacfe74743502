// Store screenshots (1280×800) and the 440×280 promotional tile, made from the demo so they stay
// true as the screens change: builds the extension and the demo, serves MédiDémo (synthetic
// patients), opens Debian's Chromium headless with the extension (as tests/e2e/harness.ts does),
// in French, and writes store/assets/*.png. Run: node scripts/store-assets.mjs [--no-build]
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { chromium } from 'playwright-core';
import { startDemoServer } from '../demo/server.mjs';

const root = join(dirname(new URL(import.meta.url).pathname), '..');
const out = join(root, 'store/assets');
const extension = join(root, '.output/chrome-mv3');
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

if (!process.argv.includes('--no-build')) execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });

const demo = await startDemoServer();
const profile = mkdtempSync(join(tmpdir(), 'preconsult-assets-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: chromiumPath,
  headless: true,
  viewport: { width: 1280, height: 800 },
  deviceScaleFactor: 1,
  locale: 'fr-FR',
  env: { ...process.env, LANGUAGE: 'fr' },
  ignoreDefaultArgs: ['--disable-extensions'],
  args: [`--disable-extensions-except=${extension}`, `--load-extension=${extension}`, '--no-sandbox', '--disable-gpu',
    '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--lang=fr', '--hide-scrollbars'],
});
context.setDefaultTimeout(20_000);
try {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  // The record script is registered at install: wait for it before opening the demo.
  for (let i = 0; i < 200 && (await worker.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).length)) === 0; i++) {
    await new Promise((r) => setTimeout(r, 50));
  }
  const shot = (page, name) => page.screenshot({ path: join(out, name) }).then(() => console.log(`store/assets/${name}`));
  const frameOf = (page) => page.frameLocator('preconsult-overlay [data-testid="pc-frame"]');

  const page = await context.newPage();
  await page.goto(`${demo.url}/patients/P0006`);
  await page.locator('preconsult-overlay [data-testid="pc-launcher"]').waitFor();
  await page.waitForFunction(() => !/Recherche/.test(document.querySelector('preconsult-overlay')?.shadowRoot?.textContent ?? ''));
  await shot(page, 'screenshot-1-launcher.png');

  await page.locator('preconsult-overlay [data-testid="pc-launcher"]').click();
  const f = frameOf(page);
  await f.getByTestId('pc-panel-patient').waitFor();
  await f.getByTestId('ik-start').click();
  await f.locator('[data-testid="ik-finished"], form, [data-testid^="ik-item"]').first().waitFor();
  await page.waitForTimeout(300); // let the panel's layout settle before the picture (no assertion rides on it)
  await shot(page, 'screenshot-2-preconsultation.png');

  await f.getByRole('tab', { name: 'Administratif' }).click();
  await f.getByRole('button', { name: 'Lire le dossier affiché' }).click();
  await f.getByRole('button', { name: 'Tout accepter' }).click();
  await f.getByText('Enregistré', { exact: true }).first().waitFor();
  await shot(page, 'screenshot-3-administratif.png');

  await f.getByRole('tab', { name: 'Notes' }).click();
  await f.getByTestId('pc-note').fill('Vient pour le renouvellement de son traitement. Apporte les résultats de la prise de sang de mars. Souhaite parler du rappel de vaccin.');
  await f.getByText('Enregistré').waitFor();
  await shot(page, 'screenshot-4-notes.png');

  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.getByRole('heading', { level: 2 }).first().waitFor();
  await options.locator('[data-testid="op-template-row"]').first().waitFor();
  await shot(options, 'screenshot-5-parametres.png');

  // The promotional tile: an HTML page of its own, photographed at 440×280.
  const icon = readFileSync(join(root, 'public/icon/128.png')).toString('base64');
  const tile = await context.newPage();
  await tile.setViewportSize({ width: 440, height: 280 });
  await tile.setContent(`<!doctype html><html lang="fr"><body style="margin:0;width:440px;height:280px;display:flex;align-items:center;gap:22px;padding:0 30px;box-sizing:border-box;background:linear-gradient(135deg,#1a5fb4,#0b3d7a);color:#fff;font-family:system-ui,sans-serif">
    <img src="data:image/png;base64,${icon}" width="104" height="104" alt="" style="background:#fff;border-radius:22px;padding:8px">
    <div><div style="font-size:34px;font-weight:700">Préconsult</div>
    <div style="font-size:17px;line-height:1.35;margin-top:8px">Pré-consultation, administratif et notes des assistants médicaux</div>
    <div style="font-size:13px;margin-top:10px;opacity:.9">Aucune donnée ne quitte le poste</div></div></body></html>`);
  await shot(tile, 'promo-440x280.png');
} finally {
  await context.close();
  await demo.close();
  rmSync(profile, { recursive: true, force: true });
}
