import { useEffect, useState } from 'preact/hooks';
import type { Send } from '../../messaging/client';
import type { SiteRule } from '../../sites/site-rule';
import { t, tp, formatDateTime } from '../../i18n/ui-language';

// Sites where Préconsult runs (with their run-time permission) and the reading rules taught on
// them: remove either, export the rules to a file, import a file (validated, refused whole if damaged).
export function SitesSection({ send }: { send: Send }) {
  const [active, setActive] = useState<string[]>([]);
  const [rules, setRules] = useState<SiteRule[]>([]);
  const [message, setMessage] = useState('');
  const reload = async () => {
    setActive((await send({ type: 'sites.list' })).active);
    setRules((await send({ type: 'siteRules.list' })).rules);
  };
  useEffect(() => { reload().catch((e: unknown) => setMessage(String(e))); }, []);
  const act = (f: () => Promise<unknown>, done: string) =>
    f().then(reload).then(() => setMessage(done), (e: unknown) => setMessage(e instanceof Error ? e.message : String(e)));

  const exportRules = async () => {
    const { file } = await send({ type: 'siteRules.export' });
    const a = document.createElement('a');
    a.href = URL.createObjectURL(new Blob([file], { type: 'application/json' }));
    a.download = 'preconsult-regles-sites.json';
    a.click();
    URL.revokeObjectURL(a.href);
  };
  const importRules = (input: HTMLInputElement) => {
    const f = input.files?.[0];
    if (!f) return;
    void act(async () => {
      const { imported } = await send({ type: 'siteRules.import', file: await f.text() });
      setMessage(tp('opRulesImported', imported));
    }, '');
    input.value = '';
  };

  return (
    <div>
      <h3>{t('opActiveSites')}</h3>
      {active.length === 0 ? <p>{t('opNoActiveSite')}</p> : (
        <ul data-testid="op-sites">
          {active.map((p) => (
            <li key={p}>
              {p.slice(0, -2)}{' '}
              <button type="button" class="pc-btn" onClick={() => void act(() => send({ type: 'sites.deactivate', pattern: p }), t('popupDeactivated'))} aria-label={t('popupRemoveSite', p.slice(0, -2))}>{t('popupRemove')}</button>
            </li>
          ))}
        </ul>
      )}
      <p class="op-hint">{t('opSitesHint')}</p>
      <h3>{t('opRules')}</h3>
      {rules.length === 0 ? <p>{t('opNoRule')}</p> : (
        <ul data-testid="op-rules">
          {rules.map((r) => (
            <li key={r.id}>
              {r.pattern.slice(0, -2)} — {t('opRuleTaught', formatDateTime(r.createdAt))}{' '}
              <button type="button" class="pc-btn" onClick={() => void act(() => send({ type: 'siteRules.delete', id: r.id }), t('opRuleRemoved'))}>{t('opForgetRule')}</button>
            </li>
          ))}
        </ul>
      )}
      <p>
        <button type="button" class="pc-btn" onClick={() => void exportRules()} disabled={rules.length === 0}>{t('opExportRules')}</button>{' '}
        <label class="pc-btn">
          {t('opImportRules')}
          <input type="file" accept="application/json,.json" class="op-file" onChange={(e) => importRules(e.currentTarget)} />
        </label>
      </p>
      <p role="status" data-testid="op-sites-msg">{message}</p>
    </div>
  );
}
