import type { SiteAdapter } from './adapter';
import { sameOriginFrameDocs } from './frames';
import { readPage, type GenericReasons } from './generic';

// The fallback for record software no adapter knows: the generic label/value detector, whose
// reading walks the whole page. What it follows between readings:
// - once a patient is read, the elements the reading rests on (each fact's element and label).
//   A mutation on or in one of them, or on one of their ancestors (a child added, removed or
//   replaced, a class changed), reads the page again. Elsewhere, only new content that may hold a
//   birth date (every date read has a four-digit year), a frame or a shadow tree can add a patient
//   or a list: that reads the page again too (a list rebuilt without pause is looked at twice a
//   second); other mutations (a live agenda's rows) do not, the watcher's periodic re-reading
//   catching what this cannot see (a label renamed beside a date, a value set as a property).
// - otherwise (no patient, two, a list), the text of the page and of its frames, as a fingerprint.
const MAX_FOLLOWED = 64;
const LOOK_MS = 500;
const YEAR = /\d{4}/;
const CONTROL = new Set(['input', 'select', 'textarea']);
const CONTAINER = new Set(['iframe', 'frame', 'object', 'embed']);

/** The parent of a node across shadow roots and same-origin frames. */
function up(n: Node): Node | null {
  const p = n.parentNode;
  if (p) return p.nodeType === 11 ? (p as ShadowRoot).host : p;
  return (n as Document).defaultView?.frameElement ?? null;
}

// Elements that may hold a patient without a year in their text: a frame, an embedded document, a
// custom element (shadow tree), or a year in a data-*, content, datetime or value attribute. Asked
// in one XPath query, evaluated by the browser without a wrapper per node (a list of 200 rows
// rebuilt ten times a second costs nothing visible); engines without XPath walk the nodes.
const HOLDER =
  "boolean(descendant-or-self::*[self::iframe or self::frame or self::object or self::embed or contains(local-name(), '-')]" +
  " | descendant-or-self::*/@*[(starts-with(name(), 'data-') or name() = 'content' or name() = 'datetime' or name() = 'value')" +
  " and contains(translate(., '0123456789', '0000000000'), '0000')])";

/** Whether a subtree added or changed away from the patient's elements may hold a patient. */
function mayHoldPatient(n: Node): boolean {
  if (n.nodeType === 3) return YEAR.test(n.nodeValue ?? '');
  if (n.nodeType !== 1) return false;
  const el = n as Element;
  if (YEAR.test(el.textContent ?? '')) return true;
  const doc = el.ownerDocument;
  if (typeof doc.evaluate === 'function') return doc.evaluate(HOLDER, el, null, 3 /* BOOLEAN_TYPE */, null).booleanValue;
  if (holds(el)) return true;
  const all = el.getElementsByTagName('*');
  for (let i = 0; i < all.length; i++) if (holds(all[i]!)) return true;
  return false;
}

/** The same, for one element (engines without XPath). */
function holds(e: Element): boolean {
  const tag = e.localName;
  if (e.shadowRoot || CONTAINER.has(tag) || tag.includes('-')) return true;
  if (CONTROL.has(tag) && YEAR.test((e as HTMLInputElement).value ?? '')) return true;
  const attrs = e.attributes;
  for (let k = 0; k < attrs.length; k++) {
    const { name, value } = attrs[k]!;
    if ((name.startsWith('data-') || name === 'content' || name === 'datetime' || name === 'value') && YEAR.test(value)) return true;
  }
  return false;
}

export function genericAdapter(reasons: GenericReasons): SiteAdapter {
  let followed: Element[] | null = null;
  let own = new Set<Node>();
  /** The followed elements and all their ancestors. */
  let around = new Set<Node>();
  let lookedAt = new WeakMap<Node, number>();

  const touches = (r: MutationRecord): boolean => {
    if (around.has(r.target)) return true;
    for (let n: Node | null = r.target; n; n = up(n)) if (own.has(n)) return true;
    if (r.type === 'childList') {
      const added = r.addedNodes;
      const n = added.length;
      if (n > 8 && n * 2 >= r.target.childNodes.length) {
        // Most children new (a list rebuilt): one look at the whole container. A live list rebuilt
        // again within LOOK_MS of a look that found nothing is looked at again after LOOK_MS.
        const now = performance.now();
        if (now - (lookedAt.get(r.target) ?? -LOOK_MS) < LOOK_MS) return false;
        if (mayHoldPatient(r.target)) return true;
        lookedAt.set(r.target, now);
        return false;
      }
      for (let i = 0; i < n; i++) if (mayHoldPatient(added[i]!)) return true;
      return false;
    }
    return mayHoldPatient(r.target); // characterData: the new text; attributes: what it may reveal
  };

  return {
    id: 'generic',
    matches: () => true,
    // The URL counts: the record id may come from it.
    fingerprint: (doc) =>
      followed
        ? doc.location.href + followed.map((e) => (e.isConnected ? 1 : 0)).join('')
        : doc.location.href + (doc.body?.textContent ?? '') + sameOriginFrameDocs(doc).map((d) => d.body.textContent).join('\u0000'),
    affects: (records) => followed !== null && records.some(touches),
    detect(doc, url) {
      const { detection, sources } = readPage(doc, url.origin, reasons);
      followed = detection.kind === 'patient' && sources.length <= MAX_FOLLOWED ? sources : null;
      own = new Set(followed);
      lookedAt = new WeakMap();
      around = new Set();
      for (const e of own) for (let n: Node | null = e; n && !around.has(n); n = up(n)) around.add(n);
      return detection;
    },
  };
}
