import { describe, expect, test } from 'vitest';
import { whenParsed } from '../../../sites/frames';

// The record script starts with the document and does nothing before the page is parsed: it waits
// for DOMContentLoaded when the page is still loading, and not at all once it is parsed.
function loadingDocument(): Document {
  const doc = document.implementation.createHTMLDocument('x');
  Object.defineProperty(doc, 'readyState', { value: 'loading', configurable: true });
  return doc;
}

describe('whenParsed', () => {
  test('resolves at once for a parsed document', async () => {
    let done = false;
    await whenParsed(document, new AbortController().signal).then(() => (done = true));
    expect(done).toBe(true);
  });

  test('waits for DOMContentLoaded while the document is loading', async () => {
    const doc = loadingDocument();
    let done = false;
    const p = whenParsed(doc, new AbortController().signal).then(() => (done = true));
    for (let i = 0; i < 5; i++) await Promise.resolve(); // nothing can resolve it but the event
    expect(done).toBe(false);
    doc.dispatchEvent(new Event('DOMContentLoaded'));
    await p;
    expect(done).toBe(true);
  });
});
