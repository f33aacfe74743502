import * as z from 'zod/mini';
import { browser } from 'wxt/browser';

// Which seat this workstation is: the assistant's (the intake opens on entry) or the doctor's
// (it opens on the summary). Kept in storage.local, validated when read: anything else is the
// assistant's default.
export const ROLE_KEY = 'preconsult:role';
export const RoleSchema = z.enum(['assistant', 'medecin']);
export type Role = z.infer<typeof RoleSchema>;

export async function loadRole(): Promise<Role> {
  const raw = (await browser.storage.local.get(ROLE_KEY))[ROLE_KEY];
  const p = RoleSchema.safeParse(raw);
  return p.success ? p.data : 'assistant';
}

export async function saveRole(role: unknown): Promise<Role> {
  const r = RoleSchema.parse(role);
  await browser.storage.local.set({ [ROLE_KEY]: r });
  return r;
}
