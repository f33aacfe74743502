import { findDates, parseDate } from '../../clinical/identity/date';
import { parseName, type ParsedName } from '../../clinical/identity/name';
import { parseSex } from '../../clinical/identity/sex';
import { anchorFor, frameAnchor } from '../../sites/anchor';
import { readValue } from '../../sites/locate';
import { sitePattern } from '../../sites/match-pattern';
import type { Detection } from '../../clinical/identity/patient-context';
import type { Locator, Part, SiteRule, TaughtField } from '../../sites/site-rule';
import { nameText, ruleDetection } from '../../sites/taught-adapter';

// What the user has shown so far, and what one more click gives. A click fills the trait that
// waits (the name first), and more when the element holds more: « DUPONT Marie » gives the birth
// name and the first names, « Mme DUPONT Marie, née le 12/03/1945 » the birth date too, a date
// alone is the birth date whatever waits. The split is shown before saving and can be undone.

export const REQUIRED = ['birthName', 'firstNames', 'birthDate'] as const satisfies TaughtField[];
export const OPTIONAL = ['sex', 'recordId', 'noteField'] as const satisfies TaughtField[];
export const SLOTS: TaughtField[] = [...REQUIRED, ...OPTIONAL];

export interface Pick {
  loc: Locator;
  /** The element's text as read when it was picked. */
  text: string;
  /** The pick it came with (one click can fill several traits) and the trait that was waiting. */
  click: number;
  waiting: TaughtField;
}

export type PickError = 'teachNoAnchor' | 'teachNotDate' | 'teachNotSex';

/** The traits a click on a text gives, each with how to take it out of the text (undefined: the whole text). */
export function propose(waiting: TaughtField, text: string, givenFirst: boolean, nameTaught: boolean): Partial<Record<TaughtField, Part | undefined>> | PickError {
  if (waiting === 'noteField' || waiting === 'recordId') return { [waiting]: undefined };
  if (parseDate(text)) return { birthDate: undefined };
  if (waiting === 'sex') return parseSex(text) ? { sex: undefined } : 'teachNotSex';
  const date = findDates(text)[0];
  if (waiting === 'birthDate') return date ? { birthDate: 'date' } : 'teachNotDate';
  const out: Partial<Record<TaughtField, Part | undefined>> = {};
  const part: Part = givenFirst ? 'name-given-first' : 'name';
  // Names split from one element only while the birth name is still to show: « Marie Claire »
  // clicked for the first names is two first names, not a family name and a first name.
  const n: ParsedName = nameTaught ? { marked: false } : parseName(nameText(text), givenFirst ? 'given-first' : 'family-first');
  if (n.birthName && n.firstNames) Object.assign(out, { birthName: part, firstNames: part });
  else out[waiting] = undefined;
  if (date) out.birthDate = 'date';
  return out;
}

export interface TeachSession {
  readonly picks: Partial<Record<TaughtField, Pick>>;
  readonly waiting: TaughtField | null;
  /** Whether the last pick split one element into several traits, and whether its names can be read the other way round. */
  readonly split: { names: boolean; swappable: boolean } | null;
  pick(el: Element): PickError | null;
  choose(slot: TaughtField): void;
  /** Reads the names of the split element the other way round (given names first, or family name first). */
  swap(): void;
  /** Keeps, of the split element, only the trait that was waiting when it was clicked. */
  unsplit(): void;
  readonly ready: boolean;
  rule(): SiteRule | null;
  /** The new rule tried on this page, as the record page will read it. */
  check(missing: (field: string) => string, several: string): Detection | null;
}

const hasUpperWord = (s: string) => /(?:^|\s)\p{Lu}[\p{Lu}'’-]+(?=\s|$|,)/u.test(s);

export function createTeachSession(doc: Document, url: string, id: () => string = () => crypto.randomUUID()): TeachSession {
  const picks: Partial<Record<TaughtField, Pick>> = {};
  let waiting: TaughtField | null = 'birthName';
  let clicks = 0;
  // French pages write the family name first; English ones, given names first.
  const givenFirst = /^en\b/i.test(doc.documentElement.lang);
  const next = (): TaughtField | null => SLOTS.find((s) => !picks[s]) ?? null;
  const last = () => Object.values(picks).filter((p) => p.click === clicks);
  const self: TeachSession = {
    picks,
    get waiting() { return waiting; },
    get split() {
      const group = last();
      if (group.length < 2) return null;
      const names = group.some((p) => p.loc.part === 'name' || p.loc.part === 'name-given-first');
      // Where an upper-case word says which is the family name, the order does not matter.
      return { names, swappable: names && !hasUpperWord(nameText(group[0]!.text)) };
    },
    pick(el) {
      if (!waiting) return null; // every trait shown: a chip says which one to show again
      const own = anchorFor(el);
      const frame = el.ownerDocument === doc ? undefined : el.ownerDocument.defaultView?.frameElement;
      const frameSel = frame ? frameAnchor(frame) : undefined;
      if (!own || (frame && !frameSel)) return 'teachNoAnchor';
      const text = readValue(el);
      const nameTaught = !!picks.birthName && picks.birthName.loc.part === undefined;
      const got = propose(waiting, text, givenFirst, nameTaught);
      if (typeof got === 'string') return got;
      clicks++;
      for (const [slot, part] of Object.entries(got) as [TaughtField, Part | undefined][]) {
        picks[slot] = { loc: { ...own, ...(frameSel ? { frame: frameSel } : {}), ...(part ? { part } : {}) }, text, click: clicks, waiting };
      }
      waiting = next();
      return null;
    },
    choose(slot) { waiting = slot; },
    swap() {
      for (const p of last()) {
        if (p.loc.part === 'name') p.loc = { ...p.loc, part: 'name-given-first' };
        else if (p.loc.part === 'name-given-first') p.loc = { ...p.loc, part: 'name' };
      }
    },
    unsplit() {
      const group = last();
      for (const p of group) {
        const slot = (Object.keys(picks) as TaughtField[]).find((k) => picks[k] === p)!;
        if (slot !== p.waiting) delete picks[slot];
        else {
          const { part: _, ...whole } = p.loc;
          p.loc = whole;
        }
      }
      clicks++; // the group is settled
      waiting = next();
    },
    get ready() { return REQUIRED.every((f) => picks[f]); },
    rule() {
      const pattern = sitePattern(url);
      const f = picks;
      if (!pattern || !f.birthName || !f.firstNames || !f.birthDate) return null;
      return {
        id: id(), pattern, createdAt: Date.now(),
        fields: {
          birthName: f.birthName.loc, firstNames: f.firstNames.loc, birthDate: f.birthDate.loc,
          ...(f.sex ? { sex: f.sex.loc } : {}),
          ...(f.recordId ? { recordId: f.recordId.loc } : {}),
          ...(f.noteField ? { noteField: f.noteField.loc } : {}),
        },
      };
    },
    check(missing, several) {
      const r = self.rule();
      return r && ruleDetection(r, doc, new URL(url), missing, several);
    },
  };
  return self;
}
