import type { SiteAdapter } from './adapter';
import type { Detection } from '../clinical/identity/patient-context';
import { sameOriginFrameDocs } from './frames';

// Follows the patient shown by a single-page record application. Mutations only mark the page
// dirty; the (cheap) fingerprint is compared at most every `throttleMs` (less when readings are
// cheap: four times the last reading's cost, 16 ms at least), and the full reading
// runs only when the fingerprint changed, or when the adapter says a batch of mutations may
// change the reading (`affects`). Such an adapter lets other mutations pass without a reading;
// the page is then read again at most `recheckMs` after them, for what it cannot tell.
// A reading equal to the previous one is not reported again.
export interface WatchOptions {
  adapter: SiteAdapter;
  doc: Document;
  onDetection: (d: Detection) => void;
  signal: AbortSignal;
  throttleMs?: number;
  recheckMs?: number;
  /**
   * Called when the page changed in a way that may show something new (for a filtering adapter:
   * not a live list rebuilt again): the panel reads the page's other data again only then.
   */
  onChange?: () => void;
}

export function watchPatient({ adapter, doc, onDetection, signal, throttleMs = 16, recheckMs = 10_000, onChange }: WatchOptions): void {
  let last: string | null = null;
  let reported = '';
  let timer: ReturnType<typeof setTimeout> | undefined;
  let recheck: ReturnType<typeof setTimeout> | undefined;
  let lookLater: ReturnType<typeof setTimeout> | undefined;
  let lastRun = 0;
  let gap = throttleMs;
  let mustRead = false; // a change the fingerprint may not show
  let passed = false; // mutations let pass since the last reading

  const read = () => {
    mustRead = passed = false;
    if (recheck !== undefined) clearTimeout(recheck);
    recheck = undefined;
    const t0 = performance.now();
    const d = adapter.detect(doc, new URL(doc.location.href));
    // The wait between readings follows their cost: four times the last one, from 16 ms up to
    // `throttleMs`. A page rendering its patient just after a cheap first reading is read again at
    // once; a costly reading of a busy page takes at most a fifth of its main thread.
    gap = Math.min(throttleMs, Math.max(16, 4 * (performance.now() - t0)));
    last = adapter.fingerprint(doc); // after the reading: what the fingerprint covers may depend on it
    resync();
    const key = JSON.stringify(d);
    if (key === reported) return;
    reported = key;
    onDetection(d);
  };
  const run = () => {
    timer = undefined;
    lastRun = performance.now();
    if (signal.aborted) return;
    if (mustRead || adapter.fingerprint(doc) !== last) return read();
    if (passed && recheck === undefined) recheck = setTimeout(() => { if (!signal.aborted) read(); }, recheckMs);
  };
  const schedule = () => {
    if (timer !== undefined || signal.aborted) return;
    const wait = Math.max(0, gap - (performance.now() - lastRun));
    timer = setTimeout(run, wait);
  };
  const onMutations = (records: MutationRecord[]) => {
    handle(records);
    resync();
  };
  const handle = (records: MutationRecord[]) => {
    if (!adapter.affects) {
      onChange?.();
      return schedule();
    }
    const verdict = adapter.affects(records);
    if (verdict === 'read' || verdict === 'pass') onChange?.();
    if (verdict === 'read') mustRead = true;
    else if (verdict === 'pass') passed = true;
    else {
      if (typeof verdict === 'number' && lookLater === undefined)
        lookLater = setTimeout(() => { lookLater = undefined; if (!signal.aborted) onMutations([]); }, verdict);
      // Looked at, nothing to read: only the (cheap) fingerprint may still say otherwise, checked
      // here rather than on a timer after each batch (a live list rebuilt ten times a second).
      if (adapter.fingerprint(doc) === last) return;
    }
    schedule();
  };
  const readSoon = () => { mustRead = true; onChange?.(); schedule(); };

  // Attributes only for a filtering adapter: a class or style change can hide or show its elements.
  const options: MutationObserverInit = adapter.affects
    ? { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['class', 'style', 'hidden', 'aria-hidden', 'open'] }
    : { childList: true, subtree: true, characterData: true };
  // The page's bodies (and its frames'), observed whole but for the adapter's quiet containers: an
  // observer cannot leave a subtree out, so the ancestors of a quiet container are observed
  // without their subtree, and their other children each with theirs.
  const bodies: HTMLElement[] = [];
  let quiet: readonly Node[] = [];
  let partial = new Set<Node>();
  const observeBut = (n: Node, skip: readonly Node[]) => {
    if (skip.includes(n)) return;
    const inside = skip.filter((q) => n.contains(q));
    if (!inside.length) return observer.observe(n, options);
    partial.add(n);
    observer.observe(n, { ...options, subtree: false });
    for (let c = n.firstChild; c; c = c.nextSibling) observeBut(c, inside);
  };
  const observeAll = () => {
    partial = new Set();
    for (const b of bodies) if (b.isConnected) observeBut(b, quiet);
  };
  /** The adapter's quiet set changed (a list found, gone, or a new reading): observe afresh. */
  function resync() {
    const now = adapter.quiet?.() ?? quiet;
    if (now === quiet || signal.aborted) return;
    const pending = observer.takeRecords(); // recorded meanwhile: handled, not lost
    observer.disconnect();
    quiet = now;
    observeAll();
    if (pending.length) onMutations(pending);
  }
  const observer = new MutationObserver((records) => {
    // Added under an ancestor observed without its subtree: their own subtree is to be observed.
    if (partial.size) for (const r of records) if (partial.has(r.target)) r.addedNodes.forEach((n) => observeBut(n, quiet));
    onMutations(records);
  });
  bodies.push(doc.body);
  observer.observe(doc.body, options);
  // Frames: their own pages change (and reload) without the top document noticing.
  const watched = new WeakSet<Document>();
  const watchFrames = () => {
    for (const d of sameOriginFrameDocs(doc)) {
      if (watched.has(d)) continue;
      watched.add(d);
      bodies.push(d.body);
      observeBut(d.body, quiet);
    }
  };
  doc.querySelectorAll('frame, iframe').forEach((f) =>
    f.addEventListener('load', () => { watchFrames(); readSoon(); }, { signal }),
  );
  watchFrames();
  const win = doc.defaultView!;
  win.addEventListener('popstate', schedule, { signal });
  signal.addEventListener('abort', () => {
    observer.disconnect();
    if (timer !== undefined) clearTimeout(timer);
    if (recheck !== undefined) clearTimeout(recheck);
    if (lookLater !== undefined) clearTimeout(lookLater);
  });
  read();
}
