import { nirMismatches } from '../../clinical/identity/consistency';
import { checkNir } from '../../clinical/identity/nir';
import { nameKey } from '../../clinical/identity/text';
import type { PatientContext } from '../../clinical/identity/patient-context';
import type { Fact, Via } from './fields';
import { NAMES, type Field } from './labels';
import { nomAsGiven } from './given-nom';
import { ancestors } from './tree';

// Labelled values outrank a parsed banner, which outranks a bare heading, then what was read without labels.
const RANK: Record<Via, number> = { label: 0, table: 0, attr: 0, banner: 1, heading: 2, look: 3 };
// Traits of the person: read from one place.
const PERSON: Field[] = ['birthName', 'usedName', 'name', 'firstNames', 'usedFirstName', 'middleNames', 'sex'];
const same = (a?: string, b?: string) => !!a && !!b && nameKey(a) === nameKey(b);
// « Legal first name: Thomas » beside « Full name: Tom Okafor » (Elation): the legal value is the
// identity, the other the name the patient goes by; at the same distance the legal one wins.
const legal = (f: Fact) => +/^legal\b/i.test(f.label?.textContent?.trim() ?? '');

/**
 * One patient from the facts of one group, or null when the birth name or first names are missing.
 * `score` is the unclamped confidence: 0.5 for name + first names + birth date, more for each
 * independent trait that agrees (sex, a NIR whose sex and birth month/year match, several kinds
 * of sources), less for each field the page gives two different values for.
 */
