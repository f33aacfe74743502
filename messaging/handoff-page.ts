// Panel ↔ hand-off content script (entrypoints/handoff.content). Hand-written guards: Zod stays
// out of the record page.
export type HandoffRequest = { type: 'ho.read' } | { type: 'ho.write'; text: string; expected: string } | { type: 'ho.acts' } | { type: 'ho.lists' };

/** Vaccinations read from a table of the record page, as text. */
export interface ActsReply { acts: { name: string; date: string }[] }

/** The record's lists of allergies, current treatments and history, line by line, as shown. */
export const LIST_TOPICS = ['allergies', 'traitements', 'antecedents'] as const;
export type ListTopic = (typeof LIST_TOPICS)[number];
export interface ListsReply { lists: Partial<Record<ListTopic, string[]>> }

export type HandoffReply =
  | { found: false }
  /** `text`: the note field's value now. `written`: false when the field changed since read. */
  | { found: true; text: string; written?: boolean };

export function asHandoffRequest(x: unknown): HandoffRequest | null {
  const m = x as { type?: unknown; text?: unknown; expected?: unknown } | null;
  if (m?.type === 'ho.read') return { type: 'ho.read' };
  if (m?.type === 'ho.acts') return { type: 'ho.acts' };
  if (m?.type === 'ho.lists') return { type: 'ho.lists' };
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

export function asListsReply(x: unknown): ListsReply | null {
  const r = (x as { lists?: unknown } | null)?.lists as Record<string, unknown> | undefined;
  if (!r || typeof r !== 'object') return null;
  const lists: ListsReply['lists'] = {};
  for (const topic of LIST_TOPICS) {
    const v = r[topic];
    if (!Array.isArray(v)) continue;
    const lines = v.filter((l): l is string => typeof l === 'string' && l.length <= 200).slice(0, 30);
    if (lines.length) lists[topic] = lines;
  }
  return { lists };
}
