import { tidyText } from './text-normalize';

// Reading the words a user sees around a field. Only rendered text counts: controls
// (option lists, typed values), scripts and hidden nodes are left out.

const CONTROL_SELECTOR = 'input:not([type=hidden]), select, textarea, [contenteditable]:not([contenteditable=false])';
const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'SELECT', 'OPTION', 'TEXTAREA', 'INPUT', 'BUTTON', 'NOSCRIPT']);

/** Visible text of a node, without the text of controls, scripts or hidden descendants. */
export function visibleText(node: Node): string {
  const parts: string[] = [];
  const walk = (n: Node) => {
    if (n.nodeType === 3) {
      parts.push(n.nodeValue ?? '');
      return;
    }
    if (n.nodeType !== 1) return;
    const el = n as HTMLElement;
    if (SKIPPED_TAGS.has(el.tagName) || el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return;
    if (el.style?.display === 'none') return;
    for (const child of Array.from(el.childNodes)) walk(child);
  };
  walk(node);
  return tidyText(parts.join(' '));
}

/** label[for=id] and the wrapping label. */
export function labelTexts(el: HTMLElement): string[] {
  const texts: string[] = [];
  const labels = (el as HTMLInputElement).labels;
  const found: Element[] = labels ? Array.from(labels) : [];
  if (!labels) {
    if (el.id) for (const label of Array.from(el.ownerDocument.querySelectorAll('label'))) if (label.htmlFor === el.id) found.push(label);
    const wrapping = el.closest('label');
    if (wrapping && !found.includes(wrapping)) found.push(wrapping);
  }
  for (const label of found) {
    const text = visibleText(label);
    if (text) texts.push(text);
  }
  return texts;
}

/** Text of the elements named by aria-labelledby, in order. */
export function labelledByText(el: Element): string {
  const ids = (el.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean);
  return tidyText(
    ids
      .map((id) => el.ownerDocument.getElementById(id))
      .filter((target): target is HTMLElement => target !== null)
      .map((target) => visibleText(target))
      .join(' '),
  );
}

function hasLetters(text: string): boolean {
  return /[\p{L}\p{N}]/u.test(text);
}

function containsControl(el: Element): boolean {
  return el.matches(CONTROL_SELECTOR) || el.querySelector(CONTROL_SELECTOR) !== null;
}

const BOUNDARY_TAGS = new Set(['FORM', 'FIELDSET', 'BODY', 'TABLE', 'TR']);

/**
 * The text right before a field in document order (« Nom : » before the input, the previous
 * table cell in a legacy layout), stopping at another control: that text belongs to it.
 */
export function precedingText(el: Element): string {
  let node: Node = el;
  for (let depth = 0; depth < 4; depth++) {
    for (let sib = node.previousSibling; sib; sib = sib.previousSibling) {
      if (sib.nodeType === 3) {
        const text = tidyText(sib.nodeValue ?? '');
        if (hasLetters(text)) return text;
        continue;
      }
      if (sib.nodeType !== 1) continue;
      const sibEl = sib as Element;
      if (sibEl.tagName === 'LABEL' && sibEl.getAttribute('for')) return ''; // someone else's label
      if (containsControl(sibEl)) return '';
      const text = visibleText(sibEl);
      if (hasLetters(text)) return text;
    }
    const parent: Node | null = node.parentNode;
    if (!parent || parent.nodeType !== 1 || BOUNDARY_TAGS.has((parent as Element).tagName)) break;
    // Moving up a table cell: the previous cell is the label cell of a legacy layout.
    node = parent;
  }
  return '';
}

/** Legend of the closest fieldset, or label of the closest group. */
export function groupText(el: Element): string {
  const group = el.parentElement?.closest('[role=group], [role=radiogroup]');
  if (group) {
    const text = group.getAttribute('aria-label') ?? labelledByText(group);
    if (text) return tidyText(text);
  }
  const fieldset = el.closest('fieldset');
  const legend = fieldset?.querySelector(':scope > legend');
  if (legend) {
    const text = visibleText(legend);
    if (text) return text;
  }
  return '';
}

/** A wrapper holding a few controls shares its text: « Date de naissance [JJ] [MM] [AAAA] ». */
export function wrapperText(el: Element): string {
  let node = el.parentElement;
  for (let depth = 0; node && depth < 3; depth++, node = node.parentElement) {
    if (BOUNDARY_TAGS.has(node.tagName)) break;
    const controls = node.querySelectorAll(CONTROL_SELECTOR).length;
    if (controls > 4) break;
    if (controls > 1) {
      const text = visibleText(node);
      if (hasLetters(text)) return tidyText(text, 80);
    }
  }
  return '';
}

/** Outer fieldset legends and the closest preceding heading: which part of the form this is. */
export function sectionText(el: Element, headings: readonly Element[]): string {
  const parts: string[] = [];
  let heading: Element | undefined;
  for (const h of headings) {
    // DOCUMENT_POSITION_FOLLOWING: el comes after h.
    if (h.compareDocumentPosition(el) & 4) heading = h;
    else break;
  }
  if (heading) parts.push(visibleText(heading));
  const caption = el.closest('table')?.querySelector(':scope > caption');
  if (caption) parts.push(visibleText(caption));
  const outer = el.closest('fieldset')?.parentElement?.closest('fieldset');
  const legend = outer?.querySelector(':scope > legend');
  if (legend) parts.push(visibleText(legend));
  return tidyText(parts.filter(Boolean).join(' | '));
}

/** Header cell of the field's column when it sits in a table body cell. */
export function columnHeaderText(el: Element): string {
  const cell = el.closest('td');
  const row = cell?.parentElement;
  const table = row?.closest('table');
  if (!cell || !row || !table) return '';
  const index = Array.from(row.children).indexOf(cell);
  const headerRow = table.querySelector('thead tr') ?? table.querySelector('tr');
  if (!headerRow || headerRow === row) return '';
  const header = headerRow.children[index];
  return header && header.tagName === 'TH' ? visibleText(header) : '';
}
