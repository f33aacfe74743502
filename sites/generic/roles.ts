import { nameKey } from '../../clinical/identity/text';
import { ROLE_ALONE, ROLES } from '../role-words';
import type { Chunk } from './collect';
import type { Fact } from './fields';
import { marked } from './look';
import { textOf } from './visible';

// Other persons on a patient's page, as a person reads them: the father, the trusted person, the
// doctor or the emergency contact sit under a caption naming their role (a heading, a legend, a
// table's group row, a field's label, a block's title), and the page's own title or header names
// the patient. Used only to settle a page the reader refuses because several persons are shown.

type Up = (e: Element) => Element | null;

const key = (s: string) => ` ${nameKey(s)} `;
const PHRASES = [...ROLES.fr, ...ROLES.en].map(key);
const ALONE = new Set([...ROLE_ALONE.fr, ...ROLE_ALONE.en].map(key));
/** A caption naming a role (« Personne à prévenir », "Next of kin", « Mère : »). */
const isRole = (t: string) => t.length <= 48 && (ALONE.has(key(t)) || PHRASES.some((p) => key(t).includes(p)));
const only = (t: string) => ALONE.has(key(t)) || PHRASES.includes(key(t));

const CAPTION_TAG = /^(h[1-6]|legend|caption|label|dt|th|strong|b|summary)$/;
const CAPTION_MARK = /\b(?:title|titre|head|header|heading|caption|legend|category|label|libelle)\b/;
const CONTROL = 'input,select,textarea,button';

/** A caption: short text, no control, shaped or marked as a heading or a label; its text, or null. */
function caption(el: Element): string | null {
  if (el.querySelector(CONTROL)) return null;
  const t = textOf(el, 60);
  if (!t || t.length > 50) return null;
  const row = el.localName === 'tr' && Array.from(el.children).every((c) => c.localName === 'th');
  return row || CAPTION_TAG.test(el.localName) || el.getAttribute('role') === 'heading' || marked(el, CAPTION_MARK, 1) ? t : null;
}

/**
 * Whether an element sits under a caption naming someone else's role: going up from it, at each
 * level the nearest caption before it (a group row of its table, a heading or title before its
 * block, a legend) or opening its box is read, up to 8 levels; the first role caption explains it.
 */
export function underRole(el: Element, up: Up): boolean {
  for (let a: Element | null = el, n = 0; a && n < 8 && a.localName !== 'body'; a = up(a), n++) {
    const first = a.firstElementChild;
    const own = first && first !== el && !first.contains(el) ? caption(first) : null;
    if (own && isRole(own)) return true;
    let i = 0;
    for (let p = a.previousElementSibling; p && i < (a.localName === 'tr' ? 60 : 10); p = p.previousElementSibling, i++) {
      // A block whose whole text is a role is a caption, whatever its markup (`<p class="grpheader">Guardian</p>`).
      const c = caption(p);
      if (c ? isRole(c) : only(textOf(p, 50))) return true;
      if (c) break; // the nearest caption governs this level
    }
  }
  return false;
}

/** The facts a role caption explains as another person's. */
export function othersIn(facts: Fact[], up: Up): Set<Fact> {
  const memo = new Map<Element, boolean>();
  const explained = (e: Element) => memo.get(e) ?? (memo.set(e, underRole(e, up)), memo.get(e)!);
  return new Set(facts.filter((f) => explained(f.el) || (!!f.label && explained(f.label))));
}

const HEADER = 'h1,h2,h3,h4,[role=heading],caption,header,[role=banner],th';
const HEADER_MARK = /\b(?:header|banner|bandeau|entete|title|titre|bar)\b/;

/**
 * Whether the page names this person as its patient, and never as another: the family name and
 * first name in a document's title or in the page's header (a heading, a title cell, a banner),
 * or the URL is one patient's record; and no caption explains this name or birth date as someone else's.
 */
export function namedAsPatient(
  p: { birthName: string; usedName?: string; firstNames: string; birthDate: string },
  others: Set<Fact>,
  chunks: Chunk[],
  docs: Document[],
  recordUrl: boolean,
): boolean {
  const families = [p.birthName, p.usedName].filter(Boolean).map((n) => key(n!));
  const first = key(p.firstNames.split(' ')[0]!);
  const names = (t: string) => key(t).includes(first) && families.some((f) => key(t).includes(f));
  const other = [...others];
  if (other.some((f) => f.f === 'birthDate' && f.v === p.birthDate)) return false;
  if (other.some((f) => f.f === 'firstNames' && key(f.v).startsWith(first)) && other.some((f) => /ame$/.test(f.f) && families.includes(key(f.v)))) return false;
  if (recordUrl || docs.some((d) => names(d.title))) return true;
  return chunks.some(({ t, el, c }) => !c && key(t).includes(first) && names(textOf(el, 120)) && (!!el.closest(HEADER) || marked(el, HEADER_MARK, 3)));
}
