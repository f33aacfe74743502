import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';

export const PAGES = join(__dirname, '../../fixtures/pages');

// happy-dom does not load frames: its console would report each one. Silence it.
const quiet = { ...console, error() {}, warn() {}, log() {} } as Console;

/** Parses HTML as a document at `url` (so `document.URL` and relative frame sources resolve). */
export function parsePage(html: string, url = 'https://dossier.example.fr/'): Document {
  const win = new Window({ url, console: quiet });
  return new win.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
}

/**
 * Loads a fixture page and, as a browser would, its frames: a same-origin `<frame>`/`<iframe>`
 * whose `src` names another fixture gets that document as `contentDocument`; a cross-origin one
 * gets null, which is what the content script sees.
 */
export function loadPage(file: string, url?: string): Document {
  const doc = parsePage(readFileSync(join(PAGES, file), 'utf8'), url);
  for (const frame of Array.from(doc.querySelectorAll('frame[src], iframe[src]'))) {
    const target = new URL(frame.getAttribute('src')!, doc.URL);
    const child = join(PAGES, target.pathname.split('/').pop()!);
    const sameOrigin = target.origin === new URL(doc.URL).origin;
    const content = sameOrigin && existsSync(child) ? loadPage(child.slice(PAGES.length + 1), target.href) : null;
    Object.defineProperty(frame, 'contentDocument', { configurable: true, get: () => content });
  }
  return doc;
}
