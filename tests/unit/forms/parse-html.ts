// Small inline fixtures are parsed with DOMParser, like the fixture files: no innerHTML.
export function parseHtml(body: string): Document {
  return new DOMParser().parseFromString(`<!doctype html><html><head></head><body>${body}</body></html>`, 'text/html');
}

/** Move a parsed fixture's body into the live document, for tests that need the global window (Preact). */
export function mountInDocument(body: string): HTMLElement {
  const container = document.createElement('div');
  const parsed = parseHtml(body);
  container.append(...Array.from(parsed.body.childNodes).map((n) => document.importNode(n, true)));
  document.body.replaceChildren(container);
  return container;
}
