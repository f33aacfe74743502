import { render } from 'preact';
import { browser } from 'wxt/browser';
import '../../components/panel.css';
import { PanelApp } from '../../components/PanelApp';
import { createWorkspace } from '../../components/workspace';
import { t } from '../../components/i18n';
import { send } from '../../messaging/client';
import { createDraftJournal, replayDrafts } from '../../components/draft-journal';
import { CHANGE_KEY, asChangeNotice } from '../../messaging/change-notice';
import { asDetectionEvent, type DetectionQuery } from '../../messaging/tab-events';

// The panel page, shown in the record page's overlay iframe. It learns the patient from the
// content script of its own tab (never from the page) and keeps notes through the background.
async function main() {
  document.documentElement.lang = browser.i18n.getUILanguage().startsWith('fr') ? 'fr' : 'en';
  const tab = await browser.tabs.getCurrent();
  const journal = createDraftJournal(browser.storage.local);
  const ws = createWorkspace({ send, clientId: crypto.randomUUID(), initialReason: t('reasonDetecting'), journal });
  // Teaching happens on the record page itself: the panel only starts it there.
  const onTeach = tab?.id === undefined ? undefined : () => {
    void browser.scripting.executeScript({ target: { tabId: tab.id!, frameIds: [0] }, files: ['/content-scripts/teach.js'] });
  };
  render(<PanelApp ws={ws} tabId={tab?.id} onTeach={onTeach} />, document.getElementById('app')!);
  // Drafts a tab closed too early left behind are saved first, before this patient's notes are read.
  await replayDrafts(journal, send).catch(() => 0);
  if (tab?.id === undefined) return ws.setDetection({ kind: 'none', reason: t('reasonNoTab') });
  const tabId = tab.id;

  let lastSeq = -1;
  const accept = (raw: unknown) => {
    const e = asDetectionEvent(raw);
    if (!e || e.seq <= lastSeq) return; // an older reading arriving late
    lastSeq = e.seq;
    ws.setDetection(e.detection);
  };
  browser.runtime.onMessage.addListener((message, sender) => {
    if (sender.id === browser.runtime.id && sender.tab?.id === tabId && sender.frameId === 0) accept(message);
    return undefined;
  });
  const query: DetectionQuery = { type: 'tab.getDetection' };
  accept(await browser.tabs.sendMessage(tabId, query, { frameId: 0 }).catch(() => null));

  browser.storage.onChanged.addListener((changes, area) => {
    if (area !== 'local' || !(CHANGE_KEY in changes)) return;
    const notice = asChangeNotice(changes[CHANGE_KEY]?.newValue);
    if (notice) void ws.onChange(notice).catch(() => undefined);
  });
  // Nothing typed is lost when the record page hides, closes or navigates away.
  addEventListener('pagehide', () => void ws.flush());
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') void ws.flush();
  });
}

void main();
