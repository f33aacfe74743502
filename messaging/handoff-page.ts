// Panel ↔ hand-off content script (entrypoints/handoff.content). Hand-written guards: Zod stays
// out of the record page.
import { isVitalFieldKey, type VitalFieldKey, type VitalFieldValues } from '../clinical/intake/vital-fields';

export type HandoffRequest =
  | { type: 'ho.read' }
  | { type: 'ho.write'; text: string; expected: string }
  | { type: 'ho.acts' }
  | { type: 'ho.lists' }
  /** Lists the record's vital-signs fields and what each asks for; nothing is written. */
  | { type: 'ho.vitalsPreview' }
  /** Fills the fields of that preview (`token`), by index, with these values. */
  | { type: 'ho.vitalsFill'; token: string; plan: { index: number; key: VitalFieldKey }[]; values: VitalFieldValues }
  | { type: 'ho.vitalsUndo' };

export interface VitalsPreviewReply { token: string; fields: { index: number; key: VitalFieldKey; label: string }[] }
/** `current`: false when the page's fields are no longer those of the preview (nothing written). */
export interface VitalsFillReply { current: boolean; filled: number[]; skipped: { index: number; reason: string }[] }
export interface VitalsUndoReply { restored: number; skipped: number }

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
  if (m?.type === 'ho.vitalsPreview') return { type: 'ho.vitalsPreview' };
  if (m?.type === 'ho.vitalsUndo') return { type: 'ho.vitalsUndo' };
  if (m?.type === 'ho.vitalsFill') return asVitalsFill(m);
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

function asVitalsFill(x: unknown): HandoffRequest | null {
  const m = x as { token?: unknown; plan?: unknown; values?: unknown };
  if (typeof m.token !== 'string' || !Array.isArray(m.plan) || m.plan.length > 40 || !m.values || typeof m.values !== 'object') return null;
  const plan: { index: number; key: VitalFieldKey }[] = [];
  for (const p of m.plan as { index?: unknown; key?: unknown }[]) {
    if (!Number.isInteger(p?.index) || (p.index as number) < 0 || !isVitalFieldKey(p.key)) return null;
    plan.push({ index: p.index as number, key: p.key });
  }
  const values: VitalFieldValues = {};
  for (const [k, v] of Object.entries(m.values as Record<string, unknown>)) {
    if (!isVitalFieldKey(k) || typeof v !== 'string' || v.length > 20) return null;
    values[k] = v;
  }
  return { type: 'ho.vitalsFill', token: m.token, plan, values };
}

export function asVitalsPreviewReply(x: unknown): VitalsPreviewReply | null {
  const r = x as { token?: unknown; fields?: unknown } | null;
  if (typeof r?.token !== 'string' || !Array.isArray(r.fields)) return null;
  const fields = (r.fields as { index?: unknown; key?: unknown; label?: unknown }[])
    .filter((f) => Number.isInteger(f?.index) && isVitalFieldKey(f.key) && typeof f.label === 'string')
    .map((f) => ({ index: f.index as number, key: f.key as VitalFieldKey, label: (f.label as string).slice(0, 120) }));
  return { token: r.token, fields };
}

export function asVitalsFillReply(x: unknown): VitalsFillReply | null {
  const r = x as { current?: unknown; filled?: unknown; skipped?: unknown } | null;
  if (typeof r?.current !== 'boolean' || !Array.isArray(r.filled) || !Array.isArray(r.skipped)) return null;
  return {
    current: r.current,
    filled: r.filled.filter((i): i is number => Number.isInteger(i)),
    skipped: (r.skipped as { index?: unknown; reason?: unknown }[]).filter((s) => Number.isInteger(s?.index) && typeof s.reason === 'string') as VitalsFillReply['skipped'],
  };
}

export function asVitalsUndoReply(x: unknown): VitalsUndoReply | null {
  const r = x as { restored?: unknown; skipped?: unknown } | null;
  return typeof r?.restored === 'number' && typeof r.skipped === 'number' ? { restored: r.restored, skipped: r.skipped } : null;
}
