import { browser } from 'wxt/browser';
import type { Detection } from '../sites/patient-context';
import { asDetectionEvent, type DetectionQuery } from './tab-events';

// Feeds an extension page the patient shown in one tab, as read by that tab's record-page script:
// first by asking it, then from its broadcasts. `follow` switches to another tab (the side panel
// follows the active tab); readings from any other tab, or older than the last, are ignored.
export function detectionFeed(onDetection: (d: Detection) => void, notActive: (tabId: number | undefined) => string) {
  let tabId: number | undefined;
  let lastSeq = -1;
  let generation = 0;
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
    async follow(id: number | undefined): Promise<void> {
      const mine = ++generation;
      tabId = id;
      lastSeq = -1;
      if (id === undefined) return onDetection({ kind: 'none', reason: notActive(id) });
      const query: DetectionQuery = { type: 'tab.getDetection' };
      const reply = await browser.tabs.sendMessage(id, query, { frameId: 0 }).catch(() => null);
      if (mine !== generation) return; // the user moved to another tab meanwhile
      if (asDetectionEvent(reply)) accept(reply);
      else onDetection({ kind: 'none', reason: notActive(id) });
    },
    get tabId() {
      return tabId;
    },
  };
}
