#!/usr/bin/env node
// `npm run bench`: what Préconsult costs the host page, measured in real Chromium against the demo
// and a busy record page, each figure with and without the extension in the same run, repeated.
// Needs `npm run build` first. Writes bench-results/latest.json; BENCHMARKS.md summarises a run.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, freemem, loadavg, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { startDemoServer } from '../demo/server.mjs';
import { patients } from '../demo/src/patients.ts'; // run through vite-node (see package.json)

const root = resolve(import.meta.dirname, '..');
// BENCH_EXT: another build to measure (e.g. a copy of the previous commit's, for before/after in one minute).
const builtDir = process.env.BENCH_EXT ? resolve(process.env.BENCH_EXT) : join(root, '.output/chrome-mv3');
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const WINDOW_MS = 5000; // main-thread window on the busy page
// BENCH_STORAGE=0 skips the storage-at-scale part (a minute or more), for page figures only.
const STORAGE = process.env.BENCH_STORAGE !== '0';
if (!existsSync(join(builtDir, 'manifest.json')) || !existsSync(join(root, 'demo/dist/index.html'))) {
  console.error('Build first: npm run build');
  process.exit(1);
}
// A snapshot of the build: a rebuild during the run must not reload the extension under measure.
const extDir = mkdtempSync(join(tmpdir(), 'preconsult-bench-ext-'));
cpSync(builtDir, extDir, { recursive: true });
process.on('exit', () => rmSync(extDir, { recursive: true, force: true }));

const stats = (xs) => {
  const s = [...xs].filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (!s.length) return null;
  const r = (x) => Math.round(x * 100) / 100;
  return { n: s.length, min: r(s[0]), median: r(s[s.length >> 1]), max: r(s.at(-1)) };
};

async function launch(withExtension) {
  const profileDir = mkdtempSync(join(tmpdir(), 'preconsult-bench-'));
  const args = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
    '--disable-sync', '--no-first-run', '--disable-quic', '--lang=fr'];
  if (withExtension) args.push(`--disable-extensions-except=${extDir}`, `--load-extension=${extDir}`);
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: chromiumPath, headless: true, args, locale: 'fr-FR',
    env: { ...process.env, LANGUAGE: 'fr' },
    ...(withExtension ? { ignoreDefaultArgs: ['--disable-extensions'] } : {}),
  });
  context.setDefaultTimeout(15_000);
  let worker;
  if (withExtension) worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return { context, worker, close: async () => { await context.close(); rmSync(profileDir, { recursive: true, force: true }); } };
}

// Installed before any page script: timestamps (page clock) of when the page shows its patient and
// when the overlay's open shadow root names that patient (`name`: their birth name; any other label,
// « Identité à vérifier » for instance, does not count), and every long task.
function probe({ patientSelector, name }) {
  const w = window;
  w.__bench = { shownAt: null, overlayAt: null, overlayText: '', longTasks: [] };
  const label = () => document.querySelector('preconsult-overlay')?.shadowRoot?.querySelector('[data-testid="pc-patient"]')?.textContent ?? '';
  const watched = new WeakSet();
  const check = () => {
    if (w.__bench.shownAt === null && document.querySelector(patientSelector)) w.__bench.shownAt = performance.now();
    const host = document.querySelector('preconsult-overlay');
    if (host?.shadowRoot && !watched.has(host.shadowRoot)) {
      watched.add(host.shadowRoot);
      new MutationObserver(check).observe(host.shadowRoot, { subtree: true, childList: true, characterData: true });
    }
    const text = label();
    if (w.__bench.overlayAt === null && text && text !== w.__bench.overlayText && (name ? text.includes(name) : !/^Aucun|^Recherche/.test(text))) {
      w.__bench.overlayAt = performance.now();
      w.__bench.overlayText = text;
    }
  };
  new MutationObserver(check).observe(document, { subtree: true, childList: true, characterData: true });
  try {
    new PerformanceObserver((l) => { for (const e of l.getEntries()) w.__bench.longTasks.push(e.duration); }).observe({ type: 'longtask', buffered: true });
  } catch { /* no long-task API: counted as none */ }
}

