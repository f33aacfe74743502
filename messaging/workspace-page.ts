import { browser } from 'wxt/browser';
import type { Workspace } from '../components/workspace';
import { CHANGE_KEY, asChangeNotice } from './change-notice';
import { LOCK_NOTICE_KEY, asLockNotice } from './lock-notice';

// What every extension page holding a notes workspace (the overlay's panel, the side panel) does
// around it: take other tabs' changes in, and save what was typed when the page hides or closes.
export function wireWorkspacePage(ws: Workspace): void {
  browser.storage.onChanged.addListener((changes, area) => {
    if (area !== 'local') return;
    const lock = asLockNotice(changes[LOCK_NOTICE_KEY]?.newValue);
    if (lock) ws.onLock(lock.locked);
    if (!(CHANGE_KEY in changes)) return;
    const notice = asChangeNotice(changes[CHANGE_KEY]?.newValue);
    if (notice) void ws.onChange(notice).catch(() => undefined);
  });
  addEventListener('pagehide', () => void ws.flush());
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') void ws.flush();
  });
}
