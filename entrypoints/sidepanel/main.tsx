import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import '../../components/panel.css';
import { PanelApp } from '../../components/PanelApp';
import { createWorkspace } from '../../components/notes/workspace';
import { t } from '../../i18n/ui-language';
import { send } from '../../messaging/client';
import { wireWorkspacePage, workspaceCommands } from '../../components/notes/workspace-page';
import { detectionFeed } from '../../messaging/detection-feed';
import { directPage, type RecordPage } from '../../messaging/record-page';

// Chrome's side panel / Firefox's sidebar: the same workspace as the overlay, following the
// patient of the active tab. `?tabId=` pins it to one tab (opened as a page, end-to-end tests).
const ws = createWorkspace({ send, clientId: crypto.randomUUID(), initialReason: t('reasonDetecting') });
const feed = detectionFeed((d) => ws.setDetection(d), () => t('reasonSidePanelNoRecord'));
const pinned = Number(new URLSearchParams(location.search).get('tabId'));
// Keyboard commands act here only when the user works here: this page has the focus and shows
// the tab the command is for. Otherwise the record page's own overlay takes them.
const commands = workspaceCommands((c) => c.to === 'focused' && c.tabId === feed.tabId && document.hasFocus());

function SidePanel() {
  const [page, setPage] = useState<RecordPage | undefined>(undefined);
  useEffect(() => {
    const follow = (id: number | undefined) => {
      void ws.flush(); // what was typed for the previous tab's patient is saved to that patient
      const next = id === undefined ? undefined : directPage(id);
      setPage(next);
      void feed.follow(next);
    };
    if (Number.isInteger(pinned) && pinned > 0) return follow(pinned);
    const current = () => browser.tabs.query({ active: true, currentWindow: true }).then(([tab]) => follow(tab?.id));
    void current();
    const onActivated = (info: { tabId: number }) => follow(info.tabId);
    const onUpdated = (id: number, change: { status?: string }) => {
      if (id === feed.tabId && change.status === 'complete') follow(id); // a reload or a new page
    };
    browser.tabs.onActivated.addListener(onActivated);
    browser.tabs.onUpdated.addListener(onUpdated);
    return () => {
      browser.tabs.onActivated.removeListener(onActivated);
      browser.tabs.onUpdated.removeListener(onUpdated);
    };
  }, []);
  const onTeach = page === undefined ? undefined : () => void page.inject('teach');
  return (
    <>
      <h1 class="pc-sidepanel-title">Préconsult</h1>
      <PanelApp ws={ws} page={page} onTeach={onTeach} commands={commands} />
    </>
  );
}

document.documentElement.lang = browser.i18n.getUILanguage().startsWith('fr') ? 'fr' : 'en';
render(<SidePanel />, document.getElementById('app')!);
wireWorkspacePage(ws);
