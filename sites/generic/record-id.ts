import { RECORD_PARAMS, RECORD_PATH } from './labels';

/** The record software's patient id in a page URL (`/patients/123`, `?patientId=`, `#/dossier/42?…`). */
export function recordIdFromUrl(url: string): string | undefined {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return undefined;
  }
  const queries = [u.searchParams, new URLSearchParams(u.hash.split('?')[1] ?? '')];
  for (const q of queries)
    for (const [k, v] of q) if (RECORD_PARAMS.includes(k.toLowerCase()) && /^[\w-]{1,64}$/.test(v) && /\d/.test(v)) return v;
  return RECORD_PATH.exec(u.pathname + u.hash.split('?')[0])?.[1];
}
