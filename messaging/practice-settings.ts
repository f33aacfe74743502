import { PRACTICE_KEY, PracticeSchema, type Practice } from './storage-keys';

// The practice's header for the letters drafted in the panel (name, address, doctor), kept in
// storage.local under one key and validated with Zod on write and on read: anything unreadable
// is no header rather than a broken letter.

export const EMPTY_PRACTICE: Practice = { name: '', address: '', doctor: '' };

export interface LocalArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

export async function loadPractice(area: LocalArea): Promise<Practice> {
  const p = PracticeSchema.safeParse((await area.get(PRACTICE_KEY))[PRACTICE_KEY]);
  return p.success ? p.data : EMPTY_PRACTICE;
}

/** Saves a valid header; otherwise says which field is too long (`{ field, max }`) and saves nothing. */
export async function savePractice(area: LocalArea, input: unknown): Promise<{ ok: true; practice: Practice } | { ok: false; field: keyof Practice; max: number }> {
  const p = PracticeSchema.safeParse(input);
  if (!p.success) {
    const issue = p.error.issues[0]!;
    return { ok: false, field: issue.path[0] as keyof Practice, max: Number(/max:(\d+)/.exec(issue.message)?.[1] ?? 0) };
  }
  await area.set({ [PRACTICE_KEY]: p.data });
  return { ok: true, practice: p.data };
}
