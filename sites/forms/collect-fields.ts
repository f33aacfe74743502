import type { CollectedField, FieldDescriptor, FieldKind, FieldOption } from './field-descriptor';
import { isEditableRoot, isHidden, refusalFor } from './field-state';
import { columnHeaderText, groupText, labelledByText, labelTexts, precedingText, sectionText, visibleText, wrapperText } from './label-text';
import { sameOriginDocument } from '../frames';
import { tidyText } from './text-normalize';

// Step 1 of pre-fill: list the fields a user could type into, with the words around them.
// Nothing is written here, and no value is read (only option lists, which are labels).

const FIELD_SELECTOR = 'input, select, textarea, [contenteditable], iframe, frame';
// Input types that hold no administrative text: buttons, files, sliders, secrets.
const SKIPPED_INPUT_TYPES = new Set(['hidden', 'password', 'submit', 'button', 'reset', 'image', 'file', 'range', 'color']);
const HEADING_SELECTOR = 'h1, h2, h3, h4, h5, h6, [role=heading]';

export function collectFields(root: Document | Element): CollectedField[] {
  const fields: CollectedField[] = [];
  collectInto(root, 0, fields);
  return fields;
}

function collectInto(root: Document | Element, frameDepth: number, out: CollectedField[]): void {
  const doc = root.nodeType === 9 ? (root as Document) : (root as Element).ownerDocument;
  const headings = Array.from(doc.querySelectorAll(HEADING_SELECTOR));
  const radioGroups = new Map<string, HTMLInputElement[]>();

  for (const el of Array.from(root.querySelectorAll<HTMLElement>(FIELD_SELECTOR))) {
    const tag = el.tagName;
    if (tag === 'IFRAME' || tag === 'FRAME') {
      const inner = sameOriginDocument(el as HTMLIFrameElement);
      if (inner && !isHidden(el) && frameDepth < 5) collectInto(inner, frameDepth + 1, out);
      continue;
    }
    if (tag === 'INPUT' && SKIPPED_INPUT_TYPES.has((el as HTMLInputElement).type)) continue;
    if (tag !== 'INPUT' && tag !== 'SELECT' && tag !== 'TEXTAREA') {
      // Only the outermost editable root: its children are part of the same field.
      if (!isEditableRoot(el) || (el.parentElement && el.parentElement.closest('[contenteditable]:not([contenteditable=false])'))) continue;
    }
    if (refusalFor(el) !== null) continue;

    if (tag === 'INPUT' && (el as HTMLInputElement).type === 'radio') {
      const radio = el as HTMLInputElement;
      // Radios with one name form one group within their form; a nameless radio stands alone.
      const key = radio.name ? `${formKey(radio)}::${radio.name}` : `::${out.length}`;
      const group = radioGroups.get(key);
      if (group) {
        group.push(radio);
        continue;
      }
      const elements = [radio];
      radioGroups.set(key, elements);
      out.push({ descriptor: describe(radio, 'radio', frameDepth, headings), elements });
      continue;
    }
    out.push({ descriptor: describe(el, kindOf(el), frameDepth, headings), elements: [el] });
  }

  // Radio descriptors list their choices once every radio of the group is known.
  for (const field of out) {
    if (field.descriptor.kind === 'radio') field.descriptor.options = field.elements.map(radioOption);
  }
}

const formIds = new WeakMap<Element, number>();
let nextFormId = 0;
function formKey(el: HTMLInputElement): string {
  const form = el.form ?? el.closest('form');
  if (!form) return 'document';
  let id = formIds.get(form);
  if (id === undefined) formIds.set(form, (id = nextFormId++));
  return String(id);
}

function kindOf(el: HTMLElement): FieldKind {
  switch (el.tagName) {
    case 'SELECT':
      return 'select';
    case 'TEXTAREA':
      return 'textarea';
    case 'INPUT':
      return (el as HTMLInputElement).type === 'checkbox' ? 'checkbox' : 'text';
    default:
      return 'contenteditable';
  }
}

function typeOf(el: HTMLElement, kind: FieldKind): string {
  if (kind === 'select') return (el as HTMLSelectElement).multiple ? 'select-multiple' : 'select-one';
  if (kind === 'textarea' || kind === 'contenteditable') return kind;
  return (el as HTMLInputElement).type.toLowerCase();
}

function describe(el: HTMLElement, kind: FieldKind, frameDepth: number, headings: Element[]): FieldDescriptor {
  const labels = kind === 'radio' ? radioGroupLabels(el) : labelTexts(el);
  const labelledBy = labelledByText(el);
  if (labelledBy && !labels.includes(labelledBy)) labels.push(labelledBy);
  const maxLength = el.getAttribute('maxlength');
  return {
    kind,
    type: typeOf(el, kind),
    name: el.getAttribute('name') ?? '',
    id: el.id,
    autocomplete: (el.getAttribute('autocomplete') ?? '').trim().toLowerCase(),
    labels,
    ariaLabel: tidyText(el.getAttribute('aria-label') ?? ''),
    placeholder: tidyText(el.getAttribute('placeholder') ?? el.getAttribute('aria-placeholder') ?? ''),
    title: tidyText(el.getAttribute('title') ?? ''),
    nearby: precedingText(el),
    group: groupText(el),
    wrapper: wrapperText(el),
    section: sectionText(el, headings),
    columnHeader: columnHeaderText(el),
    options: kind === 'select' ? selectOptions(el as HTMLSelectElement) : [],
    maxLength: maxLength !== null && /^\d+$/.test(maxLength) ? Number(maxLength) : null,
    frameDepth,
  };
}

/** A radio group is labelled by its radiogroup's aria label, not by each radio's own label. */
function radioGroupLabels(radio: HTMLElement): string[] {
  const group = radio.closest('[role=radiogroup], [role=group]');
  if (!group) return [];
  const text = group.getAttribute('aria-label') ?? labelledByText(group);
  return text ? [tidyText(text)] : [];
}

function radioOption(radio: HTMLElement): FieldOption {
  const own = labelTexts(radio)[0] ?? radio.getAttribute('aria-label') ?? '';
  // Unlabelled radios are often followed by their text: « (•) Homme ».
  const next = own ? '' : radio.nextSibling?.nodeType === 3 ? tidyText(radio.nextSibling.nodeValue ?? '') : '';
  return { value: (radio as HTMLInputElement).value, text: own || next };
}

function selectOptions(select: HTMLSelectElement): FieldOption[] {
  return Array.from(select.options)
    .slice(0, 400)
    .map((option) => ({ value: option.value, text: visibleText(option) || tidyText(option.textContent ?? '') }));
}
