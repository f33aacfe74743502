import type { PatientContext } from '../clinical/identity/patient-context';
import type { SiteAdapter, Verdict } from './adapter';
import { sameOriginFrameDocs } from './frames';
import { readPage, type GenericReasons } from './generic';
import type { DateMemory } from './generic/collect';

// The fallback for record software no adapter knows: the generic label/value detector, whose
// reading walks the whole page. What it follows between readings:
// - once a patient is read, the elements the reading rests on (each fact's element and label).
//   A mutation on or in one of them, or on one of their ancestors (a child added, removed or
//   replaced, a class changed), reads the page again. Elsewhere, only new content that may hold a
//   birth date (every date read has a four-digit year), a frame or a shadow tree can add a patient
//   or a list: that reads the page again too; other mutations do not, the watcher's periodic
//   re-reading catching what this cannot see (a label renamed beside a date, a value set as a
//   property). A list rebuilt without pause is looked at whole, at most twice a second and always
//   after its last rebuild: looked at, it needs no periodic re-reading (a full reading of the page
//   every 10 s was most of what a live list cost).
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
// custom element (shadow tree), or a year in a data-*, content, datetime or value attribute. Walked
// in script: measured in Chromium on the bench's 200-row list, 0.05 ms a look against 1.0 ms for
// the same question as one XPath query (the browser's XPath evaluation is the slower of the two).
/** Whether a subtree added or changed away from the patient's elements may hold a patient. */
function mayHoldPatient(n: Node): boolean {
  if (n.nodeType === 3) return YEAR.test(n.nodeValue ?? '');
  if (n.nodeType !== 1) return false;
  const el = n as Element;
  if (YEAR.test(el.textContent ?? '') || holds(el)) return true;
  const all = el.getElementsByTagName('*');
  for (let i = 0; i < all.length; i++) if (holds(all[i]!)) return true;
  return false;
}

/** Whether one element may hold a patient without a year in its text. */
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

/** What names a person, without the record id and the reading's confidence. */
const who = (p: PatientContext) => [p.birthName, p.usedName, p.firstNames, p.birthDate, p.sex, p.nir].join('|');

