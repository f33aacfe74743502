import { browser } from 'wxt/browser';
import type { Detection } from '../clinical/identity/patient-context';
import { asDetectionEvent, type DetectionQuery } from './tab-events';
import type { RecordPage } from './record-page';

// Feeds an extension page the patient shown in one tab, as read by that tab's record-page script:
// first by asking it, then from its broadcasts (runtime messages, or the page's own line where the
// browser does not deliver them). `follow` switches to another tab (the side panel follows the
// active tab); readings from any other tab, or older than the last, are ignored.
export function detectionFeed(onDetection: (d: Detection) => void, notActive: (tabId: number | undefined) => string) {
  let tabId: number | undefined;
  let lastSeq = -1;
  let generation = 0;
  let unwatch: (() => void) | undefined;
  const accept = (raw: unknown) => {
    const e = asDetectionEvent(raw);
    if (!e || e.seq <= lastSeq) return;
    lastSeq = e.seq;
    onDetection(e.detection);
  };
  browser.runtime.onMessage.addListener((message, sender) => {
    if (tabId !== undefined && sender.id === browser.runtime.id && sender.tab?.id === tabId && sender.frameId === 0) accept(message);
    return undefined;
  });
  return {
    async follow(page: RecordPage | undefined): Promise<void> {
      const mine = ++generation;
      tabId = page?.tabId;
      lastSeq = -1;
      unwatch?.();
      unwatch = page?.watch?.((m) => { if (mine === generation) accept(m); });
      if (page === undefined) return onDetection({ kind: 'none', reason: notActive(undefined) });
      const query: DetectionQuery = { type: 'tab.getDetection' };
      const reply = await page.ask(query).catch(() => null);
      if (mine !== generation) return; // the user moved to another tab meanwhile
      if (asDetectionEvent(reply)) accept(reply);
      else onDetection({ kind: 'none', reason: notActive(page.tabId) });
    },
    get tabId() {
      return tabId;
    },
  };
}
