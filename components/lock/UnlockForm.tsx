import { useState } from 'preact/hooks';
import { send as defaultSend, type Send } from '../../messaging/client';
import { t } from '../../i18n/ui-language';

// The lock screen of the workspace (panel, side panel) and of the settings: the passphrase is typed
// in an extension page, never in the record page, and goes only to the background.
export function UnlockForm({ onUnlocked, send = defaultSend }: { onUnlocked: () => void; send?: Send }) {
  const [passphrase, setPassphrase] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const submit = async (e: Event) => {
    e.preventDefault();
    if (busy || !passphrase) return;
    setBusy(true);
    setError('');
    try {
      const s = await send({ type: 'lock.unlock', passphrase });
      setPassphrase('');
      if (!s.locked) onUnlocked();
    } catch (x) {
      setError(x instanceof Error ? x.message : String(x));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form class="pc-lock" onSubmit={(e) => void submit(e)} data-testid="pc-lock">
      <h2 class="pc-lock-title">{t('lockTitle')}</h2>
      <p>{t('lockExplain')}</p>
      <label class="pc-lock-field">
        <span class="pc-field-label">{t('lockPassphrase')}</span>
        {/* Not remembered by password managers: it protects what they would store. */}
        <input type="password" autocomplete="off" autoFocus value={passphrase} aria-invalid={error ? true : undefined}
          aria-describedby={error ? 'pc-lock-error' : undefined}
          onInput={(e) => setPassphrase((e.currentTarget as HTMLInputElement).value)} data-testid="pc-lock-passphrase" />
      </label>
      <button type="submit" class="pc-btn" disabled={busy}>{busy ? t('lockUnlocking') : t('lockUnlock')}</button>
      {error && <p id="pc-lock-error" class="pc-save-error" role="alert" data-testid="pc-lock-error">{error}</p>}
      <p class="pc-lock-forgotten" data-testid="pc-lock-forgotten">{t('lockForgotten')}</p>
    </form>
  );
}
