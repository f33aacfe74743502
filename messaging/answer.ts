import type { browser } from 'wxt/browser';

// runtime.onMessage listeners are written as "return a promise of the reply, or undefined to let
// another listener answer". Chrome ignores a returned promise (it waits for `sendResponse` after
// `return true`), Firefox takes either: this adapter answers through `sendResponse` where the
// browser passes one, so the extension needs no webextension-polyfill (about 3 KB gzip of the
// record-page script).
type Reply = Promise<unknown> | undefined;
type Sender = Parameters<Parameters<typeof browser.runtime.onMessage.addListener>[0]>[1];

export function answering(listener: (message: unknown, sender: Sender) => Reply) {
  return (message: unknown, sender: Sender, sendResponse?: (response?: unknown) => void): true | Reply => {
    const reply = listener(message, sender);
    if (reply === undefined || typeof sendResponse !== 'function') return reply;
    // A failed handler answers nothing rather than leaving the sender waiting until the port closes.
    reply.then(sendResponse, () => sendResponse(undefined));
    return true;
  };
}