async function newProbedPage(context, patientSelector, name) {
  const page = await context.newPage();
  await page.addInitScript(probe, { patientSelector, name });
  return page;
}

/** Page load → patient shown by the page → overlay label shown, in the page's clock. */
async function loadToOverlay(context, url, patientSelector, name, withExtension) {
  const page = await newProbedPage(context, patientSelector, name);
  await page.goto(url, { waitUntil: 'load' });
  if (withExtension) await page.waitForFunction(() => window.__bench.overlayAt !== null, null, { timeout: 10_000 });
  else await page.waitForFunction(() => window.__bench.shownAt !== null);
  const r = await page.evaluate(() => ({ ...window.__bench, load: performance.getEntriesByType('navigation')[0].loadEventEnd }));
  await page.close();
  // Page clock: 0 is the navigation's start, so `shown` and `overlay` are also from navigation.
  return { load: r.load, shown: r.shownAt, overlay: r.overlayAt ?? NaN, overlayAfterShown: r.overlayAt === null ? NaN : r.overlayAt - r.shownAt };
}

/** SPA patient switches: time to the page's own banner, and to the overlay's new label. */
async function spaSwitches(context, demoUrl, patients, withExtension, count = 40) {
  const page = await newProbedPage(context, '[data-md-patient-id]', patients[0].birthName);
  await page.goto(`${demoUrl}/patients/${patients[0].id}`, { waitUntil: 'load' });
  if (withExtension) await page.waitForFunction(() => window.__bench.overlayAt !== null, null, { timeout: 10_000 });
  const plan = Array.from({ length: count }, (_, i) => patients[(i * 5 + 1) % patients.length]).map((p) => ({
    // The launcher shows the whole identity (birth name first, every first name, date, sex): the
    // birth name and the birth date say which patient it is.
    id: p.id, name: `${p.birthName} ${p.firstNames}`, date: p.birthDate.split('-').reverse().join('/'),
  }));
  const r = await page.evaluate(async ({ plan, withExtension }) => {
    const root = document.querySelector('preconsult-overlay')?.shadowRoot;
    const shown = () => root?.querySelector('[data-testid="pc-patient"]')?.textContent ?? '';
    const showing = (step) => shown().startsWith(step.name) && shown().includes(step.date);
    const page = [], overlay = [];
    for (const step of plan) {
      if (withExtension && showing(step)) continue; // same patient twice: nothing to switch
      const t0 = performance.now();
      let tPage = NaN, tOverlay = NaN;
      await new Promise((resolve) => {
        const done = () => {
          if (Number.isNaN(tPage) && document.querySelector(`[data-md-patient-id="${step.id}"]`)) tPage = performance.now() - t0;
          if (withExtension && Number.isNaN(tOverlay) && showing(step)) tOverlay = performance.now() - t0;
          if (!Number.isNaN(tPage) && (!withExtension || !Number.isNaN(tOverlay))) { mo.disconnect(); clearTimeout(to); resolve(); }
        };
        const mo = new MutationObserver(done);
        mo.observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
        if (root) mo.observe(root, { subtree: true, childList: true, characterData: true });
        const to = setTimeout(() => { mo.disconnect(); resolve(); }, 3000);
        history.pushState(null, '', `/patients/${step.id}`);
        dispatchEvent(new Event('md:navigate'));
        done();
      });
      page.push(tPage);
      overlay.push(tOverlay);
      await new Promise((r) => setTimeout(r, 20));
    }
    return { page, overlay };
  }, { plan, withExtension });
  await page.close();
  return r;
}

