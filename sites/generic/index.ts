import type { Detection } from '../../clinical/identity/patient-context';
import { dateWithSex } from './birth-signs';
import { build, finish } from './build';
import { collect, type DateMemory, type Page } from './collect';
import { inCountedList } from './counted-list';
import type { Fact } from './fields';
import { groupByBirthDate } from './group';
import { confirmDates, lookNames, shownAsUser } from './look';
import { reasons as french, type GenericReasons } from './messages';
import { inCreation, otherRecord } from './other-record';
import { recordIdFromUrl } from './record-id';
import { titleName } from './page-name';
import { namedAsPatient, othersIn, underRole } from './roles';
import { parentIn } from './tree';
import { isRendered, newReading } from './visible';

/**
 * Reads the patient shown on a page no adapter knows (French or English labels, tables, definition
 * lists, forms, banners, data-* hints, microdata, same-origin frames). Only visible elements count.
 * A list of patients gives 'none'; two patients side by side, or two names equally close to the birth
 * date, give 'ambiguous'.
 * `reasons`: the refusal sentences, French by default (pass the locale's to translate).
 */
export function detectPatient(doc: Document, origin: string, reasons: GenericReasons = french): Detection {
  return readPage(doc, origin, reasons).detection;
}

/** A reading, and the elements it rests on: every visible fact's element and its label's. */
export interface Reading {
  detection: Detection;
  sources: Element[];
}

/** `detectPatient`, also naming the elements read (what the watcher follows between full readings). */
export function readPage(doc: Document, origin: string, reasons: GenericReasons = french, seen?: DateMemory): Reading {
  newReading(); // visibility is asked afresh at each reading: a panel hidden since then no longer counts
  const page = collect(doc, seen);
  const up = parentIn(page.frames);
  // What shows without labels counts where other signals agree (look.ts); dates and ages that
  // confirmed nothing are left out before asking the browser what is visible.
  confirmDates(page.facts, up);
  dateWithSex(page.facts);
  // What a visible label says of an element wins over the element's markup names when they differ.
  const said = new Map<Element, Fact[]>();
  for (const f of page.facts) if (f.via === 'label') said.set(f.el, [...(said.get(f.el) ?? []), f]);
  const overruled = (f: Fact) => f.via === 'attr' && !!said.get(f.el)?.length && !said.get(f.el)!.some((l) => l.f === f.f && l.v === f.v);
  const facts = page.facts.filter((f) => f.f !== 'date' && f.f !== 'age' && !overruled(f) && !inCreation(f.el) && isRendered(f.el));
  lookNames(facts, page.chunks, up, page.opts);
  const record = page.docs.some((d) => !!recordIdFromUrl(d.URL));
  titleName(facts, page.facts.filter((f) => f.f === 'age'), page.chunks, up, page.opts, record);
  const sources = [...new Set(facts.flatMap((f) => (f.label ? [f.el, f.label] : [f.el])))];
  let detection = decide(facts, page, origin, reasons);
  // A birth date shown only under a role caption is someone else's (a relative's own form).
  if (detection.kind === 'patient') {
    const born = detection.patient.birthDate;
    if (facts.every((f) => f.f !== 'birthDate' || f.v !== born || underRole(f.el, up))) detection = { kind: 'none', reason: reasons.noName };
    // An entry of a list whose title counts one (the prescriber's « Nouveaux résultats (1) »).
    else if (facts.some((f) => f.f === 'birthDate' && f.v === born && inCountedList(f.el, up))) detection = { kind: 'none', reason: reasons.list(1) };
  }
  // Several persons shown: those a role caption explains (a parent, the trusted person) are left
  // out, and what remains counts only when the page's title, header or URL names it as its patient.
  const others = detection.kind === 'patient' ? null : othersIn(facts, up);
  if (others?.size) {
    const rest = decide(facts.filter((f) => !others.has(f)), page, origin, reasons);
    // A banner line naming them beside « Né(e) le » (a newborn's band above the mother's block) is a header too.
    const banner = rest.kind === 'patient' && facts.some((f) => f.via === 'banner' && f.f === 'firstNames' && f.v === rest.patient.firstNames && !others.has(f));
    if (rest.kind === 'patient' && namedAsPatient(rest.patient, others, page.chunks, page.docs, record || banner)) detection = rest;
  }
  // A professional's, a user's or a relative's own record page (its URL says which) shows no patient.
  if (detection.kind === 'patient' && !record && page.docs.some((d) => otherRecord(d.URL))) detection = { kind: 'none', reason: reasons.user };
  return { detection, sources };
}

function decide(facts: Fact[], page: Page, origin: string, reasons: GenericReasons): Detection {
  // Birth dates read only from the rows of a list table: a list, even when the rows agree.
  const dates = facts.filter((f) => f.f === 'birthDate');
  if (dates.length && dates.every((f) => f.via === 'table')) return { kind: 'none', reason: reasons.list(dates.length) };
  const groups = groupByBirthDate(facts, page.frames);
  if (!groups.size) return { kind: 'none', reason: reasons.noBirthDate };
  if (groups.size > 2) return { kind: 'none', reason: reasons.list(groups.size) };
  const up = parentIn(page.frames);
  const built = [...groups].flatMap(([date, fs]) => build(fs, date, origin, up) ?? []);
  if (!built.length) return { kind: 'none', reason: reasons.noName };
  // Two different names as close to a birth date: no identity is shown, not even as a candidate.
  if (built.some((b) => b.mixed)) return { kind: 'ambiguous', reason: reasons.mixed, candidates: [] };
  if (built.length > 1) {
    for (const b of built) b.patient.confidence = finish(b.score);
    return { kind: 'ambiguous', reason: reasons.two, candidates: built.map((b) => b.patient) };
  }
  const { patient, score } = built[0]!;
  if (shownAsUser([patient.birthName, patient.usedName ?? patient.birthName], patient.firstNames, page.chunks)) return { kind: 'none', reason: reasons.user };
  let s = score - (groups.size > 1 ? 0.15 : 0); // another birth date on the page, without a name
  const urlId = patient.recordId ? undefined : page.docs.map((d) => recordIdFromUrl(d.URL)).find(Boolean);
  // (A single-page app changes its URL before it shows the next patient: the generic adapter,
  // which remembers the last reading, names no one meanwhile — sites/generic-adapter.ts.)
  if (urlId) {
    patient.recordId = urlId;
    s += 0.05;
  }
  patient.confidence = finish(s);
  return { kind: 'patient', patient };
}

export type { GenericReasons } from './messages';
