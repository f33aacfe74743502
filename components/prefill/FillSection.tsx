import { useEffect, useState } from 'preact/hooks';
import type { ProfileFieldKey } from '../../clinical/admin/field-keys';
import { profileToFillValues } from '../../clinical/admin/profile-values';
import type { Send } from '../../messaging/client';
import type { FitNote } from '../../sites/forms/value-fit';
import { t } from '../../i18n/ui-language';
import { fieldName, outline, plannedRows, refit, type Preview, type PreviewRow, type ReportRow } from './fill-flow';
import { PreviewTable } from './PreviewTable';
import { fillNow, previewNow } from './fill-actions';
import type { FillSession } from './fill-session';
import type { PageBridge } from './page-bridge';
import type { PageReader } from './page-reader';
import type { ProfileEditor } from './profile-editor';
import { MissingParts } from './ProfileSection';
import { useStore } from '../use-store';

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
      case 'transliterated': return t('pfFit_transliterated', [fit.meant, fit.text]);
      case 'unencodable': return t('pfFit_unencodable', [fieldName(row.descriptor), fit.meant]);
    }
  });
}

export function reportStatus(r: ReportRow): string {
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

  const deps = (b: PageBridge) => ({ send, bridge: b, session, editor, panelPatientKey });
  const doPreview = () => act((b) => previewNow(deps(b), true));

  const update = (index: number, patch: Partial<PreviewRow>) => act(async (b) => {
    if (!preview) return;
    const rows = preview.rows.map((r) => (r.index === index ? { ...r, ...patch } : r));
    const next: Preview = { ...preview, rows: refit(rows, preview.values) };
    session.set({ preview: next });
    await outline({ send, bridge: b }, next);
  });

  const doFill = () => act((b) => fillNow(deps(b)));

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
    // A preview made for another patient stays (with its warning) until the user makes a new one.
    else if (bridge && !p && !session.get().report) void doPreview();
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
      {preview && <PreviewTable rows={preview.rows} values={preview.values} onUpdate={(index, patch) => void update(index, patch)} />}
    </div>
  );
}
