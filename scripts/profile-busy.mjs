#!/usr/bin/env node
// What the record script costs a busy page, by function: a CPU profile (DevTools sampling
// profiler, the page's isolate, so the record script's isolated world included) and the page's
// main-thread metrics (script, style, layout counts and durations) over a fixed window, with and
// without the extension in the same run. For analysis, beside `npm run bench` (which gives the
// figures); counts are less noisy than times on a shared machine.
// Usage: npm run build && npx vite-node scripts/profile-busy.mjs [page under tests/fixtures/] [seconds]
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { startDemoServer } from '../demo/server.mjs';

const root = resolve(import.meta.dirname, '..');
const pagePath = process.argv[2] ?? 'bench/busy-record.html';
const seconds = Number(process.argv[3] ?? 5);
const extDir = mkdtempSync(join(tmpdir(), 'preconsult-prof-ext-'));
cpSync(process.env.PROF_EXT ?? join(root, '.output/chrome-mv3'), extDir, { recursive: true });
process.on('exit', () => rmSync(extDir, { recursive: true, force: true }));

async function measure(withExtension) {
  const profileDir = mkdtempSync(join(tmpdir(), 'preconsult-prof-'));
  const args = ['--no-sandbox', '--disable-gpu', '--no-first-run', '--lang=fr'];
  if (withExtension) args.push(`--disable-extensions-except=${extDir}`, `--load-extension=${extDir}`);
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, args, locale: 'fr-FR',
    ...(withExtension ? { ignoreDefaultArgs: ['--disable-extensions'] } : {}),
  });
  if (withExtension && !context.serviceWorkers().length) await context.waitForEvent('serviceworker');
  const page = await context.newPage();
  await page.goto(`${server.url}/fixtures/${pagePath}`, { waitUntil: 'load' });
  if (withExtension) await page.locator('preconsult-overlay [data-testid="pc-patient"]').waitFor();
  await page.waitForTimeout(1000);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  const metrics = async () => Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
  const a = await metrics();
  await cdp.send('Profiler.start');
  await page.waitForTimeout(seconds * 1000);
  const { profile } = await cdp.send('Profiler.stop');
  const b = await metrics();
  await context.close();
  rmSync(profileDir, { recursive: true, force: true });
  const secs = b.Timestamp - a.Timestamp;
  const per = (k, scale = 1) => Math.round((((b[k] - a[k]) * scale) / secs) * 100) / 100;
  const m = {
    scriptMsPerS: per('ScriptDuration', 1000), taskMsPerS: per('TaskDuration', 1000),
    layoutMsPerS: per('LayoutDuration', 1000), styleMsPerS: per('RecalcStyleDuration', 1000),
    layoutsPerS: per('LayoutCount'), styleRecalcsPerS: per('RecalcStyleCount'),
    // CPU time of the page's main thread and process: what a loaded machine inflates least.
    threadCpuMsPerS: per('ThreadTime', 1000), processCpuMsPerS: per('ProcessTime', 1000),
  };
  // Self time per function, from the samples.
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map();
  const dt = profile.timeDeltas;
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (dt[i + 1] ?? 0)));
  const byFn = new Map();
  const byUrl = new Map();
  for (const [id, us] of self) {
    const { callFrame: f } = byId.get(id);
    const url = f.url.replace(/^chrome-extension:\/\/[a-z]+/, 'ext:').replace(/^http:\/\/[^/]+/, '');
    const key = `${f.functionName || '(anon)'} ${url}:${f.lineNumber + 1}:${f.columnNumber + 1}`;
    byFn.set(key, (byFn.get(key) ?? 0) + us);
    byUrl.set(url || `(${f.functionName})`, (byUrl.get(url || `(${f.functionName})`) ?? 0) + us);
  }
  // Inclusive time per function of the extension (a function counted once per sample).
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const incl = new Map();
  const keyOf = (f) => `${f.functionName || '(anon)'} ${f.url.replace(/^chrome-extension:\/\/[a-z]+/, 'ext:')}:${f.lineNumber + 1}:${f.columnNumber + 1}`;
  profile.samples.forEach((id, i) => {
    const seen = new Set();
    for (let n = id; n !== undefined; n = parent.get(n)) {
      const f = byId.get(n).callFrame;
      if (!f.url.startsWith('chrome-extension://')) continue;
      const k = keyOf(f);
      if (seen.has(k)) continue;
      seen.add(k);
      incl.set(k, (incl.get(k) ?? 0) + (dt[i + 1] ?? 0));
    }
  });
  const top = (map, n) => [...map].sort((x, y) => y[1] - x[1]).slice(0, n).map(([k, us]) => `${(us / 1000 / secs).toFixed(3).padStart(8)} ms/s  ${k}`);
  return { m, urls: top(byUrl, 12), fns: top(byFn, 30), incl: top(incl, 25) };
}

const server = await startDemoServer({ staticDirs: { '/fixtures/': join(root, 'tests/fixtures') } });
for (const withExtension of [false, true]) {
  const r = await measure(withExtension);
  console.log(`\n=== ${withExtension ? 'with' : 'without'} extension: ${pagePath}, ${seconds} s`);
  console.log(r.m);
  console.log('-- self time by script\n' + r.urls.join('\n'));
  if (withExtension) console.log('-- self time by function\n' + r.fns.join('\n') + '\n-- inclusive time, extension functions\n' + r.incl.join('\n'));
}
await server.close();
