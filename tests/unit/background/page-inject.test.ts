import { describe, expect, it, vi } from 'vitest';
import { INJECT_REQUEST, isInjectRequest } from '../../../messaging/page-inject';
import { injectForPage } from '../../../background/page-inject';

// A record-page script may have only the teach bar and the taught-rules reader run, only in its
// own tab, only on a site the user activated.
describe('on-demand scripts asked by a record page', () => {
  const page = { pattern: 'https://dpi.example.fr/*', tabId: 7 };
  const deps = (active = true) => ({ isActive: vi.fn(async () => active), inject: vi.fn(async () => undefined) });

  it('injects the teach bar or the rules reader into the sender’s own tab', async () => {
    for (const script of ['teach', 'taught'] as const) {
      const d = deps();
      expect(await injectForPage({ script }, page, d)).toEqual({ ok: true, data: {} });
      expect(d.inject).toHaveBeenCalledWith(7, script);
    }
    expect(isInjectRequest({ type: INJECT_REQUEST, script: 'teach' })).toBe(true);
    expect(isInjectRequest({ type: 'relay.inject' })).toBe(false);
  });

  it.each([
    ['another script', { script: 'prefill' }, page, true],
    ['no script', {}, page, true],
    ['a sender that is no tab’s top frame on the web', { script: 'teach' }, undefined, true],
    ['a site the user did not activate', { script: 'teach' }, page, false],
  ])('refuses %s', async (_name, message, from, active) => {
    const d = deps(active);
    expect((await injectForPage(message, from, d)).ok).toBe(false);
    expect(d.inject).not.toHaveBeenCalled();
  });
});
