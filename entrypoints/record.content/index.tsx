import { browser } from 'wxt/browser';
import overlayCss from '../../components/overlay.css?inline';
import { mountShadowHost } from './shadow-host';
import { mountOverlay } from '../../components/overlay';
import { createLauncherState } from '../../components/launcher-state';
import { preloadStrings, t } from '../../i18n/ui-language';
import { asRecordStrings } from '../../i18n/record-strings';
import { send, sendRaw } from '../../messaging/client';
import { MOUNT_REQUEST, newMountToken, panelUrlFor } from '../../messaging/panel-mount';
import { PATIENT_NOW } from '../../sites/forms/same-patient';
import { CHANGE_KEY, RULES_CHANGE_KEY, RULES_INDEX_KEY, asChangeNotice } from '../../messaging/storage-keys';
import { LOCK_NOTICE_KEY } from '../../messaging/storage-keys';
import type { taughtAdapter } from '../../sites/taught-adapter';
import { sitePattern } from '../../sites/match-pattern';
import type { DetectionEvent } from '../../messaging/tab-events';
import { asTabCommand, type TabCommand } from '../../messaging/commands';
import type { Detection } from '../../clinical/identity/patient-context';
import { adapters, chooseAdapter } from '../../sites/registry';
import { watchPatient } from '../../sites/watch';
import { overlayAnchor, whenAnchorReady, whenParsed } from '../../sites/frames';
import { saveUiPrefs } from './ui-prefs';
import { RECORD_STRINGS_KEY, UI_PREFS_KEY, asUiPrefs } from '../../messaging/storage-keys';
import { answering } from '../../messaging/answer';
import { INJECT_REQUEST, TAUGHT_READER } from '../../messaging/page-inject';

