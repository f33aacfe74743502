import { findDate, type DateOrder } from '../../clinical/identity/date';
import { parseName, type NameOrder } from '../../clinical/identity/name';
import { findNir } from '../../clinical/identity/nir';
import { parseSex } from '../../clinical/identity/sex';
import { clean, fold } from '../../clinical/identity/text';
import { mixedOrder } from './first-names';
import { ENGLISH, HINTS, INS_STATUS, LABELS, NAME_USE, NOT_PATIENT, type Field } from './labels';

/** Where a fact was read: independent sources agreeing raise the confidence. */
export type Via = 'label' | 'table' | 'attr' | 'banner' | 'heading' | 'look';

/** One trait read on the page, already normalised (ISO date, F/M, NIR without spaces). */
export interface Fact {
  f: Field;
  v: string;
  el: Element;
  via: Via;
  /** The label element the value was paired with, when it is another element. */
  label?: Element;
}

/** "Né(e) le :" → "ne le"; "N° S.S." → "n s s". */
export const labelKey = (s: string) =>
  fold(s).replace(/\((?:e|s|es)\)/g, '').replace(/[^a-z0-9]+/g, ' ').trim();

const byLabel = new Map<string, Field>();
for (const [f, list] of Object.entries(LABELS)) for (const l of list) byLabel.set(labelKey(l), f as Field);

/** The field a visible label names ("Date de naissance :"), or undefined. */
export function labelField(text: string): Field | undefined {
  return text.length < 48 ? byLabel.get(labelKey(text)) : undefined;
}

const english = new Set(ENGLISH.map(labelKey));
/** How to read the value of a label: as the page's language says, else as the label's own language. */
export function labelOptions(label: string, o: ReadOptions): ReadOptions {
  return !o.lang && english.has(labelKey(label)) ? { lang: 'en', dates: 'unsure', names: 'given-first' } : o;
}

/** Reading options for a page language (`lang` attribute; '' when the page says none). */
export function langOptions(lang: string): ReadOptions {
  return {
    lang,
    // US pages write month/day; English pages of unknown or mixed region get only unambiguous numeric dates.
    dates: /^en-(?:us|ph)\b/i.test(lang) ? 'mdy' : /^en(?:-ca)?$/i.test(lang) ? 'unsure' : 'dmy',
    names: /^en/i.test(lang) ? 'given-first' : undefined,
  };
}

// An age as pages write it: "45 ans", "(62 a)", "81 yrs", "81 year(s)", "056Y", "47 y.o.", "48yo", "71 y/o", "18 mois", "3 months".
const AGE = /(?<![\p{L}\d/.,-])0*(\d{1,3})\s?(ans?(?:\(s\))?|yrs?|years?(?:\(s\))?(?:\s+old)?|y[./]?\s?o|y|a|mois|months?)(?![\p{L}\d])\.?/iu;

/** A date written with a two-digit year and nothing else ("12 Mar 45", "12/03/45") as `..45-03-12`, or null. */
export function shortDate(text: string, order: DateOrder): string | null {
  const m = /^(\d{1,2}[\s./—–-]+[\p{L}\d]{1,9}\.?[\s./—–-]+)(\d\d)$/u.exec(text.trim());
  return (m && findDate(m[1] + '19' + m[2], order)?.replace(/^19/, '..')) || null;
}

/** An age written in a text, in months, and where it is; null when there is none. */
export function findAge(text: string): { months: number; at: string } | null {
  // Every unit starts with a, y or m right after the number: other texts skip the Unicode pattern.
  const m = (/\d\s?[aym]/i.test(text) ? AGE.exec(text) : null) ?? /^0*(\d{1,3})$/.exec(text);
  if (!m) return null;
  return { months: +m[1]! * (/^mo/i.test(m[2] ?? '') ? 1 : 12), at: m[0] };
}
// Hint phrases, longest first, so the most specific one wins.
const hints = Object.entries(HINTS)
  .flatMap(([f, list]) => list.map((h) => [` ${h} `, f as Field] as const))
  .sort((a, b) => b[0].split(' ').length - a[0].split(' ').length);

/** The field an attribute value names (`patient-birthdate`, `patientBirthDate`), or undefined. */
export function hintField(attr: string): Field | undefined {
  // Attribute values repeat across a page (Vue's data-v-…, React test ids): remember answers.
  if (memo.has(attr)) return memo.get(attr);
  const words = ` ${labelKey(attr.replace(/([a-z])([A-Z])/g, '$1 $2'))} `;
  const f = NOT_PATIENT.some((w) => words.includes(` ${w} `)) ? undefined : hints.find(([h]) => words.includes(h))?.[1];
  if (memo.size < 5000) memo.set(attr, f);
  return f;
}
const memo = new Map<string, Field | undefined>();

