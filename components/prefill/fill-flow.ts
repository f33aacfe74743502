import type { FillValues, ProfileFieldKey } from '../../clinical/admin/field-keys';
import { profileToFillValues } from '../../clinical/admin/profile-values';
import { BOOLEAN_FIELD_KEYS } from '../../clinical/admin/field-keys';
import { PROFILE_FIELDS } from '../../clinical/admin/profile-fields';
import type { AdminProfile } from '../../clinical/admin/profile-schema';
import { proposeMapping } from '../../sites/forms/plan-fill';
import type { FieldDescriptor } from '../../sites/forms/field-descriptor';
import { fitValue, keyCounts, type Fit } from '../../sites/forms/value-fit';
import { normalizeText } from '../../sites/forms/text-normalize';
import type { Send } from '../../messaging/client';
import type { PageBridge } from './page-bridge';
import { t, tx } from '../../i18n/ui-language';

// Filling the page in front of the user, in three steps the user drives: preview (list the
// page's fields, classify them here in the panel, remembered choices first, outline them on the
// page), review (untick, remap), fill (one click; refused unless the page still shows the patient
// the preview was made for). Undo puts every changed field back.

export interface PreviewRow {
  index: number;
  descriptor: FieldDescriptor;
  fieldSignature: string;
  /** Key chosen (classifier, remembered or the user's). */
  key: ProfileFieldKey | null;
  /** Ticked: fill this field. Unticked rows are remembered as "leave alone". */
  include: boolean;
  confidence: number;
  evidence: string;
  remembered: boolean;
  /** What the field will receive from the file and what does not fit; null when the file has no value. */
  fit: Fit | null;
}

export interface Preview {
  patientKey: string;
  token: string;
  formSignature: string;
  origin: string;
  rows: PreviewRow[];
  values: FillValues;
}

/** One field after a fill: what was meant, what the page holds now (read back), and the verdict. */
export interface ReportRow {
  index: number;
  name: string;
  key: ProfileFieldKey;
  /** The whole value of the file. */
  meant: string;
  /** What the preview said the field would get. */
  expected: string;
  /** What the page shows now ('' when left). */
  written: string;
  /**
   * ok: written as meant; cut: written as the preview warned (part did not fit); differs: the page
   * holds something else than expected; left: not written (reason); missing: the file has no value;
   * unticked: the user chose to leave it.
   */
  status: 'ok' | 'cut' | 'differs' | 'left' | 'missing' | 'unticked';
  reason?: string;
}

export type FillOutcome =
  | { status: 'filled'; planned: number; filled: number; report: ReportRow[] }
  /** The panel's patient is not (or no longer) the one the preview was made for. */
  | { status: 'refused'; reason: 'uncertain' | 'changed' }
  /** The fields listed at preview time are gone from the page. */
  | { status: 'stale' };

export interface FlowDeps {
  send: Send;
  bridge: PageBridge;
}

/** What a row shows as its name: the field's own words. */
export function fieldName(d: FieldDescriptor): string {
  return d.labels[0] || d.ariaLabel || d.placeholder || d.group || d.nearby || d.name || d.id || d.type;
}

async function loadValues(send: Send, patientKey: string): Promise<FillValues> {
  const stored = await send({ type: 'profile.get', patientKey });
  return stored.profile ? profileToFillValues(stored.profile as AdminProfile) : {};
}

export async function makePreview({ send, bridge }: FlowDeps, patientKey: string): Promise<Preview> {
  const listed = await bridge.request({ type: 'pf.collect' });
  const remembered = (await send({ type: 'formMapping.get', signature: listed.signature })).fields ?? undefined;
  const proposal = proposeMapping(listed.fields.map((descriptor) => ({ descriptor, elements: [] })), { remembered });
  const values = await loadValues(send, patientKey);
  const rows: PreviewRow[] = proposal.map((p, index) => ({
    index,
    descriptor: p.field.descriptor,
    fieldSignature: p.signature,
    key: p.key,
    include: p.key !== null,
    confidence: p.classification.confidence,
    evidence: p.classification.evidence,
    remembered: p.remembered,
    fit: null,
  }));
  return { patientKey, token: listed.token, formSignature: listed.signature, origin: listed.origin, rows: refit(rows, values, true), values };
}

/**
 * Each row's fit, again (a remapped row changes what the others get: an address line 2 added
 * takes lines off line 1). With `retick`, a row is ticked only when its value fits whole: a value
 * that would be cut waits for the user's choice.
 */
export function refit(rows: readonly PreviewRow[], values: FillValues, retick = false): PreviewRow[] {
  const counts = keyCounts(rows.map((r) => r.key));
  return rows.map((r) => {
    const fit = r.key ? fitValue(r.descriptor, r.key, values, counts) : null;
    const include = r.key !== null && fit !== null && (retick ? !fit.loses : r.include);
    return { ...r, fit, include };
  });
}

/** A value that does not fit lowers the row's confidence: the preview is less sure of the result. */
export function rowConfidence(row: PreviewRow): number {
  return row.fit?.loses ? Math.round(row.confidence * 60) / 100 : row.confidence;
}

/** The rows that a fill will write: ticked, mapped, with a value. */
export function plannedRows(preview: Pick<Preview, 'rows'>): PreviewRow[] {
  return preview.rows.filter((r) => r.include && r.key !== null && r.fit !== null && r.fit.text !== '');
}

/** The value a row would receive (birth-date parts derive from the date, as fill() does). */
export function rowValue(row: PreviewRow, values: FillValues): string | undefined {
  if (!row.key) return undefined;
  const direct = values[row.key];
  if (direct) return direct;
  const [y, m, d] = (values.birthDate ?? '').split('-');
  return row.key === 'birthDate.year' ? y : row.key === 'birthDate.month' ? m : row.key === 'birthDate.day' ? d : undefined;
}

