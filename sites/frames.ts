// Same-origin frames and iframes of a document (older record software is built of framesets).
// Cross-origin frames throw or give null: they are skipped.
/** The document inside a frame, or null when it belongs to another origin (or is not loaded). */
export function sameOriginDocument(frame: HTMLIFrameElement): Document | null {
  try {
    return frame.contentDocument ?? null;
  } catch {
    return null; // cross-origin: the browser forbids reading it, and so do we
  }
}

export function sameOriginFrameDocs(doc: Document): Document[] {
  const out: Document[] = [];
  doc.querySelectorAll('frame, iframe').forEach((f) => {
    const d = sameOriginDocument(f as HTMLIFrameElement);
    if (d?.body) out.push(d);
  });
  return out;
}

/** Where the overlay can be shown: the page's body, or for a frameset its largest same-origin frame. */
export function overlayAnchor(doc: Document): HTMLElement {
  if (doc.body?.tagName !== 'FRAMESET') return doc.body;
  let best: HTMLElement = doc.body;
  let area = -1;
  for (const d of sameOriginFrameDocs(doc)) {
    const w = d.defaultView;
    const a = (w?.innerWidth ?? 0) * (w?.innerHeight ?? 0);
    if (a > area && d.body.tagName === 'BODY') {
      area = a;
      best = d.body;
    }
  }
  return best;
}

/**
 * Resolves when the overlay's place can be chosen: at once for a page with a body, after `load`
 * for a frameset still loading (the record script starts once the page is parsed, before its
 * frames have loaded: their bodies, the candidates, do not exist yet).
 */
export function whenAnchorReady(doc: Document, signal: AbortSignal): Promise<void> {
  if (doc.body?.tagName !== 'FRAMESET' || doc.readyState === 'complete') return Promise.resolve();
  return new Promise((resolve) => doc.defaultView!.addEventListener('load', () => resolve(), { once: true, signal }));
}

/** Resolves once the document is parsed (the record script starts with the document, before its body exists). */
export function whenParsed(doc: Document, signal: AbortSignal): Promise<void> {
  if (doc.readyState !== 'loading') return Promise.resolve();
  return new Promise((resolve) => doc.addEventListener('DOMContentLoaded', () => resolve(), { once: true, signal }));
}
