import { useEffect, useState } from 'preact/hooks';
import { PROFILE_FIELD_KEYS, type ProfileFieldKey } from '../../clinical/admin/field-keys';
import { profileToFillValues } from '../../clinical/admin/profile-values';
import type { Send } from '../../messaging/client';
import type { FitNote } from '../../sites/forms/value-fit';
import { t } from '../i18n';
import { fieldName, makePreview, outline, plannedRows, refit, rowConfidence, runFill, shownValue, type Preview, type PreviewRow, type ReportRow } from './fill-flow';
import type { FillSession } from './fill-session';
import type { PageBridge } from './page-bridge';
import type { PageReader } from './page-reader';
import type { ProfileEditor } from './profile-editor';
import { MissingParts } from './ProfileSection';
import { useStore } from './use-store';

// Fill the form shown on the record page. Opening the section lists the form's fields and says
// what one click will do (« Remplir 12 champs du formulaire affiché avec le dossier de … »), the
// button first so it shows without scrolling; then each field with its value and what does not fit
// (unticked until the user decides). After the fill, what the page holds is read back and compared
// with the file, field by field. Refused, with the reason and a way on, when the patient is not
// the one the preview was made for.

export const keyLabel = (key: ProfileFieldKey) => t(`pfKey_${key.replace(/\./g, '_')}`);

/** « 1 champ » / « 3 champs »: the catalogue's _one / _other forms. */
export function plural(key: string, n: number, ...subs: (string | number)[]): string {
  return t(`${key}_${n === 1 ? 'one' : 'other'}`, [n, ...subs]);
}

interface Props {
  /** The patient key the tab was rendered for. */
  patientKey: string;
  /** « DUPONT Jeanne », for the sentence saying what the fill will do. */
  patientName: string;
  /** The panel's patient key at this instant; null when it shows no certain patient. */
  panelPatientKey: () => string | null;
  send: Send;
  bridge: PageBridge | null;
  session: FillSession;
  editor: ProfileEditor;
  reader: PageReader | null;
}

/** Why a value does not fit, in words. */
export function fitText(row: PreviewRow): string[] {
  const fit = row.fit;
  if (!fit) return [];
  return fit.notes.map((note: FitNote) => {
    switch (note) {
      case 'truncated': return t('pfFit_truncated', [fit.maxLength ?? fit.text.length, fit.text, fit.meant]);
      case 'partDropped': return t('pfFit_partDropped', [fit.text, fit.meant]);
      case 'noOption': return t('pfFit_noOption', fit.meant);
      case 'notYesNo': return t('pfFit_notYesNo', fit.meant);
      case 'joined': return t('pfFit_joined');
    }
  });
}

function reportStatus(r: ReportRow): string {
  switch (r.status) {
    case 'ok': return t('pfStatus_ok');
    case 'cut': return t('pfStatus_cut', r.meant);
    case 'differs': return t('pfStatus_differs', [r.written, r.expected]);
    case 'missing': return t('pfStatus_missing');
    case 'unticked': return t('pfStatus_unticked');
    case 'left': return t('pfStatus_left', r.reason ? t(`pfSkip_${r.reason}`) || r.reason : '');
  }
}

