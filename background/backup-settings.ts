import { browser } from 'wxt/browser';
import { saveRole } from '../messaging/workstation-role';
import { ROLE_KEY, RoleSchema, type Role } from '../messaging/storage-keys';

// The storage.local settings a backup carries. The role is read raw: "never chosen" must not
// be exported as the default, nor block the import of the practice's choice.
export const backupSettings = {
  async loadRole(): Promise<Role | undefined> {
    const p = RoleSchema.safeParse((await browser.storage.local.get(ROLE_KEY))[ROLE_KEY]);
    return p.success ? p.data : undefined;
  },
  saveRole,
};
