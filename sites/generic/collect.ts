import { findDates, type DateOrder } from '../../clinical/identity/date';
import { parseName } from '../../clinical/identity/name';
import { parseSex } from '../../clinical/identity/sex';
import { clean, fold } from '../../clinical/identity/text';
import { addFacts, findAge, hintField, shortDate, labelField, labelKey, labelOptions, langOptions, type Fact, type ReadOptions } from './fields';
import { afterIcon, birthIcon, INNER } from './birth-signs';
import { fhirPatient } from './fhir';
import { datePart, joinDates, type SplitDates } from './split-date';
import { pageDateOrder } from './date-order';
import { mixedOrder } from './first-names';
import { BREADCRUMB, ITEMPROPS, RECORD_ATTRS, SECTION_WORDS, type Field } from './labels';
import { sameOriginDocument } from '../frames';
import { controlValue, hiddenByMarkup, textOf, within } from './visible';

/** Everything read on a page (and its same-origin frames), before grouping. */
export interface Page {
  facts: Fact[];
  /** Frame element holding each child document, so grouping can climb out of frames. */
  frames: Map<Document, Element>;
  docs: Document[];
  /** Text chunks in document order: what `look.ts` searches for unlabelled names. */
  chunks: Chunk[];
  /** How an element's document is read (its language, or English when its labels are). */
  opts: (el: Element) => ReadOptions;
}

/** What an application showed on earlier readings of the same document: the order of its numeric dates. */
export interface DateMemory {
  order?: DateOrder;
}

export interface Chunk {
  t: string;
  el: Element;
  /** From a form control: a value for the label before it, never read as page text. */
  c?: true;
}

// "Mme DUPONT Marie — née le 12/03/1956 | NIR …": pieces of a banner line.
const SEP = /\s*[|•·;—–]\s*|\s+-\s+/;
// A birth phrase followed by its date; group 1 is what precedes it (often the name). « le » is the
// article, never a family name's start: « née LECLERC 11/04/1961 », « née LE GALL » name her birth name.
const BORN = /^(.*?)[\s,]*(?:\b[nN][éeÉE][eE]?(?:\s?\([eE]\))?\s+(?:le|Le|LE)(?!\p{L}|\s+\p{Lu}{2})|\b[bB](?:orn|ORN)(?:\s+on)?)\s*:?\s*(.+)$/u;
// « Née ROUSSEL le 01/01/1957 » (French lab reports): the birth name between « née » and « le »,
// read as « née ROUSSEL, Née le 01/01/1957 »: a birth name, then the birth phrase.
const NEE_NAME = /(?<!\p{L})([Nn][ée]e)\s+(\p{Lu}[\p{Lu}'’-]*(?:\s+\p{Lu}[\p{Lu}'’-]*)*)\s+(?=le\s)/u;
// Only texts holding « né… » or "born" are matched: the two Unicode patterns cost on every piece of a list.
const born = (t: string) => (/[nN][éeÉE]|[bB](?:orn|ORN)/.test(t) ? BORN.exec(t.replace(NEE_NAME, 'née $2 $1 ')) : null);
const INLINE = /^([^:]{2,40}?)\s*:\s*(.+)$/;
const BLOCK = 'p,div,header,section,article,aside,li,td,th,dd,h1,h2,h3,h4,h5,h6,[role=banner]';
const VALUE_CELL = 'dd,td,th,li,output,[role=cell],[role=gridcell],[role=definition]';
const LABEL_CELL = 'td,th,dt,[role=cell],[role=gridcell],[role=rowheader],[role=term]';
const CONTROL = /^(input|select|textarea)$/;
const EN = langOptions('en');
const EN_WORDS = new Set('the and of with for from by patient name years year yrs female male birth date visit details show edit'.split(' '));
const FR_WORDS = new Set('le la les des du et avec pour par nom prénom ans née né femme homme naissance date consultation dossier'.split(' '));
const CHOICE = 'label,button,option,select,legend,th,dt,[role=radio],[role=option],[role=button],[role=tab]';
// « ♂Male »: the symbol and the word say one sex.
const SYMBOL = /[♀♂]/g;
const PREFIX_FIELDS: Field[] = ['nir', 'ins', 'birthDate', 'recordId'];
const TICK = ':scope > input[type=radio], :scope > input[type=checkbox]';
/** A choice offered: a control's caption, or the words right after a radio button (`<input type=radio><span>Male</span>`). */
const choice = (el: Element) => within(el, CHOICE) || !!el.querySelector(TICK) || /^(radio|checkbox)$/.test((el.previousElementSibling as HTMLInputElement | null)?.type ?? '');

