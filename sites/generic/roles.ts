import { nameKey } from '../../clinical/identity/text';
import type { PatientContext } from '../../clinical/identity/patient-context';
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
const WHOLE = new RegExp(`^${ROLES.source}$`);
/** Whether a caption names a role; `whole`: only as its whole text. */
const isRole = (t: string, whole?: boolean) => t.length <= 48 && (ROLE_ALONE.test(key(t)) || (whole ? WHOLE : ROLES).test(key(t)));
// A heading, a title or a label, by its markup: a caption before a block, or the page's header.
const MARK = /\b(?:titre|title|head|header|heading|caption|legend|category|label|banner|bandeau|entete|bar)\b/;

const CONTROL = 'input,select,textarea,button';

/** A caption: short text, no control, shaped or marked as a heading or a label; its text, or null. */
function caption(el: Element): string | null {
  const t = textOf(el, 60);
  return t.length < 50 && !el.querySelector(CONTROL) &&
    (/^(h[1-6]|legend|caption|label|dt|th|strong|b)$/.test(el.localName) || el.getAttribute('role') === 'heading' || (el.localName === 'tr' && !el.querySelector('td')) || marked(el, MARK, 1))
    ? t
    : null;
}

/**
 * Whether an element sits under a caption naming someone else's role: going up from it (8 levels),
 * at each level the nearest caption before it (a group row of its table, a heading, label or title
 * before its block) is read, or a block whose whole text is a role (`<p class="grpheader">Guardian</p>`).
 */
export function underRole(el: Element, up: Up): boolean {
  for (let a: Element | null = el, n = 0; a && n < 8 && a.localName !== 'body'; a = up(a), n++)
    for (let p = a.previousElementSibling, i = 0; p && i < 60; p = p.previousElementSibling, i++) {
      const c = caption(p);
      if (c ? isRole(c) : isRole(textOf(p, 50), true)) return true;
      if (c) break; // the nearest caption governs this level
    }
  return false;
}

/** The facts a role caption explains as another person's. */
export function othersIn(facts: Fact[], up: Up): Set<Fact> {
  return new Set(facts.filter((f) => underRole(f.el, up) || (!!f.label && underRole(f.label, up))));
}

/**
 * Whether the page names this person as its patient, and never as another: the URL is one
 * patient's record or a banner line beside « Né(e) le » names them (`named`), or the family name and
 * first name are in a document's title or the page's header (a heading, a title cell, a banner);
 * and no role explains this name or birth date.
 */
export function namedAsPatient(p: PatientContext, others: Set<Fact>, chunks: Chunk[], docs: Document[], named: boolean): boolean {
  const families = [p.birthName, p.usedName].filter(Boolean).map((n) => key(n!));
  const first = key(p.firstNames.split(' ')[0]!);
  const names = (t: string) => key(t).includes(first) && families.some((f) => key(t).includes(f));
  for (const f of others) if ((f.f === 'birthDate' && f.v === p.birthDate) || (f.f === 'firstNames' && key(f.v).includes(first))) return false;
  return (
    named ||
    docs.some((d) => names(d.title)) ||
    chunks.some(({ t, el }) => key(t).includes(first) && names(textOf(el, 120)) && (!!el.closest('h1,h2,h3,h4,[role=heading],header,[role=banner],th') || marked(el, MARK)))
  );
}
