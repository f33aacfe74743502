import { nameKey } from '../../clinical/identity/text';
import { labelKey, type Fact } from './fields';

// GNU Health on Tryton, in French, labels a person's given name « Nom » beside « Noms de famille »
// (Tryton's party « Name »). A bare « Nom » is read as the first names only where it can be nothing
// else: no first name is read anywhere in the group, the family name is labelled and written in
// capitals while the « Nom » value is in mixed case (the French convention), and the two fields
// sit in one row, and the party is not flagged as no patient (a health professional's party shows
// its « Patient » box unticked). A used name beside a birth name is written like it (both in
// capitals, or both not) and keeps its reading.

const caps = (v: string) => !/\p{Ll}/u.test(v);

/** Whether two elements sit in one small box (a form row): their common ancestor is at most 4 levels above `a`. */
function oneRow(a: Element, b: Element): boolean {
  for (let e: Element | null = a, n = 0; e && n <= 4; e = e.parentElement, n++) if (e.contains(b)) return true;
  return false;
}

/** Whether a « Patient » box is shown unticked (GNU Health's party flags: a health professional's party). */
function notPatient(doc: Document): boolean {
  return Array.from(doc.querySelectorAll('label[for]')).some((l) => {
    const box = doc.getElementById(l.getAttribute('for')!) as HTMLInputElement | null;
    return box?.type === 'checkbox' && !box.checked && labelKey(l.textContent ?? '') === 'patient';
  });
}

/** The group's facts, its bare « Nom » read as first names where the page says so. */
export function nomAsGiven(facts: Fact[]): Fact[] {
  if (facts.some((f) => f.f === 'firstNames' || f.f === 'usedFirstName' || f.f === 'fullName' || f.f === 'usedName')) return facts;
  const families = facts.filter((f) => f.f === 'birthName');
  const noms = facts.filter((f) => f.f === 'name');
  if (!noms.length || !families.some((f) => f.via === 'label') || !families.every((f) => caps(f.v))) return facts;
  if (noms.some((n) => n.via !== 'label' || caps(n.v) || nameKey(n.v) !== nameKey(noms[0]!.v) || !families.some((f) => f.via === 'label' && oneRow(n.el, f.el)))) return facts;
  if (notPatient(noms[0]!.el.ownerDocument)) return facts;
  return facts.map((f) => (f.f === 'name' ? { ...f, f: 'firstNames' } : f));
}