/**
 * One pass over the visible DOM (open shadow roots and same-origin frames included): text chunks in
 * document order, form control values, attribute hints (data-*, itemprop, aria-label(ledby), title,
 * placeholder, name, id) and
 * column tables. Then label/value pairs, inline "Label : valeur" pieces, banner lines and headings
 * are read from the chunks.
 */
export function collect(doc: Document, seen: DateMemory = {}): Page {
  const chunks: Chunk[] = [];
  // Each document is read in its language; a frame without `lang` takes its parent's.
  const langs = new Map<Document, ReadOptions>([[doc, langOptions(langOf(doc))]]);
  const opts = (el: Element) => langs.get(el.ownerDocument) ?? langs.get(doc)!;
  const page: Page = { facts: [], frames: new Map(), docs: [doc], chunks, opts: (el) => (english.has(el.ownerDocument) ? EN : opts(el)) };
  // A document without `lang` written in English (its words say so) reads names given name first.
  const words = new Map<Document, number>();
  const guess = (c: Chunk) => {
    const d = c.el.ownerDocument;
    if (opts(c.el).lang || english.has(d)) return;
    let n = words.get(d) ?? 0;
    for (const w of c.t.toLowerCase().split(/[^a-zà-ÿ]+/)) n += EN_WORDS.has(w) ? 1 : FR_WORDS.has(w) ? -2 : 0;
    words.set(d, n);
    if (n >= 6) english.add(d);
  };
  const facts = page.facts;
  // A document without `lang` whose labels are English ("DOB", "Name") is read as English.
  const english = new Set<Document>();
  const add = (f: Field, raw: string, el: Element, via: Fact['via'], label?: string) => {
    let o = label ? labelOptions(label, opts(el)) : opts(el);
    // A date field that says how it is written ("dd/mm/yyyy", « jj/mm/aaaa », "mm/dd/yyyy").
    const shape = f === 'birthDate' && CONTROL.test(el.localName) ? fold(el.getAttribute('placeholder') ?? '') : '';
    if (/^(dd|jj)\W+mm\W/.test(shape)) o = { ...o, dates: 'dmy' };
    else if (/^mm\W+(dd|jj)\W/.test(shape)) o = { ...o, dates: 'mdy' };
    if (o.lang === 'en' && !opts(el).lang) english.add(el.ownerDocument);
    // A document found English (its words or labels) writes names given name first.
    if (!o.names && english.has(el.ownerDocument)) o = { ...o, names: 'given-first' };
    addFacts(facts, f, raw, el, via, o);
  };

  const fromAttrs = (el: Element) => {
    const attrs = el.attributes;
    for (let i = 0; i < attrs.length; i++) {
      const { name: n, value } = attrs[i]!;
      if (RECORD_ATTRS.includes(n)) {
        // A link's id is the record it opens (« Patients récents »), not this page's.
        if (el.localName !== 'a') add('recordId', value, el, 'attr');
        continue;
      }
      let f: Field | undefined;
      let v: string | null = null;
      if (n === 'itemprop') f = ITEMPROPS[value];
      else if (n === 'aria-label' || n === 'title' || n === 'placeholder' || n === 'alt') {
        f = n === 'alt' ? undefined : labelField(value);
        // An icon saying the sex (`<i class="fa-mars" title="♂">`, `aria-label="Female"`).
        const sex = !f && n !== 'placeholder' && !el.textContent?.trim() && (value.length > 3 || /[♀♂]/.test(value)) ? parseSex(value) : null;
        if (sex) facts.push({ f: 'sex', v: sex, el, via: 'look' });
      }
      else if (n === 'aria-labelledby') f = labelField(value.split(' ').map((id) => el.ownerDocument.getElementById(id)?.textContent ?? '').join(' '));
      else if (n.startsWith('data-') && (f = hintField(n.slice(5)))) v = value; // data-birthdate="1956-03-12"
      else if (n.startsWith('data-') || n === 'name' || n === 'id') {
        f = hintField(value);
        const part = !f || f === 'birthDate' ? datePart(value, !!f) : null;
        const pv = part && (CONTROL.test(el.localName) ? controlValue(el) : textOf(el, 20));
        if (part) {
          const parts = split.get(part.key) ?? {};
          parts[part.part] ??= { v: pv!, el };
          split.set(part.key, parts);
          // A whole date in a field so named (`birth_date`, `date_of_birth`) is read as one.
          if (!/\d\D+\d/.test(pv!)) return;
        }
      }
      // A hint on a large container (a whole "identité" section) says nothing about one value, nor
      // on a <label> or a field's box holding one (its text is the label, read with its value).
      if (!f || (v === null && ((el.childElementCount > 3 && el.localName !== 'select') || el.localName === 'label' || !!el.querySelector('label')))) continue;
      v ??= el.getAttribute('content') ?? el.getAttribute('datetime') ?? (CONTROL.test(el.localName) ? controlValue(el) : textOf(el, 200));
      add(f, v, el.localName === 'meta' ? (el.parentElement ?? el) : el, 'attr', n === 'aria-label' || n === 'title' ? value : undefined);
      return;
    }
  };

  // A table whose first row holds only labels has one patient per row (a list when several).
  const columns = (table: Element): boolean => {
    const rows = Array.from(table.querySelectorAll('tr')).filter((r) => r.closest('table') === table);
    const head = rows[0];
    if (!head || rows.length < 2) return false;
    const cells = Array.from(head.children);
    const fields = cells.map((c) => labelField(textOf(c)));
    const headerish = head.parentElement?.localName === 'thead' || cells.every((c, i) => c.localName === 'th' || fields[i] || !textOf(c));
    if (!headerish || fields.filter(Boolean).length < 2) return false;
    const body = rows.slice(1).filter((r) => !hiddenByMarkup(r));
    // One row under a header is one record; several rows are a list, and so is one row under a
    // « Patient » column (a waiting room with one patient in it: each row is a patient).
    const list = body.length > 1 || cells.some((c, i) => fields[i] === 'fullName' && labelKey(textOf(c)).startsWith('patient'));
    for (const r of body) {
      fromAttrs(r);
      Array.from(r.children).forEach((c, i) => {
        const f = fields[i];
        if (f) add(f, textOf(c), c, list ? 'table' : 'label', textOf(cells[i]!));
      });
    }
    return true;
  };

  // Birthday icons, with the index of the chunk that follows each.
  const icons: [Element, number][] = [];
  const walk = (el: Element) => {
    // Before pruning: an icon is an `<svg>` (never read as text) or hidden from screen readers.
    if (birthIcon(el)) icons.push([el, chunks.length]);
    if (hiddenByMarkup(el)) return;
    fromAttrs(el);
    const tag = el.localName;
    if (tag === 'iframe' || tag === 'frame') {
      const d = sameOriginDocument(el as HTMLIFrameElement); // cross-origin: skipped
      if (d?.documentElement && !page.frames.has(d)) {
        page.frames.set(d, el);
        langs.set(d, d.documentElement.lang ? langOptions(d.documentElement.lang) : opts(el));
        page.docs.push(d);
        walk(d.documentElement);
      }
      if (tag === 'iframe') return;
    }
    // A control is a chunk even when empty: an empty field must not lend its label the next text.
    if (CONTROL.test(tag)) return void chunks.push({ t: controlValue(el), el, c: true });
    // Source code and data dumps are not read as text; a FHIR Patient resource shown whole is.
    if (tag === 'pre' || tag === 'code') return fhirPatient(el, add);
    if (tag === 'table' && columns(el)) return;
    const kids = (n: Node) =>
      n.childNodes.forEach((c) => {
        if (c.nodeType === 1) walk(c as Element);
        else if (c.nodeType === 3) {
          const t = clean(c.nodeValue ?? '');
          if (t) chunks.push({ t, el });
        }
      });
    // Web components: the shadow tree is what shows; slotted light children are read after it.
    if (el.shadowRoot) kids(el.shadowRoot);
    kids(el);
  };
  const split: SplitDates = new Map();
  walk(doc.documentElement);
  for (const { text, el } of joinDates(split)) add('birthDate', text, el, 'attr');

  // An English page without a region: its numeric dates in the one order its other dates show, or,
  // when none shows it, the order an earlier screen of the same application showed (`seen`).
  for (const [d, o] of langs)
    if (o.dates === 'unsure') {
      const order = pageDateOrder(chunks.filter((c) => c.el.ownerDocument === d).map((c) => c.t)) ?? seen.order;
      if (order) seen.order = order;
      langs.set(d, { ...o, dates: order ?? 'unsure' });
    }

  const lines = new Set<Element>();
  // A banner: the birth phrase's date, and the name just before it ("Mme DUPONT Marie, née le …").
  const banner = (chunk: Chunk) => {
    let block = chunk.el.closest(BLOCK) ?? chunk.el;
    if (lines.has(block)) return;
    lines.add(block);
    let line = textOf(block, 300);
    if (!born(line)) line = chunk.t;
    // "Née le …" alone in its cell or line: the name is in the cell or line before, as a person
    // reads the whole row ("Mme DUPONT Marie | Née le …").
    // A line holding only « née X » before the phrase names no first name: the row is read too.
    const own = born(line)?.[1];
    const row = (!own || !parseName(own).firstNames) && block.parentElement?.closest('tr,' + BLOCK);
    const rowLine = row ? textOf(row, 300) : '';
    if (row && born(rowLine)?.[1]) [block, line] = [row, rowLine];
    const pieces = line.split(SEP);
    pieces.forEach((piece, i) => {
      const b = born(piece);
      if (!b) return;
      const before = facts.length;
      add('birthDate', b[2]!, block, 'banner');
      if (facts.length === before) return;
      // « Née le … »: the feminine participle says the sex; « Né le » may be the neutral default, not a sign.
      if (/(?<!\p{L})n[ée]e\s+le(?!\p{L})/iu.test(piece)) facts.push({ f: 'sex', v: 'F', el: block, via: 'banner' });
      for (const s of [b[1]!, ...pieces.slice(Math.max(0, i - 2), i).reverse()]) {
        // "Patient : DUPONT Marie"; a row of spans « MWAMBA Esther | Féminin | 25 ans | Née le … »
        // read as one line: the age and the sex word are no part of the name.
        let n = s.replace(/^.*:\s*/, '');
        const age = findAge(n);
        if (age) n = n.replace(age.at, ' ');
        n = n.split(/\s+/).filter((w) => w.length < 4 || !parseSex(w)).join(' ').trim();
        const p = parseName(n);
        if (p.birthName && p.firstNames) return add('fullName', n, block, 'banner');
      }
    });
  };

  // A value read for a label elsewhere: the label's element is kept, the watcher follows it too.
  const labelled = (f: Field, raw: string, el: Element, label: Element) => {
    const n = facts.length;
    add(f, raw, el, 'label', textOf(label, 60));
    for (let i = n; i < facts.length; i++) facts[i]!.label = label;
  };

  // A label's value: its control, else the next chunk, if it sits in the label's cell or the next
  // one (tables, dl) — an empty cell must not lend its label the next row's text.
  const pair = (f: Field, label: Element, next: Chunk | undefined, prev: Chunk | undefined) => {
    if (label.closest(BREADCRUMB)) return;
    const lab = label.closest('label') as HTMLLabelElement | null;
    const ctl = lab?.control;
    if (ctl) return labelled(f, controlValue(ctl), ctl, label);
    // A field drawn before its label, in the same box (`<input name="nom"><label for="nom">`).
    if (lab && prev?.c && prev.el.parentElement === lab.parentElement) return labelled(f, prev.t, prev.el, label);
    // A caption under its value (`<span><span>Whitfield</span><em>Family Name</em></span>`): an
    // element holding only the caption, not a line « DOB: <strong>1968-08-25</strong> » after another.
    const box = label.parentElement;
    const above = label.previousElementSibling;
    if (!lab && box && box.childElementCount === 2 && box.lastElementChild === label && above && labelField(textOf(label, 60)) && textOf(box, 120).startsWith(textOf(above, 80)) && !labelField(textOf(above, 80)))
      return labelled(f, textOf(above, 80), above, label);
    // A form field's label whose box holds its controls: the text after it is help, not the value.
    if (lab && !next?.c && box?.querySelector('input,select,textarea')) return;
    const inline = next && INLINE.exec(next.t);
    if (!next?.t || labelField(next.t) || (inline && labelField(inline[1]!))) return;
    // The next field's own caption (« Patient » above « Unique Health ID number »): no value.
    // A checked radio's own label is the choice shown (« Sexe (•) Féminin »), the value.
    const nextLab = next.el.closest('label') as HTMLLabelElement | null;
    const shown = nextLab?.control as HTMLInputElement | null | undefined;
    if (shown && nextLab !== lab && !(shown.type === 'radio' && shown.checked)) return;
    const lc = label.closest(LABEL_CELL);
    // "<td><b>Prénom utilisé</b></td><td><b>Portable</b> 06…</td>": the next cell's own label, not a value.
    if (lc && label !== lc && !lc.contains(next.el) && next.el.localName === label.localName) return;
    let sib = lc?.nextElementSibling;
    while (sib && !textOf(sib, 1)) sib = sib.nextElementSibling; // spacer cells of old layouts
    if (lc && !lc.contains(next.el) && !sib?.contains(next.el)) return;
    const cell = next.el.closest(VALUE_CELL);
    let value = cell && !cell.contains(label) ? textOf(cell, 200) : next.t;
    // "Name: | Mrs. | Dorothy | Ann | Hayes": a whole name spread over the cells that follow its label.
    if (f === 'fullName' && cell && sib === cell)
      for (let c = cell.nextElementSibling, n = 0; c && n < 4; c = c.nextElementSibling, n++) {
        const t = textOf(c, 60);
        // A header cell after the value is the next pair's caption (« Name | … | Opened On | … »).
        if (labelField(t) || /:$/.test(t) || (c.localName === 'th' && cell.localName === 'td')) break;
        value += ' ' + t;
      }
    labelled(f, value, next.el, label);
  };

  // A name shown as a title ("Mme DUPONT Marie" in a heading), with no label: a weak source.
  const heading = ({ t, el }: Chunk, next?: Chunk) => {
    // « Mme BERTRAND Sylvie » then « née LECLERC » in the next box beside it: one written identity.
    if (next && next.el.parentElement === el.parentElement && /^\(?n[ée]e\s+\p{Lu}{2}[^()\d:]*\)?$/u.test(next.t)) t += ' ' + next.t;
    if (t.length > 60 || /[:\d]/.test(t.replace(/\([^)]*\)/g, '')) || /^(dr|pr|docteur|professeur)\b/i.test(t)) return;
    if (!/^(mme|madame|mlle|monsieur|m\.|mr|mrs|ms)\s/i.test(t) && !el.closest('h1,h2,h3,h4,[role=heading]')) return;
    const p = parseName(t, mixedOrder(t));
    if (t.split(/\s+/).some((w) => SECTION_WORDS.includes(fold(w)))) return; // « PAS Contacts », « General Information »
    if (p.birthName && p.firstNames?.split(' ').every((w) => /^\p{Lu}/u.test(w))) add('fullName', t, el, 'heading');
  };

  // A piece that is only a date, an age or a sex ("2 mars 1981", "81 yrs", "20/01/1947 (79 ans)",
  // "Homme", "♀"): read without a label, it counts only where other signals agree (look.ts).
  const bare = (piece: string, el: Element): boolean => {
    if (!/\d/.test(piece)) {
      // A choice offered ("Male" beside a radio button) is not the sex shown.
      const said = piece.length > 3 || /[♀♂]/.test(piece) ? parseSex(piece.replace(SYMBOL, ' $& ')) : null;
      const sex = said && !choice(el) ? said : null; // the DOM asked only of a sex word
      if (sex) facts.push({ f: 'sex', v: sex, el, via: 'look' });
      return !!sex;
    }
    const short = shortDate(piece, opts(el).dates);
    if (short) return !!facts.push({ f: 'date', v: short, el, via: 'look' });
    const dates = findDates(piece, opts(el).dates);
    let rest = dates.length === 1 ? piece.slice(0, dates[0]!.index) + ' ' + piece.slice(dates[0]!.index + dates[0]!.length) : piece;
    const age = findAge(rest.trim());
    if (age) rest = rest.replace(age.at, ' ');
    // "F, 81 years": the sex, as a letter or a word, beside the age (Bahmni's "gender, age").
    const sex = parseSex(rest.replace(/[^\p{L}♀♂]+/gu, ' ').replace(SYMBOL, ' $& ').trim());
    if (dates.length > 1 || /\d/.test(rest) || (/\p{L}/u.test(rest) && (!sex || choice(el))) || (!age && !dates.length)) return false;
    if (sex) facts.push({ f: 'sex', v: sex, el, via: 'look' });
    if (dates.length) facts.push({ f: 'date', v: dates[0]!.iso, el, via: 'look' });
    if (age) facts.push({ f: 'age', v: String(age.months), el, via: 'look' });
    return true;
  };

  // A document's language is settled before any value is read: "Patient: Bernard Ashworth" comes
  // before the "DOB:" that says the page is English. « Âge » and "Age" fold alike: not a sign.
  chunks.forEach((chunk, i) => {
    if (chunk.c || opts(chunk.el).lang || english.has(chunk.el.ownerDocument)) return;
    if (i < 400) guess(chunk);
    const l = INLINE.exec(chunk.t)?.[1] ?? chunk.t;
    if (l.length < 48 && labelKey(l) !== 'age' && labelOptions(l, opts(chunk.el)).lang === 'en') english.add(chunk.el.ownerDocument);
  });
  chunks.forEach((chunk, i) => {
    const { t, el } = chunk;
    if (!t || chunk.c) return;
    // "03 — juil. — 1948": a date written with the separators that split banner lines.
    if (/\d[\s—–-]+\D{3,6}[\s—–-]+\d{4}/.test(t) && bare(t, el)) return;
    const f = labelField(t);
    if (f) return pair(f, el, chunks[i + 1], chunks[i - 1]);
    for (const piece of t.split(SEP)) {
      const isBorn = !!born(piece);
      if (isBorn) banner(chunk);
      const m = INLINE.exec(piece);
      const lf = m && labelField(m[1]!);
      if (lf) add(lf, m[2]!, el, 'label', m[1]);
      else if (!isBorn && !m && bare(piece, el)) continue;
      else if (!isBorn) {
        // « 43 (DOB: 1983-06-14) »: a label inside another label's value.
        const inner = INNER.exec(piece);
        const inf = inner && labelField(inner[1]!);
        if (inf === 'birthDate') add(inf, inner![2]!, el, 'label', inner![1]);
        // "NIR 1 48 04 …", "DDN 12/03/1956": a label without colon, for fields whose value is unmistakable
        // (each has digits: a piece without any is not looked at).
        const w = /\d/.test(piece) ? piece.split(' ') : [];
        for (let k = Math.min(4, w.length - 1); k > 0; k--) {
          const pf = labelField(w.slice(0, k).join(' '));
          if (pf && PREFIX_FIELDS.includes(pf)) {
            add(pf, w.slice(k).join(' '), el, 'label');
            break;
          }
        }
      }
    }
    heading(chunk, chunks[i + 1]);
  });
  // A birthday icon is the label of the date right after it.
  for (const [icon, i] of icons) {
    const next = afterIcon(icon, chunks, i, opts(icon).dates);
    if (next) labelled('birthDate', next.t, next.el, icon);
  }

  return page;
}

/** A document's language: its own `lang`, else its frame's document's ('' when none says). */
export function langOf(doc: Document): string {
  try {
    return doc.documentElement?.lang || doc.defaultView?.frameElement?.ownerDocument.documentElement.lang || '';
  } catch {
    return ''; // a cross-origin parent
  }
}