export function build(
  facts: Fact[],
  birthDate: string,
  origin: string,
  up: (e: Element) => Element | null,
): { patient: PatientContext; score: number; mixed?: true } | null {
  facts = nomAsGiven(facts); // GNU Health's « Nom » beside « Noms de famille »
  // When the page gives two values for a field (the patient's name and a correspondent's), the one
  // sharing the deepest container with a birth date is the patient's; only a tie is a conflict.
  const near = new Set(facts.filter((f) => f.f === 'birthDate').flatMap((f) => ancestors(f.el, up)));
  const depth = new Map(facts.map((f) => [f, ancestors(f.el, up).filter((e) => near.has(e)).length]));
  // Names, first names and sex come from one person: the first container, going up from the birth
  // date, that holds both a family name and first names. Those farther away are someone else's (the
  // trusted person, a referring doctor, the user), whatever their label: left out.
  const top = (fs: Field[]) => Math.max(...facts.filter((x) => fs.includes(x.f)).map((x) => depth.get(x)!));
  const core = Math.min(top(['birthName', 'name']), top(['firstNames', 'usedFirstName']));
  // Closest to the birth date first; at the same distance, labelled values before a parsed banner,
  // before a bare heading.
  // A sex word shown alone one box farther (Ottehr's « she/her | Female » line under the name and
  // birth date) is the same person's when that box holds no name.
  const side = (x: Fact) => {
    const a = ancestors(x.el, up);
    const box = a[a.length - depth.get(x)! - 1];
    return !!box && !facts.some((n) => NAMES.includes(n.f) && box.contains(n.el));
  };
  const sorted = facts
    .filter((x) => !PERSON.includes(x.f) || depth.get(x)! >= core || (x.f === 'sex' && x.via === 'look' && depth.get(x) === core - 1 && side(x)))
    .sort((a, b) => depth.get(b)! - depth.get(a)! || RANK[a.via] - RANK[b.via] || legal(b) - legal(a));
  // Facts of a field, one per distinct value, best first.
  const all = (f: Field) => {
    const out: Fact[] = [];
    for (const x of sorted) if (x.f === f && !out.some((o) => (f === 'nir' || f === 'ins' ? o.v === x.v : same(o.v, x.v)))) out.push(x);
    return out;
  };
  let conflicts = 0;
  let mixed: true | undefined;
  // One conflict per field where a value that disagrees with the chosen one sits as close to the
  // birth date. For a name, nothing says which person the date is of: the page is refused.
  const clash = (list: Fact[], chosen: Fact | undefined, agrees: (v: string) => boolean, name?: true) => {
    const tie = !!chosen && list.some((x) => !agrees(x.v) && depth.get(x)! >= depth.get(chosen)! && legal(x) >= legal(chosen));
    if (tie) conflicts++;
    if (tie && name) mixed = true;
    return tie;
  };

  const births = all('birthName');
  const useds = all('usedName');
  const names = all('name');
  const birth = births[0] ?? names[0];
  const birthName = birth?.v;
  // "Nom" as close as an explicit "Nom de naissance" and different is the used name.
  const used = useds[0] ?? (births[0] ? names.find((n) => !same(n.v, birthName) && depth.get(n)! >= depth.get(births[0]!)!) : undefined);
  const usedName = used?.v;
  clash(births, birth, (v) => same(v, birthName), true);
  clash(useds, used, (v) => same(v, usedName), true);
  clash(names, birth, (v) => same(v, birthName) || same(v, usedName), true);

  // "Marie" and "Marie Claire" agree: from the best value, keep the longest that extends it.
  const firsts = all('firstNames');
  const extend = (a: string, b: string) => `${nameKey(b)} `.startsWith(`${nameKey(a)} `);
  const agree = (v: string) => extend(firsts[0]!.v, v) || extend(v, firsts[0]!.v);
  let firstNames = firsts.filter((x) => agree(x.v)).reduce((a, b) => (b.v.length > a.length ? b.v : a), '') || all('usedFirstName')[0]?.v;
  // "First name: Sunita", "Middle name: Devi": every first name, in order.
  const middle = all('middleNames')[0]?.v;
  if (firstNames && middle && !` ${nameKey(firstNames)} `.includes(` ${nameKey(middle)} `)) firstNames += ` ${middle}`;
  clash(firsts, firsts[0], agree, true);
  if (!birthName || !firstNames) return null;

  const sexes = all('sex');
  const sex = clash(sexes, sexes[0], (v) => v === sexes[0]!.v) ? undefined : (sexes[0]?.v as 'F' | 'M' | undefined);

  // Prefer the INS matricule; a NIR that contradicts the sex or birth date is probably the insured
  // person's (a parent's), not the patient's: left out.
  let nir: string | undefined;
  let nirChecked = false;
  let nirRejected = false;
  let nirSex: 'F' | 'M' | undefined;
  for (const { v: n } of [...all('ins'), ...all('nir')]) {
    if (n.length === 13) {
      nir ??= n;
      continue;
    }
    const p = checkNir(n);
    if (!p.ok || nirMismatches(p, { sex, birthDate }).length) {
      nirRejected = true;
      continue;
    }
    nir = p.nir;
    nirChecked = true;
    nirSex = p.sex;
    break;
  }

  // Different ids beside one patient (a list's rows, links) name none of them.
  const ids = all('recordId');
  const recordId = ids.length === 1 ? ids[0]!.v : undefined;
  const insStatus = all('insStatus')[0]?.v as PatientContext['insStatus'];
  // Kinds of sources: a name far from the birth date counts when it repeats one read near it.
  const key = (f: Fact) => f.f + nameKey(f.v);
  const kept = new Set(sorted.map(key));
  // A value read through its label is read again as bare text: that is not another source.
  const kinds = new Set(facts.filter((f) => f.via !== 'look' && kept.has(key(f))).map((f) => f.via)).size || 1;
  const onlyHeading = !sorted.some((f) => RANK[f.via] < 2 && (f.f === 'name' || f.f === 'birthName'));
  const score =
    0.5 +
    (sex ? 0.1 : 0) +
    (nirChecked ? (sex ? 0.25 : 0.2) : 0) +
    Math.min(kinds - 1, 2) * 0.05 +
    (recordId ? 0.05 : 0) -
    conflicts * 0.15 -
    (nirRejected ? 0.1 : 0) -
    (onlyHeading ? 0.1 : 0);

  const patient: PatientContext = { adapter: 'generic', origin, birthName, firstNames, birthDate, confidence: 0 };
  if (usedName) patient.usedName = usedName;
  // The patient's own NIR (its birth year and month agree) says the sex when the page shows none.
  if (sex || (!sexes.length && nirSex)) patient.sex = sex ?? nirSex;
  if (nir) patient.nir = nir;
  if (insStatus) patient.insStatus = insStatus;
  if (recordId) patient.recordId = recordId;
  return { patient, score, mixed };
}

/** Confidence kept within [0.05, 0.95] (the generic reader is never certain), two decimals. */
export const finish = (score: number) => Math.round(Math.min(0.95, Math.max(0.05, score)) * 100) / 100;
