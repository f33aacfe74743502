import { handleMessage, type Handlers } from '../background/server';
import { RequestError, type Send } from '../messaging/client';
import { LockedError } from '../storage/lock/middleware';
import { ServiceError } from '../storage/notes-service';
import { t, tx } from '../i18n/ui-language';

/**
 * A `send` that goes through the background's real message validation to the given handlers, and
 * fails as the real client does (a RequestError with the French message and the error's code).
 */
export function sendThrough(handlers: Partial<Handlers>): Send {
  return (async (req: unknown) => {
    const r = await handleMessage(req, {
      handlers: handlers as Handlers,
      invalidMessage: (d) => d,
      describeError: (e) => (e instanceof LockedError ? t('errLocked') : e instanceof ServiceError ? t(e.i18nKey, e.subs.map(tx)) : String(e)),
      errorCode: (e) => (e instanceof LockedError ? 'locked' : e instanceof ServiceError ? 'refused' : undefined),
    });
    if (!r.ok) throw new RequestError(r.error, r.code);
    return r.data;
  }) as Send;
}
