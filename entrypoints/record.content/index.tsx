import { render } from 'preact';
import { browser } from 'wxt/browser';
import '../../components/overlay.css';
import { Overlay } from '../../components/Overlay';
import { createWorkspace } from '../../components/workspace';
import { t } from '../../components/i18n';
import { send } from '../../messaging/client';
import { CHANGE_KEY, asChangeNotice } from '../../messaging/change-notice';
import { adapters, pickAdapter } from '../../sites/registry';
import { watchPatient } from '../../sites/watch';
import { loadUiPrefs, saveUiPrefs } from './ui-prefs';

// Wiring of the record-page overlay: adapter → patient watch → workspace → Preact UI in a shadow root.
export default defineContentScript({
  matches: ['http://localhost/*', 'http://127.0.0.1/*'],
  cssInjectionMode: 'ui',
  runAt: 'document_idle',
  async main(ctx) {
    const list = adapters({ noRecord: t('reasonNoRecord'), several: t('reasonSeveral'), missing: (f) => t('reasonMissing', t(`field_${f}`)) });
    const adapter = pickAdapter(list, document, new URL(location.href));
    if (!adapter) return;

    const ws = createWorkspace({ send, clientId: crypto.randomUUID(), initialReason: t('reasonDetecting') });
    const prefs = await loadUiPrefs();
    const ui = await createShadowRootUi(ctx, {
      name: 'preconsult-overlay',
      position: 'inline',
      anchor: 'body',
      append: 'last',
      isolateEvents: true,
      onMount: (container) => {
        render(<Overlay ws={ws} prefs={prefs} onPrefs={(p) => void saveUiPrefs(p)} />, container);
        return container;
      },
      onRemove: (container) => container && render(null, container),
    });
    ui.mount();

    watchPatient({ adapter, doc: document, onDetection: (d) => ws.setDetection(d), signal: ctx.signal });

    // Nothing typed is lost when the tab is hidden, closed or navigated away.
    ctx.addEventListener(window, 'pagehide', () => void ws.flush());
    ctx.addEventListener(document, 'visibilitychange', () => {
      if (document.visibilityState === 'hidden') void ws.flush();
    });

    const onStorage = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area !== 'local' || !(CHANGE_KEY in changes)) return;
      const notice = asChangeNotice(changes[CHANGE_KEY]?.newValue);
      if (notice) void ws.onChange(notice).catch(() => undefined);
    };
    browser.storage.onChanged.addListener(onStorage);
    ctx.onInvalidated(() => {
      browser.storage.onChanged.removeListener(onStorage);
      void ws.flush();
    });
  },
});