/** The value as the user reads it: « Madame » rather than « Mme », « oui » rather than « true ». */
export function shownValue(row: PreviewRow, values: FillValues): string | undefined {
  const isChoice = row.descriptor.kind === 'select' || row.descriptor.kind === 'radio';
  if (row.fit && row.fit.text !== '' && !isChoice && row.descriptor.kind !== 'checkbox') return row.fit.text;
  const value = rowValue(row, values);
  if (value === undefined || !row.key) return value;
  if (BOOLEAN_FIELD_KEYS.has(row.key)) return value === 'true' ? t('ikYes') : value === 'false' ? t('ikNo') : value;
  const label = PROFILE_FIELDS.find((f) => f.keys.includes(row.key!))?.choices?.find(([v]) => v === value)?.[1];
  return label ? tx(label) : value;
}

/** Marks on the page each field that will be filled, with the value it will receive. */
export async function outline({ bridge }: FlowDeps, preview: Preview): Promise<void> {
  const items = plannedRows(preview).flatMap((r) => {
    const value = shownValue(r, preview.values);
    return value ? [{ index: r.index, text: value }] : [];
  });
  await bridge.request({ type: 'pf.outline', token: preview.token, items });
}

/**
 * Is the page still showing `expected`? The panel must show it (`panelKey`, null when it shows no
 * certain patient), and the page, asked again now, too. Checked right before anything is written.
 */
export async function checkPatient(bridge: PageBridge, expected: string, panelKey: string | null): Promise<'ok' | 'uncertain' | 'changed'> {
  if (panelKey === null) return 'uncertain';
  if (panelKey !== expected) return 'changed';
  const pageKey = await bridge.currentPatientKey();
  if (pageKey === null) return 'uncertain';
  return pageKey === expected ? 'ok' : 'changed';
}

/**
 * Fill, after checking that the patient is still certain: the panel shows a patient (`panelKey`
 * is null otherwise), it is the preview's, and the page, asked again now, shows that patient too.
 */
export async function runFill({ send, bridge }: FlowDeps, preview: Preview, panelKey: string | null): Promise<FillOutcome> {
  const certain = await checkPatient(bridge, preview.patientKey, panelKey);
  if (certain !== 'ok') return { status: 'refused', reason: certain };

  const all = await loadValues(send, preview.patientKey);
  const planned = plannedRows(preview);
  const textKind = (d: FieldDescriptor) => d.kind === 'text' || d.kind === 'textarea' || d.kind === 'contenteditable';
  const plan = planned.map((r) => (textKind(r.descriptor) ? { index: r.index, key: r.key!, text: r.fit!.text } : { index: r.index, key: r.key! }));
  // Only the values this form uses leave the panel (the birth date feeds split date fields).
  const values: FillValues = {};
  for (const { key } of plan) {
    if (all[key] !== undefined) values[key] = all[key];
    if (key.startsWith('birthDate.') && all.birthDate) values.birthDate = all.birthDate;
  }
  const reply = await bridge.request({ type: 'pf.fill', token: preview.token, plan, values });
  if (reply.patientChanged) return { status: 'refused', reason: 'changed' };
  if (!reply.current) return { status: 'stale' };
  // The user confirmed this mapping by filling with it: offer it again next time on this form.
  const fields: Record<string, ProfileFieldKey | null> = {};
  // A row left unticked only because the file had no value for it, or because its value did not
  // fit, is no choice of the user's: the next patient's file may well fill it.
  for (const r of preview.rows) fields[r.fieldSignature] = r.include || !r.fit || r.fit.loses ? r.key : null;
  await send({ type: 'form.filled', patientKey: preview.patientKey, signature: preview.formSignature, origin: preview.origin, fields, filled: reply.filled.length });
  const report = fillReport(preview, reply);
  return { status: 'filled', planned: planned.length, filled: report.filter((r) => r.status === 'ok' || r.status === 'cut' || r.status === 'differs').length, report };
}

/** Field by field: what was meant, what the page holds now, and why a field was left. */
export function fillReport(preview: Pick<Preview, 'rows'>, reply: { skipped: { index: number; reason: string }[]; written: { index: number; text: string }[] }): ReportRow[] {
  const planned = new Set(plannedRows(preview).map((r) => r.index));
  const written = new Map(reply.written.map((w) => [w.index, w.text]));
  const skipped = new Map(reply.skipped.map((s) => [s.index, s.reason]));
  return preview.rows.flatMap((r): ReportRow[] => {
    if (!r.key) return [];
    const base = { index: r.index, name: fieldName(r.descriptor), key: r.key, meant: r.fit?.meant ?? '', expected: r.fit?.text ?? '' };
    if (!r.fit) return [{ ...base, written: '', status: 'missing' }];
    if (!planned.has(r.index)) return [{ ...base, written: '', status: r.fit.text === '' ? 'left' : 'unticked', reason: r.fit.notes[0] }];
    const now = written.get(r.index) ?? '';
    const choice = r.descriptor.kind === 'select' || r.descriptor.kind === 'radio';
    const same = choice ? normalizeText(now) === normalizeText(base.expected) : now === base.expected;
    if (same) return [{ ...base, written: now, status: r.fit.loses ? 'cut' : 'ok' }];
    const reason = skipped.get(r.index);
    return [{ ...base, written: now, status: reason && reason !== 'alreadySet' ? 'left' : 'differs', reason }];
  });
}
