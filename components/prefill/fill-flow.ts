import type { FillValues, ProfileFieldKey } from '../../clinical/admin/field-keys';
import { profileToFillValues } from '../../clinical/admin/profile-values';
import { BOOLEAN_FIELD_KEYS } from '../../clinical/admin/field-keys';
import { PROFILE_FIELDS } from '../../clinical/admin/profile-fields';
import type { AdminProfile } from '../../clinical/admin/profile-schema';
import { proposeMapping } from '../../sites/forms/plan-fill';
import type { FieldDescriptor } from '../../sites/forms/field-descriptor';
import type { Send } from '../../messaging/client';
import type { PageBridge } from './page-bridge';
import { t, tx } from '../i18n';

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
}

export interface Preview {
  patientKey: string;
  token: string;
  formSignature: string;
  origin: string;
  rows: PreviewRow[];
  values: FillValues;
}

export type FillOutcome =
  | { status: 'filled'; filled: number; skipped: { index: number; reason: string }[] }
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
  const rows: PreviewRow[] = proposal.map((p, index) => ({
    index,
    descriptor: p.field.descriptor,
    fieldSignature: p.signature,
    key: p.key,
    include: p.key !== null,
    confidence: p.classification.confidence,
    evidence: p.classification.evidence,
    remembered: p.remembered,
  }));
  return { patientKey, token: listed.token, formSignature: listed.signature, origin: listed.origin, rows, values: await loadValues(send, patientKey) };
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
  const value = rowValue(row, values);
  if (value === undefined || !row.key) return value;
  if (BOOLEAN_FIELD_KEYS.has(row.key)) return value === 'true' ? t('ikYes') : value === 'false' ? t('ikNo') : value;
  const label = PROFILE_FIELDS.find((f) => f.keys.includes(row.key!))?.choices?.find(([v]) => v === value)?.[1];
  return label ? tx(label) : value;
}

/** Marks on the page each field that will be filled, with the value it will receive. */
export async function outline({ bridge }: FlowDeps, preview: Preview): Promise<void> {
  const items = preview.rows.flatMap((r) => {
    const value = shownValue(r, preview.values);
    return r.include && r.key && value ? [{ index: r.index, text: value }] : [];
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
  const plan = preview.rows.flatMap((r) => (r.include && r.key ? [{ index: r.index, key: r.key }] : []));
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
  for (const r of preview.rows) fields[r.fieldSignature] = r.include ? r.key : null;
  await send({ type: 'form.filled', patientKey: preview.patientKey, signature: preview.formSignature, origin: preview.origin, fields, filled: reply.filled.length });
  return { status: 'filled', filled: reply.filled.length, skipped: reply.skipped };
}
