// Whether an element may be read or written: hidden, disabled, read-only and password
// fields are never collected nor filled (a form kept hidden in the DOM can belong to
// another view; disabled and read-only fields are the page saying "not yours to change").

export type Refusal = 'hidden' | 'disabled' | 'readonly' | 'password' | 'detached';

/** Hidden by attribute, inline style or computed style, on the element or any ancestor. */
export function isHidden(el: Element): boolean {
  if (el.tagName === 'INPUT' && (el as HTMLInputElement).type === 'hidden') return true;
  const view = el.ownerDocument.defaultView;
  for (let node: Element | null = el; node; node = node.parentElement) {
    if (node.hasAttribute('hidden')) return true;
    const inline = (node as HTMLElement).style;
    if (inline && (inline.display === 'none' || inline.visibility === 'hidden' || inline.visibility === 'collapse')) return true;
    const computed = view?.getComputedStyle(node);
    if (computed && (computed.display === 'none' || computed.visibility === 'hidden' || computed.visibility === 'collapse')) return true;
  }
  return false;
}

export function isDisabled(el: Element): boolean {
  if ((el as HTMLInputElement).disabled === true) return true;
  if (el.getAttribute('aria-disabled') === 'true') return true;
  // A disabled fieldset disables its controls, except those in its first legend.
  const fieldset = el.closest('fieldset[disabled]');
  if (fieldset) {
    const legend = fieldset.querySelector(':scope > legend');
    if (!legend || !legend.contains(el)) return true;
  }
  return false;
}

export function isReadOnly(el: Element): boolean {
  if (el.getAttribute('aria-readonly') === 'true') return true;
  if (el.tagName === 'INPUT' || el.tagName === 'TEXTAREA') return (el as HTMLInputElement).readOnly === true || el.hasAttribute('readonly');
  if (el.tagName === 'SELECT') return false;
  // Anything else we handle is a contenteditable root.
  return !isEditableRoot(el);
}

export function isEditableRoot(el: Element): boolean {
  const attr = el.getAttribute('contenteditable');
  return attr !== null && attr.toLowerCase() !== 'false';
}

/** Why this element must not be touched, or null when it may. */
export function refusalFor(el: Element): Refusal | null {
  if (!el.isConnected) return 'detached';
  if (el.tagName === 'INPUT' && (el as HTMLInputElement).type === 'password') return 'password';
  if (isHidden(el)) return 'hidden';
  if (isDisabled(el)) return 'disabled';
  if (isReadOnly(el)) return 'readonly';
  return null;
}