export function genericAdapter(reasons: GenericReasons): SiteAdapter {
  /**
   * The last patient read. The same person under another record id is a single-page application
   * whose URL already names the next record while its header still shows the previous patient
   * (it re-renders once the record is fetched): read as is, the new record's key would get the
   * previous patient's identity. No patient until the page shows someone else (a perfect homonym
   * shown next stays refused: no patient rather than a wrong one).
   */
  let lastRead: PatientContext | undefined;
  /** The order of numeric dates an earlier screen of this application showed (« 14-09-1975 »: day first). */
  const dates: DateMemory = {};
  let followed: Element[] | null = null;
  let own = new Set<Node>();
  /** The followed elements and all their ancestors. */
  let around = new Set<Node>();
  let lookedAt = new WeakMap<Node, number>();
  /** Containers rebuilt since their last look, looked at when LOOK_MS has passed since it. */
  let due = new Set<Node>();
  /** Containers seen rebuilt before (live lists), whatever the reading. */
  const rebuiltBefore = new WeakSet<Node>();
  /**
   * Live lists away from the patient's elements, looked at and found empty of any patient: no
   * longer observed (the browser builds a record of every row a rebuild adds and removes, most of
   * what such a list cost), looked at every LOOK_MS instead. A new array when it changes.
   */
  let quiet: readonly Node[] = [];

  const look = (container: Node, now: number): Verdict => {
    if (container.isConnected && mayHoldPatient(container)) return 'read';
    lookedAt.set(container, now);
    due.delete(container);
    // Rebuilt for the first time (a view replaced: a tab of the record), it may show other data
    // than a patient's identity: let pass, as any change. Rebuilt again (a live list): seen.
    if (rebuiltBefore.has(container)) {
      if (!quiet.includes(container) && !around.has(container) && !followed?.some((e) => container.contains(e))) quiet = [...quiet, container];
      return 'seen';
    }
    rebuiltBefore.add(container);
    return 'pass';
  };
  /** `added`: nodes added to each container in the batch (a list rebuilt at once, or row by row). */
  const touches = (r: MutationRecord, added: Map<Node, number>, rebuilt: Map<Node, Verdict>, now: number): Verdict => {
    const t = r.target;
    if (around.has(t)) return 'read';
    for (let n: Node | null = t; n; n = up(n)) if (own.has(n)) return 'read';
    if (r.type === 'childList') {
      const n = added.get(t) ?? 0;
      if (n > 8 && n * 2 >= t.childNodes.length) {
        // Most children new (a list rebuilt): one look at the whole container, or, within LOOK_MS
        // of the last look, one when LOOK_MS has passed (what it shows then replaced these rows).
        let v = rebuilt.get(t);
        if (v === undefined) {
          const since = now - (lookedAt.get(t) ?? -LOOK_MS);
          if (since >= LOOK_MS) v = look(t, now);
          else {
            due.add(t);
            v = LOOK_MS - since;
          }
          rebuilt.set(t, v);
        }
        return v;
      }
      for (let i = 0; i < r.addedNodes.length; i++) if (mayHoldPatient(r.addedNodes[i]!)) return 'read';
      return 'pass';
    }
    return mayHoldPatient(t) ? 'read' : 'pass'; // characterData: the new text; attributes: what it may reveal
  };
  const affects = (records: MutationRecord[]): Verdict => {
    if (!followed) return 'pass';
    const now = performance.now();
    let verdict: Verdict = 'seen';
    if (!records.length) {
      for (const c of [...due]) if (look(c, now) === 'read') return 'read';
      // The lists no longer observed: gone from the page, observed no more; else looked at.
      if (quiet.some((c) => !c.isConnected)) quiet = quiet.filter((c) => c.isConnected);
      for (const c of quiet) if (look(c, now) === 'read') return 'read';
    }
    const added = new Map<Node, number>();
    for (const r of records) if (r.type === 'childList') added.set(r.target, (added.get(r.target) ?? 0) + r.addedNodes.length);
    const rebuilt = new Map<Node, Verdict>();
    for (const r of records) {
      const v = touches(r, added, rebuilt, now);
      if (v === 'read') return 'read';
      if (v === 'pass' || verdict === 'pass') verdict = 'pass';
      else if (typeof v === 'number') verdict = typeof verdict === 'number' ? Math.min(verdict, v) : v;
    }
    // A container still due (rebuilt since its look), or a list no longer observed, is looked at
    // later, whatever else passed.
    return verdict === 'seen' && (due.size || quiet.length) ? LOOK_MS : verdict;
  };

  return {
    id: 'generic',
    matches: () => true,
    // The URL counts: the record id may come from it.
    fingerprint: (doc) =>
      followed
        ? doc.location.href + followed.map((e) => (e.isConnected ? 1 : 0)).join('')
        : doc.location.href + (doc.body?.textContent ?? '') + sameOriginFrameDocs(doc).map((d) => d.body.textContent).join('\u0000'),
    affects,
    quiet: () => quiet,
    detect(doc, url) {
      const { detection: read, sources } = readPage(doc, url.origin, reasons, dates);
      let detection = read;
      if (detection.kind === 'patient') {
        const p = detection.patient;
        if (lastRead?.recordId && p.recordId && p.recordId !== lastRead.recordId && who(p) === who(lastRead)) detection = { kind: 'none', reason: reasons.moving };
        else lastRead = p;
      }
      followed = detection.kind === 'patient' && sources.length <= MAX_FOLLOWED ? sources : null;
      own = new Set(followed);
      lookedAt = new WeakMap();
      due = new Set();
      quiet = []; // observed again until seen rebuilt again, away from what this reading rests on
      around = new Set();
      for (const e of own) for (let n: Node | null = e; n && !around.has(n); n = up(n)) around.add(n);
      return detection;
    },
  };
}
