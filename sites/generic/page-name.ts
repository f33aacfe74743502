import { nameKey } from '../../clinical/identity/text';
import type { Chunk } from './collect';
import { addFacts, type Fact, type ReadOptions } from './fields';
import { ageFits, marked, nameShaped, nameText, near, prominence } from './look';
import { underRole } from './roles';
import { isRendered } from './visible';

// A record page may name its patient only in its title (Beda EMR's page heading « Hannah Schmidt »
// above a « General Information » card holding « Birth date 27 Feb 1979 • 47 y.o. ») or in a banner
// whose open popup holds the birth date (OpenEyes). A person reads the title as the patient's name
// because everything agrees; so does the reader, and only then:
// - no name is read anywhere else on the page, and one birth date only;
// - the birth date is a person's own: an age shown beside it matches it;
// - the page is one patient's record: a record id in its URL or its markup;
// - before the birth date (the page's header), every name-shaped text outside the user's menu,
//   doctors, controls and role captions is that one name;
// - it shows as a title: a heading, or a box marked as the patient's (`patient-name`),
//   in type clearly larger or bolder than the birth date's (a brand, a clinic's name or a user's name in a top bar is neither).

type Up = (e: Element) => Element | null;
const TITLE_MARK = /\bpatiente?\b/;
const NAMES = ['name', 'birthName', 'usedName', 'firstNames', 'usedFirstName', 'fullName'];

export function titleName(facts: Fact[], ages: Fact[], chunks: Chunk[], up: Up, opts: (el: Element) => ReadOptions, record: boolean): void {
  const dates = facts.filter((f) => f.f === 'birthDate');
  const born = dates[0]?.v;
  if (!born || dates.some((d) => d.v !== born) || facts.some((f) => NAMES.includes(f.f))) return;
  if (!record && !facts.some((f) => f.f === 'recordId')) return;
  if (!dates.some((d) => ages.some((a) => ageFits(+a.v, born) && near(a.el, d.el, up) && isRendered(a.el)))) return;
  const end = chunks.findIndex((c) => dates.some((d) => c.el === d.el || d.el.contains(c.el)));
  const found = new Map<string, [Chunk, number]>();
  for (let j = 0; j < end; j++) {
    const c = chunks[j]!;
    if (!nameShaped(chunks, j, opts(c.el)) || !isRendered(c.el) || underRole(c.el, up)) continue;
    const k = nameKey(nameText(c, opts(c.el)));
    const p = prominence(c.el);
    if (p > (found.get(k)?.[1] ?? -1)) found.set(k, [c, p]);
  }
  const [only, other] = [...found.values()];
  // A title: a heading, or a box the markup names the patient's (« patient-name »), in larger type.
  if (!only || other || only[1] < prominence(dates[0]!.el) + 2 || !(only[0].el.closest('h1,h2,h3,[role=heading]') || marked(only[0].el, TITLE_MARK))) return;
  addFacts(facts, 'fullName', nameText(only[0], opts(only[0].el)), only[0].el, 'heading', opts(only[0].el));
}