// A name is letters, spaces, hyphens, apostrophes, dots. Ages in parentheses are dropped; a birth
// phrase or a digit ends the name part of a text ("DUPONT Marie, née le 12/03/1956").
/** A doctor's or professor's title, anywhere in a text. */
export const TITLE = /(?<!\p{L})(?:dr|pr|docteur|professeur)(?!\p{L})/iu;
const NAME = /^\p{L}[\p{L}\s'’.-]{0,79}$/u;
const BIRTH_PHRASE = /(?:\bn[ée]e?(?:\s?\(e\))?\s+(?:le|à)\b|\bborn\b|\bddn\b|\bdob\b).*$/i;
const nameText = (s: string) => dicomName(s).replace(/\([^)]*\d[^)]*\)/g, ' ').replace(BIRTH_PHRASE, '').replace(/\d.*$/, '').trim().replace(NAME_USE, '');

/**
 * A DICOM person name as PACS viewers show it (Orthanc, OHIF, dcm4chee): `FAMILY^GIVEN^MIDDLE^PREFIX^SUFFIX`,
 * written « FAMILY, GIVEN MIDDLE », what follows it left out (the next tag in the same box); any other text as is.
 */
export function dicomName(s: string): string {
  const m = /([^^]*?)([^\s^]+)\^([^\s^]+)(?:\^([^\s^]*))?(?:\^[^\s^]*){0,2}(?!\S)/.exec(s);
  return m ? `${m[1]}${m[2]}, ${m[3]} ${m[4] ?? ''}`.trim() : s;
}

export interface ReadOptions {
  /** The page's language, '' when it says none. */
  lang?: string;
  dates: DateOrder;
  names?: NameOrder;
}

/** Normalises a raw value read for a field and appends the resulting facts (none if it does not parse). */
export function addFacts(out: Fact[], f: Field, raw: string, el: Element, via: Via, o: ReadOptions): void {
  const text = clean(raw).replace(/^[:\s–—-]+/, '');
  if (!text) return;
  const push = (field: Field, v: string | null | undefined) => v && out.push({ f: field, v, el, via });
  switch (f) {
    case 'birthDate':
    case 'date': {
      // A birth date's label before a compact DICOM date (`PatientBirthDate: 19810302`).
      const iso = findDate(f === 'date' ? text : text.replace(/^(\d{4})(\d\d)(\d\d)$/, '$1-$2-$3'), o.dates);
      // "12 Mar 45": the century is left open, for an age shown beside it to settle (look.ts).
      return void (iso ? push(f, iso) : push('date', shortDate(text, o.dates)));
    }
    case 'age':
      return void push(f, String(findAge(text)?.months ?? ''));
    case 'sex':
      return void push(f, parseSex(text.split(/\s*[,(]/)[0]!));
    case 'nir':
    case 'ins':
      return void push(f, findNir(text));
    case 'insStatus':
      return void push(f, insStatus(text));
    case 'recordId':
      return void push(f, /^[\w-]{1,64}$/.test(text) && /\d/.test(text) ? text : null);
    case 'firstNames':
    case 'usedFirstName':
    case 'middleNames':
      return void push(f, nameValue(text));
  }
  // A doctor's name ("Dr. Alice Smith", "COLLIGNON Dr Hervé") is never the patient's.
  if (TITLE.test(text)) return;
  // Names: a value holding "née X" or both an upper-case family name and first names is parsed.
  if (f === 'fullName' && insStatus(text)) return void push('insStatus', insStatus(text));
  const p = parseName(nameText(text), o.names ?? mixedOrder(nameText(text)));
  if (f === 'fullName' || p.marked || (p.birthName && p.firstNames && f === 'name')) {
    push(p.marked ? 'birthName' : 'name', p.birthName && nameValue(p.birthName));
    push('usedName', p.usedName && nameValue(p.usedName));
    push('firstNames', p.firstNames && nameValue(p.firstNames));
    if (f === 'fullName') push('sex', p.sex);
  } else push(f, nameValue(text));
}

function nameValue(s: string): string | null {
  if (TITLE.test(s)) return null;
  const v = clean(nameText(s).replace(/[,(].*$/, ''));
  return NAME.test(v) ? v : null;
}

function insStatus(s: string) {
  const t = fold(s).replace(/^(?:identite|ins)\s+/, '');
  return INS_STATUS.find(([w]) => t.startsWith(w))?.[1];
}
