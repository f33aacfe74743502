// "This patient's intake (or administrative file) changed", through storage.local like the notes'
// notice, each under its own key so that only the views concerned reload. Patient key and the
// writer's client id only, never values.
export const INTAKE_CHANGE_KEY = 'preconsult:intake-change';
export const PROFILE_CHANGE_KEY = 'preconsult:profile-change';

export interface PatientNotice { patientKey: string; at: number; by: string }
export function asPatientNotice(x: unknown): PatientNotice | null {
  const n = x as Partial<PatientNotice> | null;
  return n && typeof n.patientKey === 'string' && typeof n.at === 'number' && typeof n.by === 'string' ? (n as PatientNotice) : null;
}

type Changes = Record<string, { newValue?: unknown }>;
export interface NoticeStorage {
  onChanged: { addListener(l: (c: Changes, area: string) => void): void; removeListener(l: (c: Changes, area: string) => void): void };
}

/** Calls back on each notice under `key` (another panel, tab or workstation seat on this profile). */
export function onPatientNotice(key: string, storage: NoticeStorage, cb: (n: PatientNotice) => void): () => void {
  const l = (changes: Changes, area: string) => {
    if (area !== 'local' || !(key in changes)) return;
    const n = asPatientNotice(changes[key]?.newValue);
    if (n) cb(n);
  };
  storage.onChanged.addListener(l);
  return () => storage.onChanged.removeListener(l);
}

export const onIntakeNotice = (storage: NoticeStorage, cb: (n: PatientNotice) => void) => onPatientNotice(INTAKE_CHANGE_KEY, storage, cb);
export const onProfileNotice = (storage: NoticeStorage, cb: (n: PatientNotice) => void) => onPatientNotice(PROFILE_CHANGE_KEY, storage, cb);
