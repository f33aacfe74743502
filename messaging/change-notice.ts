// "This patient's notes changed", broadcast through storage.local so that every tab hears it
// even while the service worker sleeps. Only the patient key and note id travel: never text.
export const CHANGE_KEY = 'preconsult:change';

export interface ChangeNotice {
  patientKey: string;
  noteId?: string;
  at: number;
  /** The writer's instance id, so a tab ignores its own echoes. */
  by: string;
}

/** Storage is ours, but an older version may have left another shape there. */
export function asChangeNotice(x: unknown): ChangeNotice | null {
  if (typeof x !== 'object' || x === null) return null;
  const n = x as Record<string, unknown>;
  const ok = typeof n.patientKey === 'string' && typeof n.at === 'number' && typeof n.by === 'string' &&
    (n.noteId === undefined || typeof n.noteId === 'string');
  return ok ? (n as unknown as ChangeNotice) : null;
}

/** "The taught rules of this site changed": record pages of the site read again. */
export const RULES_CHANGE_KEY = 'preconsult:rulesChange';
/**
 * storage.local: the site patterns that have a taught rule, kept by the background. A record page
 * of any other site starts reading at once instead of asking the background for its rules first.
 */
export const RULES_INDEX_KEY = 'preconsult:rulesIndex';
