// Writing to fields the way a user's typing would, so framework-controlled inputs (React,
// Vue, Angular, Preact) see the change: React keeps its own copy of `value` on the element,
// so we call the prototype's native setter, then fire the events frameworks listen to.

type ValueElement = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

function windowOf(el: Element): Window & typeof globalThis {
  // Fields inside a same-origin iframe belong to that frame's realm and prototypes.
  return (el.ownerDocument.defaultView ?? window) as Window & typeof globalThis;
}

function prototypeOf(el: Element): object {
  const win = windowOf(el);
  if (el.tagName === 'TEXTAREA') return (win.HTMLTextAreaElement ?? HTMLTextAreaElement).prototype;
  if (el.tagName === 'SELECT') return (win.HTMLSelectElement ?? HTMLSelectElement).prototype;
  return (win.HTMLInputElement ?? HTMLInputElement).prototype;
}

function setNative(el: Element, property: 'value' | 'checked', value: string | boolean): void {
  const setter = Object.getOwnPropertyDescriptor(prototypeOf(el), property)?.set;
  if (setter) setter.call(el, value);
  else (el as unknown as Record<string, unknown>)[property] = value;
}

export function dispatchInputEvents(el: Element): void {
  const win = windowOf(el);
  const EventCtor = win.Event ?? Event;
  el.dispatchEvent(new EventCtor('input', { bubbles: true, composed: true }));
  el.dispatchEvent(new EventCtor('change', { bubbles: true }));
}

export function writeValue(el: ValueElement, value: string): void {
  setNative(el, 'value', value);
  dispatchInputEvents(el);
}

/**
 * Check or uncheck a radio or checkbox. A click is what every framework listens to (React
 * uses it for onChange on these); if the page reverted it, set the state directly.
 */
export function writeChecked(el: HTMLInputElement, checked: boolean): void {
  if (el.checked === checked) return;
  if (checked || el.type === 'checkbox') el.click();
  if (el.checked !== checked) {
    setNative(el, 'checked', checked);
    dispatchInputEvents(el);
  }
}

/** Replace an editable element's content with plain text (never markup). */
export function writeText(el: HTMLElement, text: string): void {
  el.textContent = text;
  el.dispatchEvent(new (windowOf(el).Event ?? Event)('input', { bubbles: true, composed: true }));
}

/** Put back saved child nodes (undo of writeText keeps the original formatting). */
export function restoreChildren(el: HTMLElement, nodes: Node[]): void {
  el.replaceChildren(...nodes);
  el.dispatchEvent(new (windowOf(el).Event ?? Event)('input', { bubbles: true, composed: true }));
}
