import { render } from 'preact';
import { browser } from 'wxt/browser';
import '../../components/panel.css';
import { PanelApp } from '../../components/PanelApp';
import { createWorkspace } from '../../components/workspace';
import { t } from '../../components/i18n';
import { send } from '../../messaging/client';
import { createDraftJournal, replayDrafts } from '../../components/draft-journal';
import { wireWorkspacePage } from '../../messaging/workspace-page';
import { detectionFeed } from '../../messaging/detection-feed';
import { relayedPage } from '../../messaging/record-page';

// The panel page, shown in the record page's overlay iframe. It learns the patient from the
// content script of its own tab (never from the page) and keeps notes through the background.
// It reaches its record page through the background (Firefox gives a framed extension page
// neither the tabs nor the scripting API).
async function main() {
  document.documentElement.lang = browser.i18n.getUILanguage().startsWith('fr') ? 'fr' : 'en';
  const page = await relayedPage();
  const journal = createDraftJournal(browser.storage.local);
  const ws = createWorkspace({ send, clientId: crypto.randomUUID(), initialReason: t('reasonDetecting'), journal });
  // Teaching happens on the record page itself: the panel only starts it there.
  const onTeach = page === undefined ? undefined : () => void page.inject('teach');
  render(<PanelApp ws={ws} page={page} onTeach={onTeach} />, document.getElementById('app')!);
  // Drafts a tab closed too early left behind are saved first, before this patient's notes are read.
  await replayDrafts(journal, send).catch(() => 0);
  if (page === undefined) return ws.setDetection({ kind: 'none', reason: t('reasonNoTab') });

  await detectionFeed((d) => ws.setDetection(d), () => t('reasonDetecting')).follow(page);

  // Nothing typed is lost when the record page hides, closes or navigates away.
  wireWorkspacePage(ws);
}

void main();
