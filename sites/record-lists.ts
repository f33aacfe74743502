import { normalizeText } from './forms/text-normalize';
import { isHidden } from './forms/field-state';
import { demoListSelectors } from './demo-lists';
import { HEADING_TAGS, MAX_LINE_LENGTH, MAX_LINES, RECORD_LIST_HEADINGS, RECORD_LIST_TOPICS, type RecordListTopic } from './record-list-words';

// The patient's allergies, current treatments and history as the record page shows them, to be
// proposed in the intake's review items. The site adapter's lists first (MédiDémo), then headed
// lists read as a person does: a heading or label whose whole text names the topic (words in
// record-list-words.ts), followed by a list, a table, a definition or lines of text, up to the
// next heading. Only what is rendered counts. Text only: the panel shows it for the assistant to
// confirm, it never decides anything from it.
export type RecordLists = Partial<Record<RecordListTopic, string[]>>;

const PHRASES = RECORD_LIST_TOPICS.map((topic) => ({ topic, phrases: new Set(RECORD_LIST_HEADINGS[topic].map(normalizeText)) }));
const HEADINGS = new Set<string>(HEADING_TAGS);
const BLOCKS = 'p, div, li, dd, td, span';

// Computed styles rather than layout boxes, so that the test DOM (no layout) judges as a browser does.
const visible = (el: Element): boolean => !el.closest('[aria-hidden="true"], template, details:not([open]) > :not(summary)') && !isHidden(el);

const tidy = (s: string) => s.replace(/[\s\u00a0\u202f]+/g, ' ').trim().slice(0, MAX_LINE_LENGTH);

/** The topic a heading's text names, or null. « Allergies (2) : » → allergies. */
export function topicOfHeading(text: string): RecordListTopic | null {
  const words = normalizeText(text.replace(/\(\s*\d+\s*\)/g, ''));
  if (!words || words.length > 60) return null;
  return PHRASES.find((p) => p.phrases.has(words))?.topic ?? null;
}

/** Visible text of an element, line by line (block children and <br> break lines). */
function linesOf(el: Element): string[] {
  const out: string[] = [];
  let cur = '';
  const flush = () => {
    const t = tidy(cur);
    if (t) out.push(t);
    cur = '';
  };
  const walk = (n: Node) => {
    if (n.nodeType === 3) cur += n.nodeValue ?? '';
    else if (n.nodeType === 1) {
      const e = n as Element;
      if (e.tagName === 'SCRIPT' || e.tagName === 'STYLE' || !visible(e)) return;
      if (e.tagName === 'BR') return flush();
      const block = /^(P|DIV|LI|DD|DT|TR|UL|OL|TABLE|TBODY|SECTION|H\d)$/.test(e.tagName);
      if (block) flush();
      if (e.tagName === 'TR') {
        cur = [...e.children].filter((c) => c.tagName === 'TD' || c.tagName === 'TH').map((c) => tidy(c.textContent ?? '')).filter(Boolean).join(' — ');
        return flush();
      }
      e.childNodes.forEach(walk);
      if (block) flush();
    }
  };
  walk(el);
  flush();
  return out;
}

function isHeadingLike(el: Element): boolean {
  if (el.getAttribute('role') === 'heading') return true;
  if (!HEADINGS.has(el.tagName)) return false;
  // <strong>/<b> count only when they stand as the line's label (« <b>Allergies :</b> … »).
  if (el.tagName === 'STRONG' || el.tagName === 'B') return el.parentElement?.firstElementChild === el;
  return true;
}

/** Another heading of any topic, or any real heading, ends the list. */
const endsList = (el: Element) => /^H\d$/.test(el.tagName) || el.getAttribute('role') === 'heading' || (isHeadingLike(el) && topicOfHeading(el.textContent ?? '') !== null);

/** What follows the heading: the rest of its line, the <dd>s, the row's cells, the table, or the next blocks. */
function listAfter(h: Element): string[] {
  if (h.tagName === 'DT') {
    const out: string[] = [];
    for (let n = h.nextElementSibling; n && n.tagName === 'DD'; n = n.nextElementSibling) if (visible(n)) out.push(...linesOf(n));
    return out;
  }
  if (h.tagName === 'CAPTION') return [...(h.closest('table')?.querySelectorAll('tbody tr') ?? [])].filter(visible).flatMap(linesOf);
  if (h.tagName === 'TH' && h.parentElement?.tagName === 'TR' && h.nextElementSibling) {
    return [...h.parentElement.children].filter((c) => c !== h && c.tagName === 'TD' && visible(c)).flatMap(linesOf);
  }
  if (h.tagName === 'LEGEND') return [...(h.parentElement?.children ?? [])].filter((c) => c !== h && visible(c)).flatMap(linesOf);
  // Inline label: « Allergies : pénicilline » in the same line.
  const parent = h.parentElement;
  if ((h.tagName === 'STRONG' || h.tagName === 'B' || h.tagName === 'LABEL') && parent) {
    const rest = tidy((parent.textContent ?? '').slice((parent.textContent ?? '').indexOf(h.textContent ?? '') + (h.textContent ?? '').length)).replace(/^[:\-–—]\s*/, '');
    if (rest) return [rest];
  }
  // The blocks after the heading (climbing out of a wrapper that holds only the heading).
  let from: Element | null = h;
  while (from && !from.nextElementSibling && from.parentElement && from.parentElement.children.length === 1) from = from.parentElement;
  const out: string[] = [];
  for (let n = from?.nextElementSibling ?? null; n && out.length < MAX_LINES; n = n.nextElementSibling) {
    if (endsList(n) || n.querySelector(HEADING_TAGS.slice(0, 6).join(','))) break;
    if (!visible(n) || !n.matches(`ul, ol, table, dl, ${BLOCKS}`)) continue;
    out.push(...linesOf(n));
  }
  return out;
}

/** Headed lists of the page: the first heading found for each topic wins. */
export function readHeadedLists(doc: Document): RecordLists {
  const out: RecordLists = {};
  const candidates = doc.body?.querySelectorAll(`${HEADING_TAGS.join(',')}, [role="heading"]`) ?? [];
  for (const h of candidates) {
    if (!isHeadingLike(h)) continue;
    const topic = topicOfHeading(h.textContent ?? '');
    if (!topic || out[topic] || !visible(h)) continue;
    const lines = listAfter(h).filter((l) => topicOfHeading(l) === null).slice(0, MAX_LINES);
    if (lines.length) out[topic] = lines;
  }
  return out;
}

/** The adapter's lists (by their own selectors), then headed lists for the topics still missing. */
export function readRecordLists(doc: Document): RecordLists {
  const out: RecordLists = {};
  for (const topic of RECORD_LIST_TOPICS) {
    const el = doc.querySelector(demoListSelectors[topic]);
    if (el && visible(el)) {
      const lines = linesOf(el).slice(0, MAX_LINES);
      if (lines.length) out[topic] = lines;
    }
  }
  const headed = readHeadedLists(doc);
  for (const topic of RECORD_LIST_TOPICS) if (!out[topic] && headed[topic]) out[topic] = headed[topic];
  return out;
}
