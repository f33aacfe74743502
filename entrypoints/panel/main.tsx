import { render } from 'preact';
import { browser } from 'wxt/browser';
import '../../components/panel.css';
import { PanelApp } from '../../components/PanelApp';
import { createWorkspace } from '../../components/notes/workspace';
import { t } from '../../i18n/ui-language';
import { presentCredential, send } from '../../messaging/client';
import { framedByForeignFrame, readMountCredential } from '../../messaging/panel-mount';
import { createDraftJournal, memoryStore, replayDrafts } from '../../messaging/draft-journal';
import type { Draft } from '../../messaging/storage-keys';
import { wireWorkspacePage, workspaceCommands } from '../../components/notes/workspace-page';
import { detectionFeed } from '../../messaging/detection-feed';
import { LOCK_NOTICE_KEY, asLockNotice } from '../../messaging/storage-keys';
import { relayedPage, type RecordPage } from '../../messaging/record-page';

// The panel page, shown in the record page's overlay iframe. It learns the patient from the
// content script of its own tab (never from the page) and keeps notes through the background.
// It reaches its record page through the background (Firefox gives a framed extension page
// neither the tabs nor the scripting API).
/**
 * Moves the workspace to the browser's side panel (Chrome, Edge: sidePanel.open, 116+) or sidebar
 * (Firefox: sidebarAction.open), then folds the overlay. Both must be called in the click itself
 * (a user gesture), before anything is awaited; this framed extension page may call them. Absent
 * where the browser has neither (the button is then not offered).
 */
function sidePanelOpener(page: RecordPage): (() => void) | undefined {
  const g = globalThis as unknown as {
    chrome?: { sidePanel?: { open(o: { tabId: number }): Promise<void> } };
    browser?: { sidebarAction?: { open(): Promise<void> } };
  };
  const chromeOpen = g.chrome?.sidePanel?.open;
  const firefoxOpen = g.browser?.sidebarAction?.open;
  if (!chromeOpen && !firefoxOpen) return undefined;
  return () => {
    const opened = chromeOpen ? g.chrome!.sidePanel!.open({ tabId: page.tabId }) : g.browser!.sidebarAction!.open();
    void opened.then(() => page.ask({ type: 'tab.command', command: 'collapse-panel' }), (e: unknown) => console.error('side panel', e));
  };
}

async function main() {
  document.documentElement.lang = browser.i18n.getUILanguage().startsWith('fr') ? 'fr' : 'en';
  // Served only in the frame the overlay created (messaging/panel-mount.ts): elsewhere (a foreign
  // frame, a tab a page opened) it shows a sentence and asks nothing.
  const credential = readMountCredential(location);
  if (!credential || framedByForeignFrame(credential)) return render(<p class="pc-foreign" data-testid="pc-foreign">{t('panelForeign')}</p>, document.getElementById('app')!);
  presentCredential(credential);
  const page = await relayedPage(credential);
  // With the lock on, unsaved drafts stay in memory-only storage (never on disk in clear); they
  // still survive this tab closing and the service worker stopping, not the browser closing.
  // (Firefox gives a framed extension page no storage.session: with the lock on, the journal is
  // then kept in memory rather than note text on disk in clear; autosave still saves within 300 ms.)
  const session = (browser.storage as { session?: typeof browser.storage.local }).session ?? memoryStore();
  // Each entry says which tab typed it: the background saves it if that tab closes first.
  const onDisk = createDraftJournal(browser.storage.local, Date.now, undefined, page?.tabId);
  const inMemory = createDraftJournal(session, Date.now, undefined, page?.tabId);
  let sealed = await send({ type: 'lock.status' }).then((s) => s.enabled, () => false);
  // Drafts are recorded where the lock's setting says, as it is now (it may be switched meanwhile).
  const journal = {
    record: (d: Draft) => (sealed ? inMemory : onDisk).record(d),
    saved: async (noteId: string, text: string) => {
      await Promise.all([onDisk.saved(noteId, text), inMemory.saved(noteId, text)]);
    },
  };
  const replayAll = async () => {
    // Each journal on its own: one that cannot be read does not keep the other's drafts back.
    for (const j of [onDisk, inMemory]) await replayDrafts(j, send).catch((e) => console.error('Préconsult: brouillons', e));
  };
  const ws = createWorkspace({ send, clientId: crypto.randomUUID(), initialReason: t('reasonDetecting'), journal });
  // Teaching happens on the record page itself: the panel only starts it there.
  const onTeach = page === undefined ? undefined : () => void page.inject('teach');
  // Keyboard commands for this tab: offered to this panel when the record page opened it for one,
  // or when it has the focus. Taken once the tab's patient is known (the background offers again).
  let following = false;
  const commands = workspaceCommands((c) => following && c.tabId === page?.tabId && (c.to === 'overlay' || document.hasFocus()));
  const onSidePanel = page === undefined ? undefined : sidePanelOpener(page);
  render(<PanelApp ws={ws} page={page} onTeach={onTeach} commands={commands} onSidePanel={onSidePanel} />, document.getElementById('app')!);
  // Drafts a tab closed too early left behind are saved first, before this patient's notes are read.
  await replayAll();
  // The lock switched on or off, closed or opened: journal where it now says; drafts refused while
  // it was closed are saved as soon as it opens.
  browser.storage.onChanged.addListener((changes, area) => {
    const notice = area === 'local' ? asLockNotice(changes[LOCK_NOTICE_KEY]?.newValue) : undefined;
    if (!notice) return;
    void send({ type: 'lock.status' }).then((s) => { sealed = s.enabled; }, () => undefined);
    if (!notice.locked) void replayAll();
  });
  if (page === undefined) return ws.setDetection({ kind: 'none', reason: t('reasonNoTab') });

  // Where the record page's broadcasts come down a line (Firefox), keyboard commands do too.
  const watch = page.watch;
  const lined = watch ? { ...page, watch: (l: (m: unknown) => void) => watch((m) => { commands.fromLine(m); l(m); }) } : page;
  await detectionFeed((d) => ws.setDetection(d), () => t('reasonDetecting')).follow(lined);
  following = true;

  // Nothing typed is lost when the record page hides, closes or navigates away.
  wireWorkspacePage(ws);
}

void main();
