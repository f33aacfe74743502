import { RequestSchema, type ErrorCode, type Request, type Response, type ResponseMap } from '../messaging/protocol';

// Background side: every incoming message is validated before it reaches a handler, and every
// failure becomes a readable error in the reply (never an unhandled rejection).
export type Handlers = { [K in Request['type']]: (req: Extract<Request, { type: K }>) => Promise<ResponseMap[K]> };

export interface ServerOptions {
  handlers: Handlers;
  /** Turns a thrown error into the user's language. */
  describeError: (e: unknown) => string;
  invalidMessage: (detail: string) => string;
  /** Marks the failures the UI acts on (e.g. the lock screen for 'locked'). */
  errorCode?: (e: unknown) => ErrorCode | undefined;
}

export async function handleMessage(raw: unknown, { handlers, describeError, invalidMessage, errorCode }: ServerOptions): Promise<Response> {
  const parsed = RequestSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, error: invalidMessage(issue ? `${issue.path.join('.') || 'message'} : ${issue.message}` : ''), code: 'refused' };
  }
  const req = parsed.data;
  try {
    const handler = handlers[req.type] as (r: Request) => Promise<unknown>;
    return { ok: true, data: (await handler(req)) as ResponseMap[typeof req.type] };
  } catch (e) {
    const code = errorCode?.(e);
    return code ? { ok: false, error: describeError(e), code } : { ok: false, error: describeError(e) };
  }
}
