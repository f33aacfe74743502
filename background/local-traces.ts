import { browser } from 'wxt/browser';
import { DRAFT_PREFIX } from '../messaging/storage-keys';
import { CHANGE_KEY } from '../messaging/storage-keys';
import { INTAKE_CHANGE_KEY, PROFILE_CHANGE_KEY } from '../messaging/storage-keys';

// Patient data kept outside the database, in storage.local: unsaved drafts (note text) and the
// last change notices (patient keys). A purge must not leave them behind, nor let a draft bring a
// purged note back on the next panel.
// With the workstation lock on, drafts are kept in storage.session instead: both are cleaned.
export async function forgetLocalTraces(patientKeys: string[] | 'all'): Promise<void> {
  const keys = new Set(patientKeys === 'all' ? [] : patientKeys);
  for (const area of [browser.storage.local, browser.storage.session]) {
    const all = await area.get(null);
    const drop = Object.entries(all).filter(([k, v]) => {
      if (!k.startsWith(DRAFT_PREFIX)) return patientKeys === 'all' && (k === CHANGE_KEY || k === INTAKE_CHANGE_KEY || k === PROFILE_CHANGE_KEY);
      return patientKeys === 'all' || keys.has(String((v as { patientKey?: unknown } | null)?.patientKey));
    }).map(([k]) => k);
    if (drop.length) await area.remove(drop);
  }
}
