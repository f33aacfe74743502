import { describe, expect, it } from 'vitest';
import { handleMessage, type Handlers } from '../../../background/server';

// Only the foundation's handlers: the server is tested on them; features test their own.
const handlers = {
  ping: async () => ({ pong: true }),
  'patient.open': async () => ({ status: 'invalid', reason: 'x' }),
  'patient.status': async () => ({ status: 'invalid', reason: 'x' }),
  'notes.list': async () => ({ notes: [] }),
  'note.save': async () => { throw new Error('disk full'); },
  'note.delete': async () => ({ deleted: true }),
} as Partial<Handlers> as Handlers;
const opts = { handlers, describeError: (e: unknown) => `erreur: ${(e as Error).message}`, invalidMessage: (d: string) => `invalide: ${d}` };

describe('message server', () => {
  it('answers a valid message', async () => {
    expect(await handleMessage({ type: 'ping' }, opts)).toEqual({ ok: true, data: { pong: true } });
  });

  it.each([
    [null],
    ['ping'],
    [{ type: 'nope' }],
    [{ type: 'note.save', patientKey: 'k', noteId: 'short', text: 'x', createdAt: 1 }],
    [{ type: 'note.save', patientKey: 'k', noteId: 'long-enough-id', text: 42, createdAt: 1 }],
    [{ type: 'notes.list' }],
  ])('refuses the malformed message %j with a readable error', async (msg) => {
    const r = await handleMessage(msg, opts);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error).toMatch(/^invalide: /);
  });

  it('turns a handler failure into an error reply instead of a crash', async () => {
    const r = await handleMessage({ type: 'note.save', patientKey: 'k', noteId: 'long-enough-id', text: 'x', createdAt: 1 }, opts);
    expect(r).toEqual({ ok: false, error: 'erreur: disk full' });
  });
});

// Who may ask what: tests/unit/background/sender-gate.test.ts (through these same handlers).
