// "This patient's intake changed", through storage.local like the notes' notice, under its own
// key so the notes workspace does not reload for it. Patient key only, never values.
export const INTAKE_CHANGE_KEY = 'preconsult:intake-change';

export interface IntakeNotice { patientKey: string; at: number; by: string }

export function asIntakeNotice(x: unknown): IntakeNotice | null {
  const n = x as Partial<IntakeNotice> | null;
  return n && typeof n.patientKey === 'string' && typeof n.at === 'number' && typeof n.by === 'string' ? (n as IntakeNotice) : null;
}

/** Calls back on each intake notice (another panel, tab or workstation seat on this profile). */
export function onIntakeNotice(storage: { onChanged: { addListener(l: (c: Record<string, { newValue?: unknown }>, area: string) => void): void; removeListener(l: (c: Record<string, { newValue?: unknown }>, area: string) => void): void } }, cb: (n: IntakeNotice) => void): () => void {
  const l = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local' || !(INTAKE_CHANGE_KEY in changes)) return;
    const n = asIntakeNotice(changes[INTAKE_CHANGE_KEY]?.newValue);
    if (n) cb(n);
  };
  storage.onChanged.addListener(l);
  return () => storage.onChanged.removeListener(l);
}
