// Panel ↔ hand-off content script (entrypoints/handoff.content). Hand-written guards: Zod stays
// out of the record page.
export type HandoffRequest = { type: 'ho.read' } | { type: 'ho.write'; text: string; expected: string } | { type: 'ho.acts' };

/** Vaccinations read from a table of the record page, as text. */
export interface ActsReply { acts: { name: string; date: string }[] }

export type HandoffReply =
  | { found: false }
  /** `text`: the note field's value now. `written`: false when the field changed since read. */
  | { found: true; text: string; written?: boolean };

export function asHandoffRequest(x: unknown): HandoffRequest | null {
  const m = x as { type?: unknown; text?: unknown; expected?: unknown } | null;
  if (m?.type === 'ho.read') return { type: 'ho.read' };
  if (m?.type === 'ho.acts') return { type: 'ho.acts' };
  if (m?.type === 'ho.write' && typeof m.text === 'string' && typeof m.expected === 'string' && m.text.length <= 200_000) {
    return { type: 'ho.write', text: m.text, expected: m.expected };
  }
  return null;
}

export function asHandoffReply(x: unknown): HandoffReply | null {
  const r = x as { found?: unknown; text?: unknown; written?: unknown } | null;
  if (r?.found === false) return { found: false };
  if (r?.found === true && typeof r.text === 'string') return { found: true, text: r.text, ...(typeof r.written === 'boolean' ? { written: r.written } : {}) };
  return null;
}

export function asActsReply(x: unknown): ActsReply | null {
  const r = x as { acts?: unknown } | null;
  if (!Array.isArray(r?.acts)) return null;
  const acts = r.acts.filter((a): a is { name: string; date: string } => typeof a?.name === 'string' && typeof a?.date === 'string');
  return { acts };
}
