import { browser } from 'wxt/browser';
import { CHANGE_KEY, asChangeNotice, type ChangeNotice } from '../../messaging/storage-keys';
import { LOCK_NOTICE_KEY, asLockNotice } from '../../messaging/storage-keys';
import { asWorkspaceCommand, type CommandSource, type WorkspaceCommand, type WorkspaceCommandName } from '../../messaging/commands';
import { answering } from '../../messaging/answer';

/** What this page needs of the notes workspace (components/notes/workspace.ts). */
export interface WorkspaceHooks {
  onLock(locked: boolean): void;
  onChange(notice: ChangeNotice): Promise<void>;
  flush(): Promise<void>;
}

// What every extension page holding a notes workspace (the overlay's panel, the side panel) does
// around it: take other tabs' changes in, and save what was typed when the page hides or closes.
export function wireWorkspacePage(ws: WorkspaceHooks): void {
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

/**
 * The background's keyboard commands this page takes (`accepts`): the page's workspace hears
 * them, and the background is answered `true` so that no other page acts. Nothing is taken while
 * no workspace listens yet (the background offers again).
 */
export function workspaceCommands(accepts: (c: WorkspaceCommand) => boolean): CommandSource & { fromLine(message: unknown): void } {
  const listeners = new Set<(c: WorkspaceCommandName) => void>();
  browser.runtime.onMessage.addListener(answering((message, sender) => {
    const c = asWorkspaceCommand(message);
    // From the background only: a message with a tab comes from a page script.
    if (!c || sender.id !== browser.runtime.id || sender.tab || !listeners.size || !accepts(c)) return undefined;
    listeners.forEach((l) => l(c.command));
    return Promise.resolve(true);
  }));
  const source = (l: (c: WorkspaceCommandName) => void) => {
    listeners.add(l);
    return () => void listeners.delete(l);
  };
  return Object.assign(source, {
    /**
     * A command the background sent down the page's broadcast line (Firefox's framed panel, which
     * hears no runtime message): only for the overlay's panel; the line is the background's alone.
     */
    fromLine(message: unknown): void {
      const c = asWorkspaceCommand(message);
      if (c?.to === 'overlay') listeners.forEach((l) => l(c.command));
    },
  });
}
