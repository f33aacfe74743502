import { browser } from 'wxt/browser';
import { ROLE_KEY, RoleSchema, type Role } from './storage-keys';

// Which seat this workstation is: the assistant's (the intake opens on entry) or the doctor's
// (it opens on the summary). Kept in storage.local, validated when read: anything else is the
// assistant's default.

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
