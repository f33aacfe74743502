import { useEffect, useState } from 'preact/hooks';
import { t } from '../i18n/ui-language';

// The toolbar popup: switch Préconsult on or off for the site of the current tab, and see the
// sites where it is active. Browser calls are injected (permission request, background).
export interface PopupDeps {
  /** URL of the tab the popup acts on. */
  tabUrl: string | undefined;
  pattern: string | null;
  list: () => Promise<string[]>;
  /** Asks the browser for the site's permission (on the click), then registers the record script. */
  activate: (pattern: string) => Promise<string[] | null>;
  deactivate: (pattern: string) => Promise<string[]>;
  openSettings: () => void;
  privacyUrl: string;
}

export function Popup({ tabUrl, pattern, list, activate, deactivate, openSettings, privacyUrl }: PopupDeps) {
  const [active, setActive] = useState<string[] | null>(null);
  const [message, setMessage] = useState('');
  useEffect(() => {
    list().then(setActive, (e: unknown) => setMessage(String(e)));
  }, []);
  const on = pattern !== null && (active ?? []).includes(pattern);
  const run = async (f: () => Promise<string[] | null>, done: string) => {
    try {
      const r = await f();
      if (r === null) return setMessage(t('popupPermissionDenied'));
      setActive(r);
      setMessage(done);
    } catch (e) {
      setMessage(e instanceof Error ? e.message : String(e));
    }
  };
  const host = pattern ? pattern.slice(0, -2) : '';
  return (
    <main class="pp">
      <h1 class="pp-title">Préconsult</h1>
      {pattern === null ? (
        <p>{t('popupNotAWebPage')}</p>
      ) : (
        <section aria-labelledby="pp-site">
          <h2 id="pp-site" class="pp-h2">{host}</h2>
          <p data-testid="pp-status">{active === null ? '…' : on ? t('popupActive') : t('popupInactive')}</p>
          {active !== null && (on ? (
            <button type="button" class="pp-btn" onClick={() => void run(() => deactivate(pattern), t('popupDeactivated'))}>{t('popupDeactivate')}</button>
          ) : (
            <button type="button" class="pp-btn pp-primary" onClick={() => void run(() => activate(pattern), t('popupActivated'))}>{t('popupActivate')}</button>
          ))}
        </section>
      )}
      <p role="status" class="pp-msg" data-testid="pp-msg">{message}</p>
      {active && active.length > 0 && (
        <section aria-labelledby="pp-list">
          <h2 id="pp-list" class="pp-h2">{t('popupActiveSites')}</h2>
          <ul class="pp-list">
            {active.map((p) => (
              <li key={p}>
                <span>{p.slice(0, -2)}</span>
                <button type="button" class="pp-link" onClick={() => void run(() => deactivate(p), t('popupDeactivated'))} aria-label={t('popupRemoveSite', p.slice(0, -2))}>{t('popupRemove')}</button>
              </li>
            ))}
          </ul>
        </section>
      )}
      <button type="button" class="pp-link" onClick={openSettings}>{t('popupSettings')}</button>
      {tabUrl && <p class="pp-hint">{t('popupPrivacy')} <a href={privacyUrl} target="_blank" rel="noreferrer">{t('popupPrivacyLink')}</a></p>}
    </main>
  );
}
