import { mkdirSync, writeFileSync } from 'node:fs';
import { startDemoServer, type DemoServer } from '../../demo/server.mjs';
import { isBeforeOrAfter, judgeDisplay, table, totals, type CorpusPage, type Identity, type Row, type Step } from '../corpus';
import { fixturesDir } from './paths';

// What both real-browser corpus runs share: a sampler that records every text the launcher shows,
// the settle rule, and how a page and its switches are judged from those samples. The browsers
// differ only in how they open pages and run scripts in them (Playwright for Chromium,
// puppeteer-core over WebDriver BiDi for Firefox ESR).

/**
 * Installed in the document holding the overlay (page world): records each distinct launcher text
 * (label and status) with its time, from a MutationObserver on the overlay's open shadow root and
 * a 10 ms poll (for the moment the overlay is (re)mounted).
 */
export const SAMPLER = `(() => {
  if (window.__pcSampler) return;
  const samples = [];
  window.__pcSampler = samples;
  let last = null;
  let observed = null;
  const read = () => {
    const root = document.querySelector('preconsult-overlay')?.shadowRoot;
    const label = root?.querySelector('[data-testid="pc-patient"]');
    const status = root?.querySelector('[data-testid="pc-status"]');
    if (root && observed !== root) {
      observed = root;
      new MutationObserver(tick).observe(root, { subtree: true, childList: true, characterData: true, attributes: true });
    }
    return label ? label.textContent + (status ? ' — ' + status.textContent : '') : '';
  };
  function tick() {
    const t = read();
    if (t !== last) { last = t; samples.push([performance.now(), t]); }
  }
  tick();
  setInterval(tick, 10);
})()`;

export type Samples = [number, string][];

