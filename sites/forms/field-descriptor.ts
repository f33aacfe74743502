// What collectFields gathers about one fillable field: everything the classifier may look at,
// as plain data (no element references), so classification is pure and testable on fixtures.
// Attribute values other than those listed here (data-*, class, style) are never read.

export type FieldKind = 'text' | 'select' | 'textarea' | 'radio' | 'checkbox' | 'contenteditable';

export interface FieldOption {
  value: string;
  /** Option text, or the label text of a radio button. */
  text: string;
}

export interface FieldDescriptor {
  kind: FieldKind;
  /** Input type (text, email, tel, date, search, number…), 'select-one', 'textarea', 'radio', 'checkbox', 'contenteditable'. */
  type: string;
  name: string;
  id: string;
  /** Lower-cased autocomplete attribute, e.g. 'section-a shipping tel'. */
  autocomplete: string;
  /** label[for], wrapping label, aria-labelledby targets; for a radio group, its radiogroup label. */
  labels: string[];
  ariaLabel: string;
  placeholder: string;
  title: string;
  /** Text just before the field (previous sibling, previous table cell), when it belongs to no other field. */
  nearby: string;
  /** Legend of the closest fieldset, or label of the closest role=group / radiogroup. */
  group: string;
  /** Text of a small wrapper holding 2–4 fields, e.g. « Date de naissance [JJ] [MM] [AAAA] ». */
  wrapper: string;
  /** Closest preceding heading and outer fieldset legends: the form section the field sits in. */
  section: string;
  /** Header cell of the field's table column, for grid-like forms. */
  columnHeader: string;
  /** Select options or radio choices; empty for other kinds. */
  options: FieldOption[];
  /** maxlength when set (≥ 0), else null. */
  maxLength: number | null;
  /** 0 for the top document, 1 inside an iframe, and so on. */
  frameDepth: number;
}

/** A descriptor with the elements it describes: one element, or every radio of a group. */
export interface CollectedField {
  descriptor: FieldDescriptor;
  elements: HTMLElement[];
}
