// Where the first naming's time goes: loads the demo and the busy page N times with one or more
// builds (alternated), and prints, in the page's clock, DOMContentLoaded, the page showing its
// patient, every `pc:` performance mark a local build sets, and the overlay naming the patient.
// Usage: vite-node scripts/probe-start.mjs none|<ext dir> [<ext dir>…]  (PROBE_RUNS=N, 6 by default;
// PROBE_SHOWN_ONLY=<dir>,… for builds without an overlay). `pc:` marks: see BENCHMARKS.md.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { startDemoServer } from '../demo/server.mjs';
import { patients } from '../demo/src/patients.ts';

const root = resolve(import.meta.dirname, '..');
const dirs = process.argv.slice(2).map((d) => (d === 'none' ? d : resolve(d)));
const RUNS = Number(process.env.PROBE_RUNS ?? 6);
// Builds that show no overlay (e.g. a one-line script, to see what any script starting with the
// document costs): only when the page shows its patient is measured. `none`: no extension.
const SHOWN_ONLY = (process.env.PROBE_SHOWN_ONLY ?? '').split(',').filter(Boolean).map((d) => resolve(d));
const shownOnly = (d) => d === 'none' || SHOWN_ONLY.includes(d);

function probe({ patientSelector, name }) {
  const w = window;
  w.__p = { shownAt: null, overlayAt: null, initAt: performance.now() };
  const watched = new WeakSet();
  const check = () => {
    if (w.__p.shownAt === null && document.querySelector(patientSelector)) w.__p.shownAt = performance.now();
    const host = document.querySelector('preconsult-overlay');
    if (host?.shadowRoot && !watched.has(host.shadowRoot)) {
      watched.add(host.shadowRoot);
      new MutationObserver(check).observe(host.shadowRoot, { subtree: true, childList: true, characterData: true });
    }
    const text = host?.shadowRoot?.querySelector('[data-testid="pc-patient"]')?.textContent ?? '';
    if (w.__p.overlayAt === null && text.includes(name)) w.__p.overlayAt = performance.now();
  };
  new MutationObserver(check).observe(document, { subtree: true, childList: true, characterData: true });
}

async function launch(dir) {
  const none = dir === 'none';
  const extDir = mkdtempSync(join(tmpdir(), 'probe-ext-'));
  if (!none) cpSync(dir, extDir, { recursive: true });
  const profileDir = mkdtempSync(join(tmpdir(), 'probe-prof-'));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: '/usr/bin/chromium', headless: true, locale: 'fr-FR', env: { ...process.env, LANGUAGE: 'fr' },
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--lang=fr',
      ...(none ? [] : [`--disable-extensions-except=${extDir}`, `--load-extension=${extDir}`])],
    ...(none ? {} : { ignoreDefaultArgs: ['--disable-extensions'] }),
  });
  if (!none && !context.serviceWorkers()[0]) await context.waitForEvent('serviceworker');
  return { context, close: async () => { await context.close(); rmSync(profileDir, { recursive: true, force: true }); rmSync(extDir, { recursive: true, force: true }); } };
}

async function once(context, url, patientSelector, name, none) {
  const page = await context.newPage();
  await page.addInitScript(probe, { patientSelector, name });
  await page.goto(url, { waitUntil: 'load' });
  if (none) await page.waitForFunction(() => window.__p.shownAt !== null);
  else await page.waitForFunction(() => window.__p.overlayAt !== null, null, { timeout: 10_000 });
  const r = await page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0];
    const marks = {};
    for (const m of performance.getEntriesByType('mark')) if (m.name.startsWith('pc:') && !(m.name in marks)) marks[m.name] = m.startTime;
    return { dcl: nav.domContentLoadedEventStart, load: nav.loadEventEnd, resp: nav.responseStart, ...window.__p, marks };
  });
  await page.close();
  const rel = (x) => Math.round(x - r.shownAt);
  return { resp: rel(r.resp), init: rel(r.initAt), dcl: rel(r.dcl), ...Object.fromEntries(Object.entries(r.marks).map(([k, v]) => [k, rel(v)])), ...(none ? {} : { overlay: rel(r.overlayAt) }), shown: Math.round(r.shownAt) };
}

const demo = await startDemoServer({ staticDirs: { '/fixtures/': join(root, 'tests/fixtures') } });
const target = patients[3];
const pages = [['demo', `${demo.url}/patients/${target.id}`, '[data-md-patient-id]', target.birthName], ['busy', `${demo.url}/fixtures/bench/busy-record.html`, '[data-bench-patient]', 'DURAND']];
const browsers = [];
for (const d of dirs) browsers.push({ d, ...(await launch(d)) });
for (const b of browsers) for (const [, url, sel, name] of pages) await once(b.context, url, sel, name, shownOnly(b.d)); // warm-up
const out = {};
for (let i = 0; i < RUNS; i++)
  for (const b of browsers)
    for (const [id, url, sel, name] of pages) ((out[`${b.d} ${id}`] ??= []).push(await once(b.context, url, sel, name, shownOnly(b.d))));
for (const [k, rows] of Object.entries(out)) {
  console.log(`\n${k}`);
  const keys = [...new Set(rows.flatMap(Object.keys))];
  for (const key of keys) {
    const xs = rows.map((r) => r[key]).filter((x) => x !== undefined).sort((a, b) => a - b);
    console.log(`  ${key.padEnd(14)} median ${String(xs[xs.length >> 1]).padStart(5)}   [${xs.join(' ')}]`);
  }
}
console.log('load', loadavg().map((x) => x.toFixed(1)).join(' '));
for (const b of browsers) await b.close();
await demo.close();