export function FillSection({ patientKey, patientName, panelPatientKey, send, bridge, session, editor, reader }: Props) {
  const s = useStore(session);
  const file = useStore(editor);
  const [busy, setBusy] = useState(false);
  const preview = s.preview;
  const say = (kind: 'info' | 'error', text: string, retry = false) => session.set({ message: { kind, text, retry } });

  async function act(run: (b: PageBridge) => Promise<void>) {
    if (!bridge) return say('error', t('pfNoPage'));
    setBusy(true);
    try {
      await run(bridge);
    } catch (e) {
      say('error', t('pfPageError', e instanceof Error ? e.message : String(e)), true);
    } finally {
      setBusy(false);
    }
  }

  const doPreview = () => act(async (b) => {
    const key = panelPatientKey();
    if (key === null) return say('error', t('pfRefusedUncertain'), true);
    await editor.flush();
    const p = await makePreview({ send, bridge: b }, key);
    session.set({ preview: p, report: null, message: p.rows.length ? null : { kind: 'info', text: t('pfNoFields'), retry: true } });
    if (p.rows.length) await outline({ send, bridge: b }, p);
  });

  const update = (index: number, patch: Partial<PreviewRow>) => act(async (b) => {
    if (!preview) return;
    const rows = preview.rows.map((r) => (r.index === index ? { ...r, ...patch } : r));
    const next: Preview = { ...preview, rows: refit(rows, preview.values) };
    session.set({ preview: next });
    await outline({ send, bridge: b }, next);
  });

  const doFill = () => act(async (b) => {
    if (!preview) return;
    await editor.flush();
    const outcome = await runFill({ send, bridge: b }, preview, panelPatientKey());
    if (outcome.status === 'refused') return say('error', t(outcome.reason === 'changed' ? 'pfRefusedChanged' : 'pfRefusedUncertain'), true);
    if (outcome.status === 'stale') return session.set({ preview: null, message: { kind: 'error', text: t('pfStale'), retry: true } });
    const left = outcome.planned - outcome.filled;
    session.set({
      preview: null,
      filledFor: preview.patientKey,
      report: outcome.report,
      message: { kind: left ? 'error' : 'info', text: t('pfFilledOf', [outcome.filled, outcome.planned]) },
    });
  });

  const doCancel = () => act(async (b) => {
    await b.request({ type: 'pf.clear' });
    session.set({ preview: null, message: null });
  });

  const doUndo = () => act(async (b) => {
    const r = await b.request({ type: 'pf.undo' });
    session.set({ filledFor: null, report: null, message: { kind: 'info', text: t('pfUndoneCounts', [r.restored, r.skipped]) } });
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
    // Opening the section looks at the form at once; back on it with a preview pending, its
    // fields are marked again.
    const p = session.get().preview;
    if (bridge && p && p.patientKey === patientKey) void outline({ send, bridge }, p).catch(() => undefined);
    else if (bridge && !session.get().report) void doPreview();
  }, []);
  // The file grew (a reading of the record, a value typed): the pending preview takes it.
  useEffect(() => {
    const p = session.get().preview;
    if (!p || p.patientKey !== patientKey || !file.loaded) return;
    const values = profileToFillValues(file.profile);
    if (JSON.stringify(values) === JSON.stringify(p.values)) return;
    const next = { ...p, values, rows: refit(p.rows.map((r) => (r.fit === null && r.key ? { ...r, include: true } : r)), values) };
    session.set({ preview: next });
    if (bridge) void outline({ send, bridge }, next).catch(() => undefined);
  }, [file.profile]);

  const planned = preview && !stale ? plannedRows(preview).length : 0;
  const missing = preview?.rows.filter((r) => r.key && !r.fit) ?? [];
  const notFitting = preview?.rows.filter((r) => r.fit?.loses) ?? [];
  return (
    <div class="pf-fill">
      {preview && (
        <div class="pf-fill-action" data-testid="pf-fill-action">
          {stale && <p class="pc-warning" data-testid="pf-stale">{t('pfPreviewOtherPatient')}</p>}
          {!stale && (
            <p class="pf-will" data-testid="pf-will">
              {planned ? plural('pfWillFill', planned, patientName) : t('pfNothingToFill', patientName)}
            </p>
          )}
          <div class="pc-row">
            <button type="button" class="pc-btn pf-primary" disabled={busy || planned === 0} onClick={() => void doFill()}>{plural('pfFillButton', planned)}</button>
            <button type="button" class="pc-btn" disabled={busy} onClick={() => void doCancel()}>{t('cancel')}</button>
          </div>
        </div>
      )}
      <div class="pc-row">
        <button type="button" class="pc-btn" disabled={busy} onClick={() => void doPreview()}>{t('pfPreview')}</button>
        {s.filledFor === patientKey && <button type="button" class="pc-btn" disabled={busy} onClick={() => void doUndo()}>{t('pfUndo')}</button>}
      </div>
      {s.message && (
        <div class={s.message.kind === 'error' ? 'pf-error' : 'pc-info'} role={s.message.kind === 'error' ? 'alert' : 'status'}>
          <p data-testid="pf-fill-message">{s.message.text}</p>
          {s.message.retry && !preview && <button type="button" class="pc-btn" disabled={busy} onClick={() => void doPreview()}>{t('pfPreview')}</button>}
        </div>
      )}
      {s.report && s.report.some((r) => r.status !== 'ok') && (
        <ul class="pf-list pf-report" data-testid="pf-report" aria-label={t('pfReportTitle')}>
          {s.report.filter((r) => r.status !== 'ok').map((r) => (
            <li key={r.index} data-status={r.status}><span class="pf-field-name">{r.name}</span> — {reportStatus(r)}</li>
          ))}
        </ul>
      )}
      {preview && !stale && notFitting.length > 0 && <p class="pc-warning" data-testid="pf-fit-warning">{plural('pfFitWarnings', notFitting.length)}</p>}
      {preview && !stale && missing.length > 0 && (
        <>
          <p class="pc-info" data-testid="pf-missing-values">{t('pfMissingValues', missing.map((r) => keyLabel(r.key!)).join(', '))}</p>
          <MissingParts editor={editor} reader={reader} />
        </>
      )}
      {preview && (
        <section aria-label={t('pfPreviewTitle')}>
          <table class="pf-table" data-testid="pf-preview">
            <caption>{t('pfPreviewTitle')}</caption>
            <thead><tr><th scope="col">{t('pfColFill')}</th><th scope="col">{t('pfColField')}</th><th scope="col">{t('pfColValue')}</th></tr></thead>
            <tbody>
              {preview.rows.map((r) => {
                const name = fieldName(r.descriptor);
                const value = shownValue(r, preview.values);
                const warnings = fitText(r);
                return (
                  <tr key={r.index} data-testid="pf-row" class={r.fit?.loses ? 'pf-row-warn' : undefined}>
                    <td>
                      <input type="checkbox" checked={r.include} disabled={!r.key || !r.fit || r.fit.text === ''} aria-label={t('pfFillThis', name)}
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
                        {r.remembered ? t('pfRemembered') : r.key ? t('pfConfidence', Math.round(rowConfidence(r) * 100)) : ''}
                      </span>
                    </td>
                    <td class="pf-value">
                      {r.key ? value ?? t('pfNoValue') : ''}
                      {warnings.map((w) => <span key={w} class={r.fit?.loses ? 'pf-error pf-block' : 'pf-source pf-block'} data-testid="pf-fit-note">{w}</span>)}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </section>
      )}
    </div>
  );
}