/** Something that can run an expression in the overlay's document and return its value. */
export interface Driver {
  samples(): Promise<{ now: number; samples: Samples }>;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Waits until the launcher shows something and has not changed for `quietMs` since the later of
 * its last change and `since` (the end of the step, in the document's clock), bounded by `maxMs`.
 * With `change`, a display recorded after `from` is awaited first (up to `maxMs`): a step whose
 * result is not already on screen must change it, however long the step itself took.
 * Returns the texts recorded from sample `from` on, and the last text.
 */
export async function settle(d: Driver, from: number, since: number, change = false, quietMs = 300, maxMs = 4000): Promise<{ texts: string[]; last: string; next: number }> {
  const start = Date.now();
  for (;;) {
    const { now, samples } = await d.samples();
    const last = samples.at(-1);
    const changed = Math.max(last?.[0] ?? 0, since);
    const waited = !change || samples.length > from;
    if ((last && last[1] !== '' && waited && now - changed >= quietMs) || Date.now() - start > maxMs) {
      return { texts: samples.slice(from).map((s) => s[1]), last: last?.[1] ?? '', next: samples.length };
    }
    await sleep(20);
  }
}

export interface PageRun {
  /** Opens the page (its full URL) and returns its driver once the sampler is installed. */
  open(url: string): Promise<Driver>;
  step(step: Step): Promise<void>;
  /** Opens the panel, returns the patient line it shows (every first name), and folds it again. */
  panelLine(): Promise<string>;
  close(): Promise<void>;
}

/**
 * What the overlay shows of the patient: the launcher's text and, when it names the expected
 * person incompletely (the launcher shortens to the first given name and the name in use, and may
 * leave the sex to the panel), the panel's patient line too. Reading the panel costs about a
 * second, so it is read only where it can change the verdict.
 */
async function shown(run: PageRun, launcher: string, want: Identity | null): Promise<string> {
  if (!want || judgeDisplay(want, launcher).verdict !== 'partial') return launcher;
  const line = await run.panelLine().catch((e: Error) => `(panel not read: ${e.message.split('\n')[0]})`);
  return `${launcher} | ${line}`;
}

/** Reads one corpus page, served at `origin`, and its switches; returns the rows of the table. */
export async function runPage(page: CorpusPage, run: PageRun, origin: string): Promise<Row[]> {
  const rows: Row[] = [];
  try {
    const d = await run.open(`${origin}/fixtures${page.start}`);
    let s = await settle(d, 0, 0);
    const first = judgeDisplay(page.expect, await shown(run, s.last, page.expect));
    rows.push({ page: page.id, software: page.software, kind: page.kind, verdict: first.verdict, why: first.why });
    let before: Identity | null = page.expect;
    for (const [i, sw] of (page.switches ?? []).entries()) {
      await run.step(sw.do);
      const since = (await d.samples()).now;
      s = await settle(d, s.next, since, judgeDisplay(sw.expect, s.last).verdict !== 'right');
      const stray = s.texts.find((t) => !isBeforeOrAfter(t, before, sw.expect));
      const j = stray ? { verdict: 'WRONG' as const, why: `showed another patient during the switch: ${stray}` } : judgeDisplay(sw.expect, await shown(run, s.last, sw.expect));
      // How many displays the launcher went through: the sampler's evidence that it saw the switch.
      rows.push({ page: `${page.id}#${i + 1}`, software: page.software, kind: 'switch', verdict: j.verdict, why: `${j.why} [${s.texts.length} display(s) during the switch]` });
      before = sw.expect;
    }
  } catch (e) {
    // A page the run could not read (overlay never mounted, a switch's element missing): counted
    // as a refusal of that page, with why, so that one broken page does not hide the others.
    if (!rows.length) rows.push({ page: page.id, software: page.software, kind: page.kind, verdict: page.expect ? 'refused' : 'right', why: `run failed: ${(e as Error).message.split('\n')[0]}` });
    else rows.push({ page: `${page.id}#?`, software: page.software, kind: 'switch', verdict: 'refused', why: `run failed: ${(e as Error).message.split('\n')[0]}` });
  } finally {
    await run.close().catch(() => {});
  }
  return rows;
}

/**
 * How many pages are read at once, each reader in its own browser: the overlay's open or folded
 * state is one per profile, so a page loading in one tab while another tab's panel is open would
 * mount open, without its launcher. (`CORPUS_BROWSERS=1` reads the corpus one page at a time.)
 */
export const CORPUS_BROWSERS = Math.max(1, Number(process.env.CORPUS_BROWSERS) || 2);

/**
 * Each record program (`software`) served from its own origin (its own port on 127.0.0.1), as in
 * a practice, where two programs never share one. The extension keys a patient by origin and
 * record id, and stores every patient its panel opens (Firefox opens the extension's sidebar at
 * install, which follows the tab): another program's patient stored under the same id on a shared
 * origin made the identity check doubt (« Identité à vérifier ») a page a workstation reads right.
 */
function programOrigins() {
  const servers = new Map<string, Promise<DemoServer>>();
  return {
    async of(software: string): Promise<string> {
      let s = servers.get(software);
      if (!s) servers.set(software, (s = startDemoServer({ staticDirs: { '/fixtures/': fixturesDir } })));
      return (await s).url;
    },
    close: () => Promise.all([...servers.values()].map(async (s) => (await s).close())),
  };
}

/**
 * Reads every page with `readers` readers at once, each made by `reader()` and taking the next
 * page as soon as it has finished one (a page and its switches stay with one reader, in order),
 * each program on its own origin. Returns the rows in the corpus's order.
 */
export async function readAll(pages: CorpusPage[], readers: number, reader: () => Promise<PageRun>): Promise<Row[]> {
  const rows: Row[][] = [];
  const origins = programOrigins();
  let next = 0;
  try {
    await Promise.all(Array.from({ length: Math.min(readers, pages.length) }, async () => {
      const run = await reader();
      while (next < pages.length) {
        const i = next++;
        rows[i] = await runPage(pages[i]!, run, await origins.of(pages[i]!.software));
      }
    }));
  } finally {
    await origins.close();
  }
  return rows.flat();
}

/** Prints the table and writes it with the totals to test-results/corpus-<browser>.json. */
export function report(browser: string, rows: Row[]): void {
  console.log(table(`Corpus in ${browser} (what the launcher shows)`, rows));
  mkdirSync('test-results', { recursive: true });
  writeFileSync(`test-results/corpus-${browser}.json`, JSON.stringify({ browser, totals: totals(rows), rows }, null, 2));
}
