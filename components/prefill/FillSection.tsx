import { useEffect, useState } from 'preact/hooks';
import { PROFILE_FIELD_KEYS, type ProfileFieldKey } from '../../clinical/admin/field-keys';
import type { Send } from '../../messaging/client';
import { t, tp } from '../i18n';
import { fieldName, makePreview, outline, runFill, shownValue, type Preview, type PreviewRow } from './fill-flow';
import type { FillSession } from './fill-session';
import type { PageBridge } from './page-bridge';
import { useStore } from './use-store';

// Fill the form shown on the record page: preview (fields outlined on the page), review each
// field (untick, remap), then one click fills, another undoes. Refused, with the reason, when the
// patient is not the one the preview was made for.

export const keyLabel = (key: ProfileFieldKey) => t(`pfKey_${key.replace(/\./g, '_')}`);

interface Props {
  /** The patient key the tab was rendered for. */
  patientKey: string;
  /** The panel's patient key at this instant; null when it shows no certain patient. */
  panelPatientKey: () => string | null;
  send: Send;
  bridge: PageBridge | null;
  session: FillSession;
}

export function FillSection({ patientKey, panelPatientKey, send, bridge, session }: Props) {
  const s = useStore(session);
  const [busy, setBusy] = useState(false);
  const preview = s.preview;
  const say = (kind: 'info' | 'error', text: string) => session.set({ message: { kind, text } });

  async function act(run: (b: PageBridge) => Promise<void>) {
    if (!bridge) return say('error', t('pfNoPage'));
    setBusy(true);
    try {
      await run(bridge);
    } catch (e) {
      say('error', t('pfPageError', e instanceof Error ? e.message : String(e)));
    } finally {
      setBusy(false);
    }
  }

  const doPreview = () => act(async (b) => {
    const key = panelPatientKey();
    if (key === null) return say('error', t('pfRefusedUncertain'));
    const p = await makePreview({ send, bridge: b }, key);
    session.set({ preview: p, message: p.rows.length ? null : { kind: 'info', text: t('pfNoFields') } });
    if (p.rows.length) await outline({ send, bridge: b }, p);
  });

  const update = (index: number, patch: Partial<PreviewRow>) => act(async (b) => {
    if (!preview) return;
    const next: Preview = { ...preview, rows: preview.rows.map((r) => (r.index === index ? { ...r, ...patch } : r)) };
    session.set({ preview: next });
    await outline({ send, bridge: b }, next);
  });

  const doFill = () => act(async (b) => {
    if (!preview) return;
    const outcome = await runFill({ send, bridge: b }, preview, panelPatientKey());
    if (outcome.status === 'refused') return say('error', t(outcome.reason === 'changed' ? 'pfRefusedChanged' : 'pfRefusedUncertain'));
    if (outcome.status === 'stale') return session.set({ preview: null, message: { kind: 'error', text: t('pfStale') } });
    session.set({
      preview: null,
      filledFor: preview.patientKey,
      message: { kind: 'info', text: t('pfFilled', [tp('pfFilledCount', outcome.filled), tp('pfLeftCount', outcome.skipped.length)]) },
    });
  });

  const doCancel = () => act(async (b) => {
    await b.request({ type: 'pf.clear' });
    session.set({ preview: null, message: null });
  });

  const doUndo = () => act(async (b) => {
    const r = await b.request({ type: 'pf.undo' });
    session.set({ filledFor: null, message: { kind: 'info', text: t('pfUndone', [tp('pfRestoredCount', r.restored), tp('pfNotRestoredCount', r.skipped)]) } });
  });

  const stale = preview !== null && preview.patientKey !== patientKey;
  // Marks show only while this section is open on the preview's patient: leaving the section,
  // or the page showing someone else, takes that patient's values off the page at once.
  useEffect(() => {
    if (!bridge || !preview) return undefined;
    if (stale) {
      void bridge.request({ type: 'pf.clear' }).catch(() => undefined);
      return undefined;
    }
    return () => void bridge.request({ type: 'pf.clear' }).catch(() => undefined);
  }, [stale, bridge, preview === null]);
  useEffect(() => {
    // Back on this section with a preview still pending: mark its fields again.
    const p = session.get().preview;
    if (bridge && p && p.patientKey === patientKey) void outline({ send, bridge }, p).catch(() => undefined);
  }, []);
  const planned = preview?.rows.filter((r) => r.include && r.key).length ?? 0;
  return (
    <div class="pf-fill">
      <div class="pc-row">
        <button type="button" class="pc-btn" disabled={busy} onClick={() => void doPreview()}>{t('pfPreview')}</button>
        {s.filledFor === patientKey && <button type="button" class="pc-btn" disabled={busy} onClick={() => void doUndo()}>{t('pfUndo')}</button>}
      </div>
      {s.message && (
        <p class={s.message.kind === 'error' ? 'pf-error' : 'pc-info'} role={s.message.kind === 'error' ? 'alert' : 'status'} data-testid="pf-fill-message">
          {s.message.text}
        </p>
      )}
      {preview && (
        <section aria-label={t('pfPreviewTitle')}>
          {stale && <p class="pc-warning" data-testid="pf-stale">{t('pfPreviewOtherPatient')}</p>}
          <table class="pf-table" data-testid="pf-preview">
            <caption>{t('pfPreviewTitle')}</caption>
            <thead><tr><th scope="col">{t('pfColFill')}</th><th scope="col">{t('pfColField')}</th><th scope="col">{t('pfColValue')}</th></tr></thead>
            <tbody>
              {preview.rows.map((r) => {
                const name = fieldName(r.descriptor);
                const value = shownValue(r, preview.values);
                return (
                  <tr key={r.index} data-testid="pf-row">
                    <td>
                      <input type="checkbox" checked={r.include} disabled={!r.key} aria-label={t('pfFillThis', name)}
                        onChange={(e) => void update(r.index, { include: e.currentTarget.checked })} />
                    </td>
                    <td>
                      <span class="pf-field-name">{name}</span>
                      <select class="pf-input" aria-label={t('pfMapTo', name)} value={r.key ?? ''}
                        onChange={(e) => {
                          const key = (e.currentTarget.value || null) as ProfileFieldKey | null;
                          void update(r.index, { key, include: key !== null });
                        }}>
                        <option value="">{t('pfNoKey')}</option>
                        {PROFILE_FIELD_KEYS.map((k) => <option key={k} value={k}>{keyLabel(k)}</option>)}
                      </select>
                      <span class="pf-source" title={r.evidence}>
                        {r.remembered ? t('pfRemembered') : r.key ? t('pfConfidence', Math.round(r.confidence * 100)) : ''}
                      </span>
                    </td>
                    <td class="pf-value">{r.key ? value ?? t('pfNoValue') : ''}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          <div class="pc-row">
            <button type="button" class="pc-btn pf-primary" disabled={busy || planned === 0} onClick={() => void doFill()}>{tp('pfFill', planned)}</button>
            <button type="button" class="pc-btn" disabled={busy} onClick={() => void doCancel()}>{t('cancel')}</button>
          </div>
        </section>
      )}
    </div>
  );
}
