import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { afterAll, describe, expect, test } from 'vitest';
import { genericAdapter } from '../../../sites/generic-adapter';
import { reasons } from '../../../sites/generic/messages';
import type { Detection } from '../../../clinical/identity/patient-context';
import { CORPUS_DIR, corpusPages, judgeReading, table, totals, type CorpusPage, type Reading, type Row, type Step, RECALL_FLOOR, RECALL_TARGET } from '../../corpus';

// The generic reader on the corpus of real record-software layouts (tests/fixtures/corpus), in
// happy-dom: no layout, but the pages' own scripts run (SPA renders, hash routes, pushState), so
// switches are followed here too. Fast feedback; the real-browser run is tests/e2e/corpus.e2e.ts.
// Pages marked needsLayout count only there.

const ORIGIN = 'https://dossier.example.org';
const quiet = { ...console, error() {}, warn() {}, log() {}, info() {}, debug() {} } as Console;
const windows: Window[] = [];

/** A document of the corpus at `url`, its inline scripts run, its same-origin frames loaded as a browser would. */
async function load(url: URL): Promise<Document> {
  const win = new Window({
    url: url.href,
    console: quiet,
    settings: {
      enableJavaScriptEvaluation: true,
      suppressInsecureJavaScriptEnvironmentWarning: true,
      disableIframePageLoading: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
    },
  });
  windows.push(win);
  const file = join(CORPUS_DIR, url.pathname.split('/').pop()!);
  win.document.write(readFileSync(file, 'utf8'));
  win.document.close();
  const doc = win.document as unknown as Document;
  await settle(doc);
  for (const frame of Array.from(doc.querySelectorAll('frame[src], iframe[src]'))) {
    const target = new URL(frame.getAttribute('src')!, url);
    const child = join(CORPUS_DIR, target.pathname.split('/').pop()!);
    const content = target.origin === url.origin && target.pathname.startsWith('/corpus/') && existsSync(child) ? await load(target) : null;
    Object.defineProperty(frame, 'contentDocument', { configurable: true, get: () => content });
  }
  return doc;
}

/**
 * happy-dom (21.0) ignores the `selected` attribute of options: every select shows its first
 * option. Browsers select the last option carrying the attribute (until a script picks another);
 * done here after the page's scripts have run, for selects still on an option without it.
 */
function selectAsParsed(doc: Document): void {
  for (const select of Array.from(doc.querySelectorAll('select'))) {
    const marked = Array.from(select.options).filter((o) => o.hasAttribute('selected'));
    const chosen = select.options[select.selectedIndex];
    if (marked.length && (!chosen || !chosen.hasAttribute('selected'))) marked.at(-1)!.selected = true;
  }
}

async function settle(doc: Document): Promise<void> {
  await (doc.defaultView as unknown as Window).happyDOM.waitUntilComplete();
  selectAsParsed(doc);
}

async function apply(doc: Document, step: Step): Promise<void> {
  const win = doc.defaultView!;
  if ('hash' in step) win.location.hash = step.hash;
  else if ('pushState' in step) {
    win.history.pushState(null, '', step.pushState);
    win.dispatchEvent(new win.PopStateEvent('popstate'));
  } else {
    const el = doc.querySelector<HTMLElement>(step.click);
    if (!el) throw new Error(`no element ${step.click} to click`);
    el.click();
  }
  await new Promise((r) => setTimeout(r, 5)); // let hashchange/popstate be dispatched before waiting for the page's timers
  await settle(doc);
}

function reading(d: Detection): Reading | null {
  return d.kind === 'patient' ? d.patient : null;
}

const pages = corpusPages();
const rows: Row[] = [];

afterAll(async () => {
  const order = new Map(pages.map((p, i) => [p.id, i]));
  rows.sort((a, b) => order.get(a.page.split('#')[0]!)! - order.get(b.page.split('#')[0]!)! || a.page.localeCompare(b.page));
  console.log(table('Generic reader on the corpus (happy-dom, no layout)', rows));
  mkdirSync('test-results', { recursive: true });
  writeFileSync('test-results/corpus-happy-dom.json', JSON.stringify({ totals: totals(rows), rows }, null, 2));
  await Promise.all(windows.map((w) => w.happyDOM.close()));
});

describe('generic reader on the corpus of real record-software layouts', () => {
  test('the corpus holds record pages and trap pages from real software', () => {
    expect(pages.filter((p) => p.kind === 'record').length).toBeGreaterThanOrEqual(16);
    expect(pages.filter((p) => p.kind === 'trap').length).toBeGreaterThanOrEqual(5);
    for (const p of pages) expect(readFileSync(join(CORPUS_DIR, `${p.id}.html`), 'utf8').trimStart(), p.id).toMatch(/^<!-- Rebuilt from: .+Synthetic (patient|patients|people|person)/s);
  });

  const readable = pages.filter((p) => !p.needsLayout);
  test.each(readable.map((p) => [p.id, p] as [string, CorpusPage]))('%s', async (_id, page) => {
    const doc = await load(new URL(page.start, ORIGIN));
    // As the record page reads it: one generic adapter for the page's life (it remembers what
    // earlier readings of the same document showed), each reading at the document's URL.
    const adapter = genericAdapter(reasons);
    const detect = () => adapter.detect(doc, new URL(doc.URL));
    const first = judgeReading(page.expect, reading(detect()));
    rows.push({ page: page.id, software: page.software, kind: page.kind, verdict: first.verdict, why: first.why });
    const wrong: string[] = first.verdict === 'WRONG' ? [first.why] : [];
    for (const [i, sw] of (page.switches ?? []).entries()) {
      await apply(doc, sw.do);
      const j = judgeReading(sw.expect, reading(detect()));
      rows.push({ page: `${page.id}#${i + 1}`, software: page.software, kind: 'switch', verdict: j.verdict, why: j.why });
      if (j.verdict === 'WRONG') wrong.push(`after switch ${i + 1}: ${j.why}`);
    }
    expect(wrong, 'a wrong patient is worse than no patient').toEqual([]);
  });

  test('recall over record pages is at least 95 %', () => {
    const t = totals(rows);
    expect(t.records).toBe(readable.filter((p) => p.kind === 'record').length);
    expect(t.recall, `recall over ${t.records} record pages (target ${RECALL_TARGET})`).toBeGreaterThanOrEqual(RECALL_FLOOR);
  });
});
