import { completedMonths } from '../../clinical/identity/age';
import { parseName } from '../../clinical/identity/name';
import { checkNir } from '../../clinical/identity/nir';
import { parseSex, splitCivility } from '../../clinical/identity/sex';
import { fold, nameKey } from '../../clinical/identity/text';
import type { Chunk } from './collect';
import { addFacts, dicomName, labelField, TITLE, type Fact, type ReadOptions } from './fields';
import { mixedOrder } from './first-names';
import { withoutSuffix } from './name-suffix';
import { BREADCRUMB, ID_WORDS, NAMES, NOT_PATIENT, PLACE_WORDS, SECTION_WORDS, type Field } from './labels';
import { isRendered, textOf, within } from './visible';

// Reading what a page shows without labels, as a person does, and only where signals agree:
// - a date shown alone is a birth date when an age shown beside it (same line or band) matches it,
//   or a NIR beside it has its year and month;
// - the name of that person is the name-shaped text nearest the date (a family name in capitals,
//   or given names first on an English page); several different ones there: the most prominent
//   (heading, larger or bolder type) when it clearly dominates, else none.

/** Largest text (characters) of a line or header band around a date. */
const BAND = 400;
// Where a name is not the patient's: controls, navigation, column or row headers, a doctor, the
// value beside a caption cell no name label matched (« Husband's Name | Said Omari »).
const NOT_NAME = `button,[role=button],[role=tab],[role=menuitem],[role=menu],[role=menubar],[role=tablist],nav,label,legend,th,dt,th+td,dt+dd,select,option,textarea,${BREADCRUMB}`;
// Markup naming the signed-in user (`class="user"`, `aria-label="User menu"`, `id="userWelcome"`);
// a patient's profile (iCare's `patient-profile` sidebar) is the patient's.
const USER = /\b(?:user|utilisateur|account|compte|(?<!patient )profile?|connecte|logged)\b/;
// A caption of the signed-in user's login or role (« User: », « Utilisateur : », « Role: »), folded.
const USER_LABEL = /^(?:user(?: ?name)?|utilisateur|login|identifiant de connexion|role|connecte(?:e)?(?: en tant que| comme)?|logged in as|signed in as)\s*:/;
const OTHER = new RegExp(`\\b(?:${NOT_PATIENT.join('|')})\\b`);
// A name's word: capitalised, never an acronym inside a word ("OpenMRS ID" is a label).
const WORD = /^(?!.*\p{Ll}\p{Lu}{2})(?:\p{Lu}[\p{L}'’.-]*|de|du|des|la|le|van|von|der|den|da|di|del|d['’]\p{Lu}[\p{L}'’-]*)$/u;

type Up = (e: Element) => Element | null;

/** The smallest element holding both, across frames and shadow roots. */
function common(a: Element, b: Element, up: Up): Element | null {
  const seen = new Set<Element>();
  for (let e: Element | null = a; e; e = up(e)) seen.add(e);
  for (let e: Element | null = b; e; e = up(e)) if (seen.has(e)) return e;
  return null;
}

export const near = (a: Element, b: Element, up: Up) => {
  const c = common(a, b, up);
  return !!c && textOf(c, BAND).length <= BAND;
};

/** Whole months from an ISO birth date to today, counted as the record's age is (negative for a date to come). */
export function monthsOld(birth: string): number {
  const now = new Date();
  return completedMonths(birth.split('-').map(Number), [now.getFullYear(), now.getMonth() + 1, now.getDate()]);
}

/** Whether an age in months matches a birth date today (a page may compute it a little earlier). */
export function ageFits(months: number, birth: string): boolean {
  const age = monthsOld(birth);
  return age >= 0 && (months >= 24 ? Math.abs(age - (age % 12) - months) <= 12 : Math.abs(age - months) <= 1);
}

function nirFits(nir: string, birth: string): boolean {
  const p = checkNir(nir);
  return p.ok && p.birthYear === birth.slice(2, 4) && (p.birthMonth === null || p.birthMonth === +birth.slice(5, 7));
}

/** Birth dates confirmed from dates shown without labels (none when a label already names one). */
export function confirmDates(facts: Fact[], up: Up): void {
  if (facts.some((f) => f.f === 'birthDate')) return;
  const witnesses = facts.filter((f) => f.f === 'age' || f.f === 'nir' || f.f === 'ins');
  if (!witnesses.length) return;
  for (const d of facts.filter((f) => f.f === 'date')) {
    // A two-digit year ("12 Mar 45"): the one century an age beside it fits, never a NIR (its year has two digits too).
    const open = d.v.startsWith('..');
    const fits = (v: string) => witnesses.some((x) => (x.f === 'age' ? ageFits(+x.v, v) : !open && nirFits(x.v, v)) && near(x.el, d.el, up) && isRendered(x.el));
    const v = open ? ['19', '20'].map((c) => c + d.v.slice(2)).filter(fits) : fits(d.v) ? [d.v] : [];
    if (v.length === 1 && isRendered(d.el)) facts.push({ ...d, f: 'birthDate', v: v[0]! });
  }
}

/** How prominent a text is: headings, then type size and weight (asked of a few elements only). */
export function prominence(el: Element): number {
  const h = el.closest('h1,h2,h3,[role=heading]') ? 8 : 0;
  const st = el.ownerDocument.defaultView?.getComputedStyle(el);
  const weight = st?.fontWeight === 'bold' ? 700 : parseInt(st?.fontWeight ?? '', 10) || 400;
  return h + (parseFloat(st?.fontSize ?? '') || 16) + (weight >= 600 ? 2 : 0);
}

/** Whether the element or its near ancestors are marked (class, id, test id, aria-label) with such words. */
/** An element's own marks: its class, id, test id and aria-label, as written. */
export const marksOf = (el: Element): string => ['class', 'id', 'data-testid', 'aria-label'].map((a) => el.getAttribute(a) ?? '').join(' ');

export function marked(el: Element, words: RegExp, depth = 3): boolean {
  for (let e: Element | null = el, n = 0; e && n < depth; e = e.parentElement, n++) {
    if (words.test(fold(marksOf(e).replace(/([a-z])([A-Z])/g, '$1 $2')).replace(/[^a-z]+/g, ' '))) return true;
  }
  return false;
}

/**
 * The text of a name candidate: its element's whole text when short ("Henrietta Jane <b>OKONKWO</b>"
 * is one name), without a record number in parentheses ("Rosalind Whitcombe (1003)", "(GAN203006)"),
 * a civility or an English nickname in parentheses read as `name-suffix.ts` says.
 */
export function nameText({ t, el }: Chunk, o: ReadOptions): string {
  // A button in the name's box (SanteDB's status menu « Active ▾ » in the heading) is no part of it.
  const whole = el.querySelector('button,[role=button]') ? t : textOf(el, 80);
  // A comma closing the name (iCare's « Amina Mwakyusa, » before an empty middle name) joins nothing.
  const n = dicomName(whole.length <= 60 ? whole : t).replace(/\s*[([][\w-]*\d[\w-]*[)\]]\s*$/, '').replace(/\s+,/g, ',').replace(/,\s*$/, '');
  return withoutSuffix(n, o.names === 'given-first');
}

/** A table cell in a column of labels: another row has a known label in that column (« Born », then « Ethnic Group »). */
function labelColumn(el: Element): boolean {
  const cell = el.closest('td');
  const row = cell?.parentElement;
  const table = cell?.closest('table');
  if (!cell || !row || !table || cell === row.lastElementChild) return false;
  const i = Array.prototype.indexOf.call(row.children, cell);
  return Array.from(table.querySelectorAll('tr')).some((r) => r !== row && r.closest('table') === table && !!labelField((r.children[i]?.textContent ?? '').trim()));
}

/** A text that reads as a person's name: family name and first names, every word capitalised. */
export function nameShaped(chunks: Chunk[], j: number, o: ReadOptions): boolean {
  const { el, c } = chunks[j]!;
  const t = nameText(chunks[j]!, o);
  if (c || t.length < 4 || t.length > 60 || /[\d:@/|]/.test(t) || TITLE.test(t) || labelField(t) || parseSex(t)) return false;
  const before = chunks[j - 1]?.t ?? '';
  // "Médecin traitant : Paul BERNARD", "Dr | Paul BERNARD", a doctor's or the user's markup.
  if (/:$|(?:^|\s)(?:dr|pr)\.?$/i.test(before) || within(el, NOT_NAME) || marked(el, OTHER) || labelColumn(el)) return false;
  // « User: mlambert | Marc Lambert | Role: … »: a name beside the user's login or role is the user's.
  if ([j - 2, j - 1, j + 1].some((k) => USER_LABEL.test(fold(chunks[k]?.t ?? '')))) return false;
  const p = parseName(t, o.names ?? mixedOrder(t));
  // « Family, Given Middle » (KenyaEMR, Fasten, OSCAR): one comma after the family name. In mixed
  // case it reads like any list (« Allergies, Alerts »): only in a heading or a box marked as a name.
  const rest = splitCivility(t).rest;
  const comma = /^([^,]+),\s*(?=[^,]+$)/.exec(rest);
  if (comma && !/^\p{Lu}[\p{Lu}'’ -]*\p{Lu}$/u.test(comma[1]!) && !within(el, 'h1,h2,h3,h4,h5,h6') && !marked(el, /\bname\b/)) return false;
  const words = (comma ? `${comma[1]} ${rest.slice(comma[0].length)}` : rest).split(/\s+/);
  return !!p.birthName && !!p.firstNames && words.length >= 2 && words.length <= 6 && words.every((w) => WORD.test(w) && !labelField(w) && !SECTION_WORDS.includes(fold(w)) && !ID_WORDS.includes(fold(w)) && !PLACE_WORDS.includes(fold(w)));
}

/**
 * Names for birth dates that have none near them: going up from the date, the first container
 * holding name-shaped text gives it, unless a name read otherwise sits there first.
 */
export function lookNames(facts: Fact[], chunks: Chunk[], up: Up, opts: (el: Element) => ReadOptions): void {
  const named = facts.filter((f) => NAMES.includes(f.f));
  for (const d of facts.filter((f) => f.f === 'birthDate')) {
    const i = chunks.findIndex((c) => c.el === d.el || d.el.contains(c.el));
    if (i < 0) continue;
    let lo = i;
    let hi = i;
    for (let box: Element | null = d.el, n = 0; box && n < 8; box = up(box), n++) {
      if (named.some((f) => box!.contains(f.el)) || textOf(box, BAND).length > BAND) break;
      while (lo > 0 && box.contains(chunks[lo - 1]!.el)) lo--;
      while (hi < chunks.length - 1 && box.contains(chunks[hi + 1]!.el)) hi++;
      const found = new Map<string, Chunk>();
      for (let j = lo; j <= hi; j++) {
        const c = chunks[j]!;
        if (nameShaped(chunks, j, opts(c.el)) && isRendered(c.el)) found.set(nameKey(nameText(c, opts(c.el))), c);
      }
      if (!found.size) continue;
      const ranked = [...found.values()].map((c) => [c, prominence(c.el)] as const).sort((a, b) => b[1] - a[1]);
      const [best, second] = ranked;
      // Two different names as prominent: nothing says which one is the patient's.
      if (!second || best![1] >= second[1] + 2) addFacts(facts, 'fullName', nameText(best![0], opts(best![0].el)), best![0].el, 'look', opts(best![0].el));
      break;
    }
  }
}

/**
 * Whether the name read is shown elsewhere as the user's own (a header's user menu) or with a
 * doctor's title: the page is a professional's account or profile, not a patient's record.
 */
export function shownAsUser(names: string[], first: string, chunks: Chunk[]): boolean {
  const f = ` ${nameKey(first.split(' ')[0]!)} `;
  const keys = names.map((n) => ` ${nameKey(n)} `);
  return chunks.some(({ t, el }) => {
    const k = ` ${nameKey(t)} `;
    if (!k.includes(f) || !keys.some((n) => k.includes(n))) return false;
    return TITLE.test(t) || marked(el, USER, 4);
  });
}
