import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { send as defaultSend, type Send } from '../../messaging/client';
import { LOCK_NOTICE_KEY } from '../../messaging/storage-keys';
import { t } from '../../i18n/ui-language';

// "Lock now", shown only when the lock is enabled: what was typed is saved first, then the
// background forgets the key and every panel and launcher shows the lock.
export function LockButton({ beforeLock, send = defaultSend }: { beforeLock: () => Promise<void>; send?: Send }) {
  const [enabled, setEnabled] = useState(false);
  const [error, setError] = useState('');
  useEffect(() => {
    let live = true;
    const refresh = () => void send({ type: 'lock.status' }).then((s) => live && setEnabled(s.enabled), () => undefined);
    refresh();
    const onChange = (changes: Record<string, unknown>, area: string) => { if (area === 'local' && LOCK_NOTICE_KEY in changes) refresh(); };
    browser.storage.onChanged.addListener(onChange);
    return () => {
      live = false;
      browser.storage.onChanged.removeListener(onChange);
    };
  }, [send]);
  if (!enabled) return null;
  // Locking goes ahead even if the last save failed: that text stays in the draft journal (kept
  // in memory-only storage while the lock is on) and is saved once unlocked. The failure is said.
  const lock = async () => {
    await beforeLock().catch((e) => console.error('Préconsult: enregistrement avant verrouillage', e));
    await send({ type: 'lock.lock' }).catch((e) => setError(e instanceof Error ? e.message : String(e)));
  };
  return (
    <>
      <button type="button" class="pc-btn pc-lock-now" title={t('lockNowTitle')} onClick={() => void lock()} data-testid="pc-lock-now">
        {t('lockNow')}
      </button>
      {error && <p class="pc-save-error" role="alert" data-testid="pc-lock-now-error">{error}</p>}
    </>
  );
}
