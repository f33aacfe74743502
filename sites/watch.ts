import type { SiteAdapter } from './adapter';
import type { Detection } from './patient-context';
import { sameOriginFrameDocs } from './frames';

// Follows the patient shown by a single-page record application. Mutations only mark the page
// dirty; the (cheap) fingerprint is compared at most every `throttleMs`, and the full reading
// runs only when the fingerprint changed.
export interface WatchOptions {
  adapter: SiteAdapter;
  doc: Document;
  onDetection: (d: Detection) => void;
  signal: AbortSignal;
  throttleMs?: number;
}

export function watchPatient({ adapter, doc, onDetection, signal, throttleMs = 16 }: WatchOptions): void {
  let last: string | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastRun = 0;

  const run = () => {
    timer = undefined;
    lastRun = performance.now();
    if (signal.aborted) return;
    const fp = adapter.fingerprint(doc);
    if (fp === last) return;
    last = fp;
    onDetection(adapter.detect(doc, new URL(doc.location.href)));
  };
  const schedule = () => {
    if (timer !== undefined || signal.aborted) return;
    const wait = Math.max(0, throttleMs - (performance.now() - lastRun));
    timer = setTimeout(run, wait);
  };

  const observer = new MutationObserver(schedule);
  const options = { childList: true, subtree: true, characterData: true };
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
    f.addEventListener('load', () => { watchFrames(); schedule(); }, { signal }),
  );
  watchFrames();
  const win = doc.defaultView!;
  win.addEventListener('popstate', schedule, { signal });
  signal.addEventListener('abort', () => {
    observer.disconnect();
    if (timer !== undefined) clearTimeout(timer);
  });
  run();
}