/** Main-thread time of the busy page over a fixed window (DevTools performance metrics), long tasks. */
async function busyMainThread(context, url, withExtension) {
  const page = await newProbedPage(context, '[data-bench-patient]', 'DURAND');
  await page.goto(url, { waitUntil: 'load' });
  if (withExtension) await page.waitForFunction(() => window.__bench.overlayAt !== null, null, { timeout: 10_000 });
  await page.waitForTimeout(1000); // past start-up: measure the steady state
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const metrics = async () => Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
  await page.evaluate(() => { window.__bench.longTasks = []; });
  const a = await metrics();
  await page.waitForTimeout(WINDOW_MS);
  const b = await metrics();
  const longTasks = await page.evaluate(() => window.__bench.longTasks);
  const heap = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  await page.close();
  const secs = b.Timestamp - a.Timestamp;
  return {
    scriptMsPerS: ((b.ScriptDuration - a.ScriptDuration) * 1000) / secs,
    taskMsPerS: ((b.TaskDuration - a.TaskDuration) * 1000) / secs,
    // CPU time of the page's main thread: unlike task durations, time spent waiting for a core
    // (a shared, loaded machine) is not in it.
    threadCpuMsPerS: ((b.ThreadTime - a.ThreadTime) * 1000) / secs,
    longTasks: longTasks.length, longTaskMs: longTasks.reduce((x, y) => x + y, 0),
    pageHeapMB: heap.usedSize / 1048576,
  };
}

/** JS heap of the extension's service worker, through the DevTools protocol (Playwright has no worker session). */
async function serviceWorkerHeapMB(cdp) {
  const { targetInfos } = await cdp.send('Target.getTargets');
  const sw = targetInfos.find((t) => t.type === 'service_worker' && t.url.startsWith('chrome-extension://'));
  if (!sw) return NaN;
  const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: sw.targetId, flatten: false });
  const ask = (id, method) => new Promise((resolve) => {
    const on = (e) => { const m = JSON.parse(e.message); if (e.sessionId === sessionId && m.id === id) { cdp.off('Target.receivedMessageFromTarget', on); resolve(m.result); } };
    cdp.on('Target.receivedMessageFromTarget', on);
    void cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method }) });
  });
  await ask(1, 'HeapProfiler.collectGarbage');
  const usage = await ask(2, 'Runtime.getHeapUsage');
  await cdp.send('Target.detachFromTarget', { sessionId });
  return usage.usedSize / 1048576;
}

/** JS heap of a demo record page, and (with the extension) of the open panel iframe and the service worker. */
async function heaps(context, url, withExtension) {
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  let panelHeapMB = NaN;
  if (withExtension) {
    await page.locator('preconsult-overlay [data-testid="pc-launcher"], preconsult-overlay [data-testid="pc-panel"]').first().waitFor();
    if (!(await page.locator('preconsult-overlay [data-testid="pc-panel"]').isVisible())) await page.locator('preconsult-overlay [data-testid="pc-launcher"]').click();
    await page.frameLocator('preconsult-overlay [data-testid="pc-frame"]').locator('#app > *').first().waitFor();
    const frame = page.frames().find((f) => f.url().startsWith('chrome-extension://'));
    const fcdp = await context.newCDPSession(frame);
    await fcdp.send('HeapProfiler.collectGarbage');
    panelHeapMB = (await fcdp.send('Runtime.getHeapUsage')).usedSize / 1048576;
    await fcdp.detach();
    // The open/collapsed state is remembered: collapse again so that the next loads show the launcher.
    await page.locator('preconsult-overlay').getByRole('button', { name: 'Réduire' }).click();
    await page.locator('preconsult-overlay [data-testid="pc-launcher"]').waitFor();
  } else await page.waitForTimeout(500);
  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const pageHeapMB = (await cdp.send('Runtime.getHeapUsage')).usedSize / 1048576;
  const swHeapMB = withExtension ? await serviceWorkerHeapMB(cdp) : NaN;
  await cdp.detach();
  await page.close();
  return { pageHeapMB, panelHeapMB, swHeapMB };
}