// Wiring of the record-page overlay: adapter → patient watch → launcher (shadow root) and the
// panel page (extension-origin iframe), which learns each new reading from this script.
export default defineContentScript({
  // Registered at run time for each site the user activated (storage/site-activation.ts).
  registration: 'runtime',
  // With the document (background/site-activation.ts registers it so), yet the page is not slowed:
  // before it is parsed, only the storage read below is asked (compilation aside); then the page is
  // read at once, without waiting for Chromium's injection at document_end (20–70 ms after
  // DOMContentLoaded, behind the page's own tasks). A frameset's frames are not loaded by then, so
  // the overlay's place is chosen once they are (whenAnchorReady).
  runAt: 'document_start',
  async main(ctx) {
    // What the start needs from storage (the overlay's place, the index of taught sites, the strings), asked at
    // once in one read: each read is a round trip to the browser process.
    const stored: Promise<Record<string, unknown>> = browser.storage.local.get([UI_PREFS_KEY, RULES_INDEX_KEY, RECORD_STRINGS_KEY]).catch(() => ({}));
    // Nothing else before the page is parsed: any work here would delay the page's own display.
    await whenParsed(document, ctx.signal);
    if (ctx.isInvalid) return;
    // The launcher's strings from that read, rather than the browser's catalogue (i18n/record-strings.ts).
    preloadStrings(asRecordStrings((await stored)[RECORD_STRINGS_KEY]));
    if (ctx.isInvalid) return;
    // Injected twice (installation or activation with the page open, while the registered copy
    // also runs)? WXT invalidates the older instance as the newer starts. An instance invalidated
    // while it awaited must then stop where it is: every await below is followed by that check.
    const missing = (f: string) => t('reasonMissing', t(`field_${f}`));
    const [known, generic] = adapters(
      { noRecord: t('reasonNoRecord'), several: t('reasonSeveral'), missing },
      { noBirthDate: t('reasonNoBirthDate'), noName: t('reasonNoName'), list: (n) => t('reasonList', n), two: t('reasonTwo'), mixed: t('reasonMixed'), user: t('reasonUser'), moving: t('reasonMoving') },
    );

    const launcher = createLauncherState(send, t('reasonDetecting'));
    let current: DetectionEvent = { type: 'tab.detection', detection: { kind: 'none', reason: t('reasonDetecting') }, seq: 0 };

    // The panel asks what this tab shows when it opens; later readings are broadcast to it. The
    // background's keyboard shortcuts open or close the panel (answered true: the overlay is here).
    const commands = new Set<(c: TabCommand['command']) => void>();
    const onMessage = (message: unknown, sender: { id?: string }) => {
      if (sender.id !== browser.runtime.id) return undefined;
      const command = asTabCommand(message);
      if (command) {
        commands.forEach((f) => f(command.command));
        return Promise.resolve(commands.size > 0);
      }
      if ((message as { type?: unknown })?.type !== 'tab.getDetection') return undefined;
      return Promise.resolve({ ...current, changes });
    };
    const answered = answering(onMessage);
    browser.runtime.onMessage.addListener(answered);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(answered));
    const onDetection = (detection: Detection) => {
      current = { type: 'tab.detection', detection, seq: current.seq + 1 };
      launcher.setDetection(detection);
      browser.runtime.sendMessage(current).catch(() => undefined); // no panel open: nobody listens
    };

    // Adapters in order: the site's own adapter, then rules the user taught for this site, then
    // the generic reader (which accepts any page). Re-picked when the taught rules change.
    let watching: AbortController | undefined;
    let picked = '';
    let changes = 0;
    ctx.signal.addEventListener('abort', () => watching?.abort());
    // `index`: the taught-sites index as read at start; later starts (rules changed) read it afresh.
    const start = async (index: Promise<unknown> = browser.storage.local.get(RULES_INDEX_KEY).then((r) => r[RULES_INDEX_KEY], () => undefined)) => {
      const url = new URL(location.href);
      const rules = () => send({ type: 'siteRules.forUrl', url: location.href }).then((r) => r.rules, () => []);
      // The rules' reader is not carried by every record page: asked for where there are rules.
      const g = globalThis as Record<string, unknown>;
      const reader = async () => {
        if (!g[TAUGHT_READER]) await sendRaw({ type: INJECT_REQUEST, script: 'taught' }).catch(() => undefined);
        return g[TAUGHT_READER] as typeof taughtAdapter | undefined;
      };
      const adapter = await chooseAdapter({ known: known!, generic: generic!, index, rules, missing, several: t('reasonSeveral'), reader }, document, url);
      if (ctx.isInvalid) return;
      picked = adapter.id;
      // The on-demand pre-fill script reads the patient again through this, in the task of its write.
      (globalThis as Record<string, unknown>)[PATIENT_NOW] = () => {
        const d = adapter.detect(document, new URL(location.href));
        return d.kind === 'patient' ? d.patient : null;
      };
      watching?.abort();
      watching = new AbortController();
      // The generic reader walks the whole page: let a busy page settle a little longer.
      watchPatient({ adapter, doc: document, onDetection, signal: watching.signal, throttleMs: adapter.id === 'generic' ? 100 : 16, onChange: () => changes++ });
    };
    // Reading starts at once; the launcher mounts as soon as its remembered place is known
    // (a reading made before that is shown on mount).
    const started = start(stored.then((r) => r[RULES_INDEX_KEY]));
    // A site's application that draws its marker only after the page is parsed: picked again
    // when the page has loaded, if its own adapter knows it by then.
    if (document.readyState !== 'complete')
      window.addEventListener('load', () => { if (picked !== known!.id && known!.matches(document, new URL(location.href))) void start(stored.then((r) => r[RULES_INDEX_KEY])); }, { once: true, signal: ctx.signal });
    // The panel this overlay frames is served only to that frame: its secret is registered with
    // the background first, then handed to the frame in its URL's fragment (messaging/panel-mount.ts).
    // Only the frame waits for that round trip; the launcher names the patient at once.
    const token = newMountToken();
    const panelUrl = sendRaw({ type: MOUNT_REQUEST, token }).catch((e) => console.error('Préconsult', e))
      .then(() => panelUrlFor(browser.runtime.getURL('/panel.html'), token));
    let prefs = asUiPrefs((await stored)[UI_PREFS_KEY]);
    if (ctx.isInvalid) return;
    await whenAnchorReady(document, ctx.signal);
    if (ctx.isInvalid) return;
    // In a frameset, the overlay lives in the largest frame: when that frame loads another page,
    // the overlay goes with the old one and is mounted again in the new one.
    let mounted: { container: HTMLElement; host: AbortController; unmount: () => void } | undefined;
    const mount = () => {
      const anchor = overlayAnchor(document);
      if (ctx.isInvalid || mounted?.container.ownerDocument === anchor.ownerDocument) return;
      if (mounted) {
        mounted.unmount();
        mounted.host.abort();
      }
      const host = new AbortController();
      ctx.signal.addEventListener('abort', () => host.abort(), { signal: host.signal });
      const container = mountShadowHost(anchor, overlayCss, host.signal);
      const unmount = mountOverlay(container, {
        launcher, prefs, onPrefs: (p) => { prefs = p; void saveUiPrefs(p); }, panelUrl,
        onCommand: (f) => { commands.add(f); return () => commands.delete(f); },
        onTeach: () => void sendRaw({ type: INJECT_REQUEST, script: 'teach' }).catch(() => undefined),
      });
      mounted = { container, host, unmount };
    };
    mount();
    if (document.body?.tagName === 'FRAMESET') document.querySelectorAll('frame').forEach((f) => f.addEventListener('load', mount, { signal: ctx.signal }));
    ctx.onInvalidated(() => mounted?.unmount());
    await started;
    if (ctx.isInvalid) return;

    const onStorage = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area !== 'local') return;
      const rulesChange = changes[RULES_CHANGE_KEY]?.newValue as { pattern?: unknown } | undefined;
      if (rulesChange && rulesChange.pattern === sitePattern(location.href)) void start();
      if (LOCK_NOTICE_KEY in changes) launcher.onLock();
      if (!(CHANGE_KEY in changes)) return;
      const notice = asChangeNotice(changes[CHANGE_KEY]?.newValue);
      if (notice) launcher.onChange(notice);
    };
    browser.storage.onChanged.addListener(onStorage);
    ctx.onInvalidated(() => {
      browser.storage.onChanged.removeListener(onStorage);
    });
  },
});
