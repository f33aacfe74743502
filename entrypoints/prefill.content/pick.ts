import { refusalFor } from '../../sites/forms/field-state';
import { labelTexts } from '../../sites/forms/label-text';
import { writeValue } from '../../sites/forms/native-value';

// "Insert into the field I point at": the user clicks a text field of the page; nothing is written
// until the panel, having checked the patient again, sends the text for that field.
const PICK_MS = 30_000;
let picking: (() => void) | null = null;

/** A text field the user may write into: textarea, text-like input, contenteditable; never locked. */
function editableTarget(target: EventTarget | null): HTMLElement | null {
  const el = target instanceof Element ? target.closest('textarea, input, [contenteditable]') : null;
  if (!(el instanceof HTMLElement) || refusalFor(el) !== null) return null;
  if (el instanceof HTMLInputElement && !['text', 'search', ''].includes(el.type)) return null;
  return el;
}

export function pickField(hint: string): Promise<HTMLElement | 'cancelled' | 'timeout'> {
  picking?.();
  return new Promise((resolve) => {
    const host = document.createElement('preconsult-prefill-pick');
    host.style.cssText = 'position:fixed;top:8px;left:50%;transform:translateX(-50%);z-index:2147483646;';
    const banner = document.createElement('div');
    banner.setAttribute('role', 'status');
    banner.textContent = hint;
    banner.style.cssText = 'font:13px/18px system-ui,sans-serif;padding:6px 12px;background:#1a5fb4;color:#fff;border-radius:6px;box-shadow:0 2px 8px #0004;';
    host.attachShadow({ mode: 'closed' }).append(banner);
    document.documentElement.append(host);

    const done = (result: HTMLElement | 'cancelled' | 'timeout') => {
      clearTimeout(timer);
      removeEventListener('click', onClick, true);
      removeEventListener('keydown', onKey, true);
      host.remove();
      picking = null;
      resolve(result);
    };
    const onClick = (e: MouseEvent) => {
      const el = editableTarget(e.target);
      if (el) done(el);
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') done('cancelled');
    };
    const timer = setTimeout(() => done('timeout'), PICK_MS);
    addEventListener('click', onClick, true);
    addEventListener('keydown', onKey, true);
    picking = () => done('cancelled');
  });
}

/** Ends a pending pick as cancelled (no-op when none). */
export function cancelPick(): void {
  picking?.();
}

export function fieldLabel(el: HTMLElement): string {
  return labelTexts(el)[0] || el.getAttribute('aria-label') || el.getAttribute('placeholder') || el.getAttribute('name') || '';
}

/** Writes `text` at the caret (or at the end), as typing would: frameworks see the change. */
export function insertText(el: HTMLElement, text: string): boolean {
  if (!el.isConnected || refusalFor(el) !== null) return false;
  if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) {
    const value = el.value;
    const at = el.selectionStart ?? value.length;
    const end = el.selectionEnd ?? at;
    writeValue(el, value.slice(0, at) + text + value.slice(end));
    return true;
  }
  el.append(el.ownerDocument.createTextNode(text));
  el.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  return true;
}
