import { PDFCheckBox, PDFDropdown, PDFHexString, PDFName, PDFOptionList, PDFRadioGroup, PDFString, PDFTextField, type PDFDocument, type PDFField } from 'pdf-lib';
import type { FieldDescriptor, FieldOption } from '../field-descriptor';
import { tidyText } from '../text-normalize';

// Step 1 of pre-fill for an official PDF form (cerfa): its AcroForm fields, described as the
// HTML collector describes a page's fields, so the SAME classifier decides what each asks for.
// The tooltip (/TU) is what the form shows as the field's label; the name's words come next, its
// parent names give the section (« assure.nom » is the insured person's name). Check boxes that
// stand for the choices of one question (« sexe_F », « sexe_M »; « ald_oui », « ald_non ») are
// read as one choice, as a radio group is. Read-only fields, buttons and signatures are left out.

export type PdfTarget =
  | { kind: 'text'; name: string }
  | { kind: 'check'; name: string }
  | { kind: 'radio'; name: string }
  | { kind: 'select'; name: string }
  /** Several check boxes answering one question: option values are the boxes' names. */
  | { kind: 'boxes'; names: string[] };

export interface PdfFormField {
  descriptor: FieldDescriptor;
  target: PdfTarget;
}

const BLANK: FieldDescriptor = {
  kind: 'text', type: 'text', name: '', id: '', autocomplete: '', labels: [], ariaLabel: '', placeholder: '', title: '',
  nearby: '', group: '', wrapper: '', section: '', columnHeader: '', options: [], maxLength: null, frameDepth: 0,
};

/** The field's tooltip (/TU), the label a PDF reader shows. */
export function tooltipOf(field: PDFField): string {
  const tu = field.acroField.dict.lookup(PDFName.of('TU'));
  return tu instanceof PDFString || tu instanceof PDFHexString ? tidyText(tu.decodeText(), 200) : '';
}

/** « patient.identite.nom_naissance » → name « nom_naissance », section « patient identite ». */
function nameParts(full: string): { name: string; section: string } {
  const parts = full.split('.');
  return { name: parts[parts.length - 1] ?? full, section: parts.slice(0, -1).join(' ') };
}

function describe(field: PDFField, patch: Partial<FieldDescriptor>): FieldDescriptor {
  const { name, section } = nameParts(field.getName());
  const tooltip = tooltipOf(field);
  return { ...BLANK, name, section, labels: tooltip ? [tooltip] : [], ...patch };
}

/** The part two texts share at their start, cut back to a whole word (« Sexe : féminin » / « Sexe : masculin » → « Sexe »). */
function commonStart(texts: string[]): string {
  if (texts.length === 0) return '';
  let prefix = texts[0]!;
  for (const t of texts.slice(1)) while (!t.startsWith(prefix)) prefix = prefix.slice(0, -1);
  if (texts.some((t) => t.length > prefix.length && /[\p{L}\p{N}]/u.test(t[prefix.length]!) && /[\p{L}\p{N}]$/u.test(prefix))) {
    prefix = prefix.replace(/[\p{L}\p{N}]+$/u, '');
  }
  return prefix.replace(/[\s:;,.\-–—(]+$/, '').trim();
}

const STEM = /^(.*?)[._\s-]+([^._\s-]+)$/;

export function readPdfFields(doc: PDFDocument): PdfFormField[] {
  const out: PdfFormField[] = [];
  const boxes = new Map<string, PDFCheckBox[]>();
  const all = doc.getForm().getFields().filter((f) => !f.isReadOnly());
  // Check boxes whose names differ only by their last word answer one question together.
  for (const f of all) {
    if (!(f instanceof PDFCheckBox)) continue;
    const stem = STEM.exec(f.getName())?.[1];
    if (stem) boxes.set(stem, [...(boxes.get(stem) ?? []), f]);
  }
  const grouped = new Set<PDFField>();
  const groupAt = new Map<PDFField, string>();
  for (const [stem, members] of boxes) {
    if (members.length < 2) continue;
    members.forEach((m) => grouped.add(m));
    groupAt.set(members[0]!, stem);
  }

  for (const f of all) {
    if (f instanceof PDFTextField) {
      const max = f.getMaxLength();
      const multiline = f.isMultiline();
      out.push({ descriptor: describe(f, { kind: multiline ? 'textarea' : 'text', type: multiline ? 'textarea' : 'text', maxLength: max ?? null }), target: { kind: 'text', name: f.getName() } });
    } else if (f instanceof PDFCheckBox) {
      const stem = groupAt.get(f);
      if (stem !== undefined) out.push(boxGroup(stem, boxes.get(stem)!));
      else if (!grouped.has(f)) out.push({ descriptor: describe(f, { kind: 'checkbox', type: 'checkbox' }), target: { kind: 'check', name: f.getName() } });
    } else if (f instanceof PDFRadioGroup) {
      const options: FieldOption[] = f.getOptions().map((o) => ({ value: o, text: o }));
      out.push({ descriptor: describe(f, { kind: 'radio', type: 'radio', group: tooltipOf(f), options }), target: { kind: 'radio', name: f.getName() } });
    } else if (f instanceof PDFDropdown || f instanceof PDFOptionList) {
      const options: FieldOption[] = f.getOptions().map((o) => ({ value: o, text: o }));
      out.push({ descriptor: describe(f, { kind: 'select', type: 'select-one', options }), target: { kind: 'select', name: f.getName() } });
    }
  }
  return out;
}

function boxGroup(stem: string, members: PDFCheckBox[]): PdfFormField {
  const tips = members.map(tooltipOf);
  const shared = tips.every(Boolean) ? commonStart(tips) : '';
  const options = members.map((m, i) => {
    const tail = shared ? tips[i]!.slice(tips[i]!.indexOf(shared) + shared.length).replace(/^[\s:;,.\-–—(]+|[\s)]+$/g, '') : '';
    return { value: m.getName(), text: tail || (STEM.exec(m.getName())?.[2] ?? m.getName()) };
  });
  const { name, section } = nameParts(stem);
  const label = shared || name.replace(/[._-]+/g, ' ');
  return {
    descriptor: { ...BLANK, kind: 'radio', type: 'radio', name, section, labels: [label], group: label, options },
    target: { kind: 'boxes', names: members.map((m) => m.getName()) },
  };
}
