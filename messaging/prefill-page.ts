import type { FieldDescriptor } from '../sites/forms/field-descriptor';
import type { FillValues, ProfileFieldKey } from '../clinical/admin/field-keys';
import type { PatientTraits } from '../sites/forms/same-patient';

// Between the panel and the on-demand pre-fill script of the record page (content-scripts/
// prefill.js). Plain types and hand-written guards: no Zod in the page. The page script only
// reads label/value pairs, lists fields, outlines them and fills them; every decision
// (classification, which patient, what value) is taken in the panel.

export interface PairsRequest { type: 'pf.read' }
export interface CollectRequest { type: 'pf.collect' }
/** How many fields a user could type into the page shows, cheaply (to notice that a form appeared). */
export interface CountRequest { type: 'pf.count' }
export interface OutlineRequest { type: 'pf.outline'; token: string; items: { index: number; text: string }[] }
export interface ClearRequest { type: 'pf.clear' }
/**
 * `text`: what the preview showed for a text field (fitted to it), written as it is. `expect`: the
 * patient the panel checked, compared by the page script in the same task as the write.
 */
export interface FillRequest { type: 'pf.fill'; token: string; plan: { index: number; key: ProfileFieldKey; text?: string }[]; values: FillValues; expect?: PatientTraits }
export interface UndoRequest { type: 'pf.undo' }
/** Wait for the user to click the text field to write into; `hint` is shown on the page meanwhile. */
export interface PickRequest { type: 'pf.pick'; hint: string }
export interface InsertRequest { type: 'pf.insert'; token: string; text: string }
/** Stop waiting for a click (the user cancelled from the panel). */
export interface PickCancelRequest { type: 'pf.pickCancel' }
export type PageRequest = PairsRequest | CollectRequest | CountRequest | OutlineRequest | ClearRequest | FillRequest | UndoRequest | PickRequest | InsertRequest | PickCancelRequest;

export interface PairsReply { pairs: { label: string; value: string }[]; origin: string }
export interface CollectReply { token: string; signature: string; origin: string; fields: FieldDescriptor[] }
export interface OutlineReply { shown: number }
export interface FillReply {
  /** False when the fields listed at preview time are gone (page changed): nothing was written. */
  current: boolean;
  /** The page showed another patient (or none) at the moment of the write: nothing was written. */
  patientChanged?: true;
  filled: number[];
  skipped: { index: number; reason: string }[];
  /** What each planned field holds once filled, read back from the page after it re-rendered. */
  written: { index: number; text: string }[];
}
export interface UndoReply { restored: number; skipped: number }
export type PickReply = { picked: true; token: string; label: string } | { picked: false; reason: 'cancelled' | 'timeout' };
export interface InsertReply { inserted: boolean }

export interface PageReplies {
  'pf.read': PairsReply;
  'pf.collect': CollectReply;
  'pf.count': { fields: number };
  'pf.outline': OutlineReply;
  'pf.clear': { cleared: true };
  'pf.fill': FillReply;
  'pf.undo': UndoReply;
  'pf.pick': PickReply;
  'pf.insert': InsertReply;
  'pf.pickCancel': { cancelled: true };
}

const str = (x: unknown): x is string => typeof x === 'string';
const idx = (x: unknown): x is number => typeof x === 'number' && Number.isInteger(x) && x >= 0;

/** Checks a message the page script received; anything else is ignored. */
export function asPageRequest(x: unknown): PageRequest | null {
  const m = x as Record<string, unknown> | null;
  if (typeof m !== 'object' || m === null || !str(m.type)) return null;
  switch (m.type) {
    case 'pf.read':
    case 'pf.collect':
    case 'pf.count':
    case 'pf.clear':
    case 'pf.undo':
    case 'pf.pickCancel':
      return m as unknown as PageRequest;
    case 'pf.outline':
      return str(m.token) && Array.isArray(m.items) && m.items.every((i: { index?: unknown; text?: unknown }) => idx(i?.index) && str(i?.text))
        ? (m as unknown as OutlineRequest) : null;
    case 'pf.pick':
      return str(m.hint) ? (m as unknown as PickRequest) : null;
    case 'pf.insert':
      return str(m.token) && str(m.text) ? (m as unknown as InsertRequest) : null;
    case 'pf.fill': {
      const values = m.values as Record<string, unknown> | null;
      const valuesOk = typeof values === 'object' && values !== null && Object.values(values).every(str);
      return str(m.token) && valuesOk && Array.isArray(m.plan) && m.plan.every((p: { index?: unknown; key?: unknown; text?: unknown }) => idx(p?.index) && str(p?.key) && (p.text === undefined || str(p.text)))
        ? (m as unknown as FillRequest) : null;
    }
    default:
      return null;
  }
}
