import type { SiteAdapter } from './adapter';
import type { Detection } from '../clinical/identity/patient-context';
import { sameOriginFrameDocs } from './frames';

// Follows the patient shown by a single-page record application. Mutations only mark the page
// dirty; the (cheap) fingerprint is compared at most every `throttleMs`, and the full reading
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
}

export function watchPatient({ adapter, doc, onDetection, signal, throttleMs = 16, recheckMs = 10_000 }: WatchOptions): void {
  let last: string | null = null;
  let reported = '';
  let timer: ReturnType<typeof setTimeout> | undefined;
  let recheck: ReturnType<typeof setTimeout> | undefined;
  let lastRun = 0;
  let mustRead = false; // a change the fingerprint may not show
  let passed = false; // mutations let pass since the last reading

  const read = () => {
    mustRead = passed = false;
    if (recheck !== undefined) clearTimeout(recheck);
    recheck = undefined;
    const d = adapter.detect(doc, new URL(doc.location.href));
    last = adapter.fingerprint(doc); // after the reading: what the fingerprint covers may depend on it
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
    const wait = Math.max(0, throttleMs - (performance.now() - lastRun));
    timer = setTimeout(run, wait);
  };
  const onMutations = (records: MutationRecord[]) => {
    if (!adapter.affects) return schedule();
    if (adapter.affects(records)) mustRead = true;
    else passed = true;
    schedule();
  };
  const readSoon = () => { mustRead = true; schedule(); };

  const observer = new MutationObserver(onMutations);
  // Attributes only for a filtering adapter: a class or style change can hide or show its elements.
  const options: MutationObserverInit = adapter.affects
    ? { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['class', 'style', 'hidden', 'aria-hidden', 'open'] }
    : { childList: true, subtree: true, characterData: true };
  observer.observe(doc.body, options);
  // Frames: their own pages change (and reload) without the top document noticing.
  const watched = new WeakSet<Document>();
  const watchFrames = () => {
    for (const d of sameOriginFrameDocs(doc)) {
      if (watched.has(d)) continue;
      watched.add(d);
      observer.observe(d.body, options);
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
  });
  read();
}