/** Bulk-loads patients and notes straight into the extension's IndexedDB, from its service worker. */
async function seed(worker, origin, nPatients, nNotes) {
  return worker.evaluate(async ({ origin, nPatients, nNotes }) => {
    const db = await new Promise((res, rej) => { const r = indexedDB.open('preconsult'); r.onsuccess = () => res(r.result); r.onerror = () => rej(r.error); });
    const t = Date.now();
    const words = 'tension douleur vaccin renouvellement ordonnance bilan glycémie poids allergie suivi rappel'.split(' ');
    const chunk = 20_000;
    for (let start = 0; start < Math.max(nPatients, nNotes); start += chunk) {
      await new Promise((res, rej) => {
        const tx = db.transaction(['patients', 'notes'], 'readwrite');
        const P = tx.objectStore('patients'), N = tx.objectStore('notes');
        for (let i = start; i < Math.min(start + chunk, nPatients); i++) {
          P.put({ key: `${origin}#id:BENCH${i}`, origin, adapter: 'demo', recordId: `BENCH${i}`, birthName: `NOM${i}`, firstNames: `Prénom${i}`,
            birthDate: `19${String(40 + (i % 60)).padStart(2, '0')}-0${1 + (i % 9)}-1${i % 10}`, firstSeen: t, lastSeen: t });
        }
        for (let i = start; i < Math.min(start + chunk, nNotes); i++) {
          const text = Array.from({ length: 30 }, (_, k) => words[(i + k * 7) % words.length]).join(' ');
          N.put({ id: `bench-note-${i}`, patientKey: `${origin}#id:BENCH${i % nPatients}`, text, createdAt: t - i, updatedAt: t - i });
        }
        tx.oncomplete = res; tx.onerror = () => rej(tx.error);
      });
    }
    const count = await new Promise((res) => { const r = db.transaction('notes').objectStore('notes').count(); r.onsuccess = () => res(r.result); });
    db.close();
    return count;
  }, { origin, nPatients, nNotes });
}

/** With the database at scale: panel open, one autosaved keystroke, notes of a patient (no search feature). */
async function storageAtScale(context, worker, demoUrl, patient, runs) {
  const t0 = Date.now();
  const count = await seed(worker, new URL(demoUrl).origin, 10_000, 100_000);
  const seedMs = Date.now() - t0;
  const page = await context.newPage();
  await page.goto(`${demoUrl}/patients/${patient.id}`, { waitUntil: 'load' });
  const panelFrame = page.frameLocator('preconsult-overlay [data-testid="pc-frame"]');
  await page.locator('preconsult-overlay [data-testid="pc-launcher"], preconsult-overlay [data-testid="pc-panel"]').first().waitFor();
  const measure = async () => {
    const panelOpen = [], uiOpen = [], save = [], list = [];
    for (let i = 0; i < runs; i++) {
      // Panel open as the user sees it: click → the panel names this patient (it opens on Pré-consultation).
      if (await page.locator('preconsult-overlay [data-testid="pc-panel"]').isVisible()) {
        await page.locator('preconsult-overlay').getByRole('button', { name: 'Réduire' }).click();
        await page.locator('preconsult-overlay [data-testid="pc-launcher"]').waitFor();
      }
      const c0 = Date.now();
      await page.locator('preconsult-overlay [data-testid="pc-launcher"]').click();
      await panelFrame.locator('[data-testid="pc-panel-patient"]').waitFor();
      uiOpen.push(Date.now() - c0);
      // The background's share, timed inside the panel: open the patient, save a keystroke, list notes.
      const r = await extensionFrame().evaluate(async ({ patient, origin, i }) => {
        // The panel's mount credential goes with every request, as the panel's own client sends it.
        const mount = { token: location.hash.slice(1), ...(location.ancestorOrigins ? { ancestors: Array.from(location.ancestorOrigins) } : {}) };
        const ask = async (m) => { const a = performance.now(); const res = await chrome.runtime.sendMessage({ ...m, mount }); if (!res?.ok) throw new Error(res?.error); return [performance.now() - a, res.data]; };
        const ctx = { origin, adapter: 'demo', recordId: patient.id, birthName: patient.birthName, usedName: patient.usedName, firstNames: patient.firstNames, birthDate: patient.birthDate, sex: patient.sex, confidence: 1 };
        const [openMs, opened] = await ask({ type: 'patient.open', patient: ctx });
        const [saveMs] = await ask({ type: 'note.save', patientKey: opened.patientKey, noteId: 'bench-typing', text: 'frappe '.repeat(i + 1), createdAt: Date.now() });
        const [listMs] = await ask({ type: 'notes.list', patientKey: `${origin}#id:BENCH42` });
        return { openMs, saveMs, listMs };
      }, { patient, origin: new URL(demoUrl).origin, i });
      panelOpen.push(r.openMs); save.push(r.saveMs); list.push(r.listMs);
    }
    return { panelOpenUi: stats(uiOpen), patientOpenMessage: stats(panelOpen), autosaveKeystroke: stats(save), notesListOfPatient: stats(list) };
  };
  const extensionFrame = () => page.frames().find((f) => f.url().startsWith('chrome-extension://'));
  const plain = await measure();
  // The workstation lock at that scale: sealing every row, then the same operations on sealed rows,
  // then locking and unlocking (PBKDF2, 600 000 iterations). Asked from the settings page: the
  // background takes lock requests from the extension's own top-level pages only.
  const settings = await context.newPage();
  await settings.goto(new URL('/options.html', extensionFrame().url()).href);
  const lockOps = await settings.evaluate(async () => {
    const ask = async (m) => { const a = performance.now(); const res = await chrome.runtime.sendMessage(m); if (!res?.ok) throw new Error(res?.error); return performance.now() - a; };
    const enableMs = await ask({ type: 'lock.enable', passphrase: 'banc d essai du cabinet', idleMinutes: 10 });
    const lockMs = await ask({ type: 'lock.lock' });
    const unlockMs = await ask({ type: 'lock.unlock', passphrase: 'banc d essai du cabinet' });
    return { enableMs, lockMs, unlockMs };
  });
  await settings.close();
  const sealed = await measure();
  await page.close();
  return { notesInDb: count, seedMs, ...plain, lock: { ...lockOps, sealed } };
}

