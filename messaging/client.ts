import { browser } from 'wxt/browser';
import type { ErrorCode, Request, ResponseMap } from './protocol';

// Content-script / UI side. The MV3 service worker may be asleep or just killed: a send that finds
// no receiver is retried a few times while the browser restarts it.
const RETRY_DELAYS = [50, 150, 400, 1000];

export class RequestError extends Error {
  constructor(message: string, readonly code?: ErrorCode) {
    super(message);
  }
}

/** The background refused because the workstation lock is closed. */
export const isLocked = (e: unknown): boolean => e instanceof RequestError && e.code === 'locked';
/** The background refused for good (invalid request, unknown patient…): sending it again changes nothing. */
export const isRefused = (e: unknown): boolean => e instanceof RequestError && e.code === 'refused';

// The overlay's panel presents its credential with every request (messaging/panel-mount.ts).
let credential: object | undefined;
/** Panel page only: the credential its frame was created with, sent along from now on. */
export function presentCredential(c: object): void {
  credential = c;
}

export type Send = <T extends Request>(req: T) => Promise<ResponseMap[T['type']]>;

export const send: Send = <T extends Request>(req: T) => sendRaw(req) as Promise<ResponseMap[T['type']]>;

/** Sends any message the background answers with the `{ ok, data | error }` envelope; resolves to `data`. */
export async function sendRaw(message: unknown): Promise<unknown> {
  let lastError: unknown;
  for (let attempt = 0; attempt <= RETRY_DELAYS.length; attempt++) {
    try {
      const raw = await browser.runtime.sendMessage(credential && message && typeof message === 'object' ? { ...message, mount: credential } : message);
      // The background built this reply from validated data; check only its envelope here.
      const res = raw as { ok?: unknown; data?: unknown; error?: unknown; code?: unknown } | undefined;
      if (res?.ok === true) return res.data;
      if (res?.ok === false && typeof res.error === 'string') throw new RequestError(res.error, res.code === 'locked' || res.code === 'refused' ? res.code : undefined);
      throw new Error('no valid reply');
    } catch (e) {
      if (e instanceof RequestError) throw e;
      lastError = e;
      const delay = RETRY_DELAYS[attempt];
      if (delay === undefined) break;
      await new Promise((r) => setTimeout(r, delay));
    }
  }
  throw lastError instanceof Error ? lastError : new Error(String(lastError));
}
