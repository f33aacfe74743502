/**
 * Parent of an element across the boundaries a page may use: a shadow tree's host, a frame
 * document's <frame>/<iframe> (the map is filled while walking, as `frameElement` is not always set).
 */
export function parentIn(frames: Map<Document, Element>) {
  return (e: Element): Element | null => e.parentElement ?? (e.parentNode as ShadowRoot | null)?.host ?? frames.get(e.ownerDocument) ?? null;
}

/** The element and its ancestors, nearest first. */
export function ancestors(e: Element, up: (e: Element) => Element | null): Element[] {
  const out: Element[] = [];
  for (let x: Element | null = e; x; x = up(x)) out.push(x);
  return out;
}