function contentScriptSize() {
  const dir = join(extDir, 'content-scripts');
  return Object.fromEntries(readdirSync(dir).filter((f) => f.endsWith('.js')).map((f) => {
    const buf = readFileSync(join(dir, f));
    return [f, { rawKB: Math.round(buf.length / 102.4) / 10, gzipKB: Math.round(gzipSync(buf, { level: 9 }).length / 102.4) / 10 }];
  }));
}

function machine() {
  let chromiumVersion = '';
  try { chromiumVersion = execFileSync(chromiumPath, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim(); } catch { /* reported empty */ }
  const model = /model name\s*:\s*(.*)/.exec(existsSync('/proc/cpuinfo') ? readFileSync('/proc/cpuinfo', 'utf8') : '')?.[1] ?? cpus()[0]?.model;
  return { nproc: cpus().length, cpu: model, memoryGB: Math.round(totalmem() / 1e8) / 10, freeGB: Math.round(freemem() / 1e8) / 10, chromium: chromiumVersion, node: process.version };
}

async function main() {
  const started = Date.now();
  const demo = await startDemoServer({ staticDirs: { '/fixtures/': join(root, 'tests/fixtures') } });
  const demoPatients = patients;
  const target = demoPatients[3];
  const busyUrl = `${demo.url}/fixtures/bench/busy-record.html`;
  const demoUrl = `${demo.url}/patients/${target.id}`;
  const results = { machine: machine(), loadAverage: loadavg(), runs: RUNS, windowMs: WINDOW_MS, contentScripts: contentScriptSize(), with: {}, without: {} };

  for (const withExtension of [false, true]) {
    const b = await launch(withExtension);
    const key = withExtension ? 'with' : 'without';
    const acc = { demoLoad: [], demoShown: [], demoOverlay: [], demoOverlayFromNav: [], busyLoad: [], busyShown: [], busyOverlay: [], busyOverlayFromNav: [], switchPage: [], switchOverlay: [], script: [], task: [], threadCpu: [], longTasks: [], longTaskMs: [], busyHeap: [], pageHeap: [], panelHeap: [], swHeap: [] };
    // One warm-up load (first-run profile work) not counted.
    await loadToOverlay(b.context, demoUrl, '[data-md-patient-id]', target.birthName, withExtension);
    for (let i = 0; i < RUNS; i++) {
      const d = await loadToOverlay(b.context, demoUrl, '[data-md-patient-id]', target.birthName, withExtension);
      acc.demoLoad.push(d.load); acc.demoShown.push(d.shown); acc.demoOverlay.push(d.overlayAfterShown); acc.demoOverlayFromNav.push(d.overlay);
      const y = await loadToOverlay(b.context, busyUrl, '[data-bench-patient]', 'DURAND', withExtension);
      acc.busyLoad.push(y.load); acc.busyShown.push(y.shown); acc.busyOverlay.push(y.overlayAfterShown); acc.busyOverlayFromNav.push(y.overlay);
      const s = await spaSwitches(b.context, demo.url, demoPatients, withExtension);
      acc.switchPage.push(...s.page); acc.switchOverlay.push(...s.overlay);
      const m = await busyMainThread(b.context, busyUrl, withExtension);
      acc.script.push(m.scriptMsPerS); acc.task.push(m.taskMsPerS); acc.threadCpu.push(m.threadCpuMsPerS); acc.longTasks.push(m.longTasks); acc.longTaskMs.push(m.longTaskMs); acc.busyHeap.push(m.pageHeapMB);
      const h = await heaps(b.context, demoUrl, withExtension);
      acc.pageHeap.push(h.pageHeapMB); acc.panelHeap.push(h.panelHeapMB); acc.swHeap.push(h.swHeapMB);
      process.stdout.write(`${key} run ${i + 1}/${RUNS} done (${Math.round((Date.now() - started) / 1000)} s)\n`);
    }
    results[key] = Object.fromEntries(Object.entries(acc).map(([k, v]) => [k, stats(v)]));
    if (withExtension && STORAGE) results.storageAtScale = await storageAtScale(b.context, b.worker, demo.url, target, RUNS);
    await b.close();
  }
  await demo.close();

  const med = (side, k) => results[side][k]?.median ?? NaN;
  const recordScript = results.contentScripts['record.js'];
  results.summary = {
    recordScriptGzipKB: recordScript?.gzipKB,
    overlayAfterPatientShownDemoMs: med('with', 'demoOverlay'),
    overlayAfterPatientShownBusyMs: med('with', 'busyOverlay'),
    // Whether the extension delays the page itself: navigation → the page shows its patient,
    // without and with the extension; and navigation → the overlay names the patient.
    pageShowsPatientDemoMs: [med('without', 'demoShown'), med('with', 'demoShown')],
    pageShowsPatientBusyMs: [med('without', 'busyShown'), med('with', 'busyShown')],
    overlayFromNavigationDemoMs: med('with', 'demoOverlayFromNav'),
    overlayFromNavigationBusyMs: med('with', 'busyOverlayFromNav'),
    spaSwitchOverlayMs: med('with', 'switchOverlay'),
    spaSwitchPageRenderRatio: med('with', 'switchPage') / med('without', 'switchPage'),
    busyScriptAddedMsPerS: med('with', 'script') - med('without', 'script'),
    busyTaskAddedMsPerS: med('with', 'task') - med('without', 'task'),
    busyTaskRatio: med('with', 'task') / med('without', 'task'),
    busyThreadCpuAddedMsPerS: med('with', 'threadCpu') - med('without', 'threadCpu'),
    pageHeapAddedMB: med('with', 'pageHeap') - med('without', 'pageHeap'),
    panelHeapMB: med('with', 'panelHeap'),
    serviceWorkerHeapMB: med('with', 'swHeap'),
    panelOpenAt100kNotesMs: results.storageAtScale?.patientOpenMessage?.median,
    lockEnableAt100kNotesMs: results.storageAtScale?.lock?.enableMs,
    lockUnlockMs: results.storageAtScale?.lock?.unlockMs,
    sealedPanelOpenAt100kNotesMs: results.storageAtScale?.lock?.sealed?.patientOpenMessage?.median,
    sealedAutosaveMs: results.storageAtScale?.lock?.sealed?.autosaveKeystroke?.median,
    totalSeconds: Math.round((Date.now() - started) / 1000),
    loadAverageAtStartAndEnd: [results.loadAverage, loadavg()].map((l) => l.map((x) => Math.round(x * 10) / 10)),
  };
  mkdirSync(join(root, 'bench-results'), { recursive: true });
  writeFileSync(join(root, 'bench-results/latest.json'), JSON.stringify(results, null, 2));
  console.log(JSON.stringify(results.summary, null, 2));
  console.log('→ bench-results/latest.json');
}

await main();
