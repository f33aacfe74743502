import { INTAKE_CHANGE_KEY, PROFILE_CHANGE_KEY, asPatientNotice, type PatientNotice } from './storage-keys';

// "This patient's intake (or administrative file) changed", through storage.local like the notes'
// notice, each under its own key (messaging/storage-keys.ts) so that only the views concerned reload.

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
