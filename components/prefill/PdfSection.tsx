import { useEffect, useState } from 'preact/hooks';
import { profileToFillValues } from '../../clinical/admin/profile-values';
import { t } from '../../i18n/ui-language';
import { plannedRows, type PreviewRow, type ReportRow } from './fill-flow';
import { plural, reportStatus } from './FillSection';
import type { PdfFilled, PdfPreview } from './pdf-flow';
import { PreviewTable } from './PreviewTable';
import type { ProfileEditor } from './profile-editor';
import { useStore } from '../use-store';

// An official PDF form (cerfa 15692, 15695, 14732, transport, arrêt de travail…) filled on this
// workstation: the user drops or picks the file, the panel reads and classifies its fields, shows
// the same review as for a web form, then makes a filled copy to save or print. The file never
// leaves the panel; pdf-lib is loaded only when a file is given.

const loadFlow = () => import('./pdf-flow');

interface Props {
  patientKey: string;
  patientName: string;
  editor: ProfileEditor;
}

type Status = { kind: 'info' | 'error'; text: string } | null;

export function PdfSection({ patientKey, patientName, editor }: Props) {
  const file = useStore(editor);
  const [preview, setPreview] = useState<PdfPreview | null>(null);
  const [filled, setFilled] = useState<(PdfFilled & { url: string }) | null>(null);
  const [status, setStatus] = useState<Status>(null);
  const [busy, setBusy] = useState(false);
  const [dragging, setDragging] = useState(false);
  useEffect(() => () => { if (filled) URL.revokeObjectURL(filled.url); }, [filled]);

  async function open(f: File) {
    setBusy(true);
    setFilled(null);
    setStatus({ kind: 'info', text: t('pfPdfReading', f.name) });
    try {
      if (!/\.pdf$/i.test(f.name) && f.type !== 'application/pdf') return setStatus({ kind: 'error', text: t('pfPdf_notPdf', f.name) });
      await editor.flush();
      const flow = await loadFlow();
      const opened = await flow.openPdf(new Uint8Array(await f.arrayBuffer()), f.name, patientKey, profileToFillValues(file.profile));
      if ('error' in opened) {
        setPreview(null);
        return setStatus({ kind: 'error', text: t(`pfPdf_${opened.error}`, f.name) });
      }
      setPreview(opened);
      setStatus(null);
    } catch (e) {
      setStatus({ kind: 'error', text: t('pfPageError', e instanceof Error ? e.message : String(e)) });
    } finally {
      setBusy(false);
    }
  }

  async function update(index: number, patch: Partial<PreviewRow>) {
    if (!preview) return;
    const flow = await loadFlow();
    const rows = preview.rows.map((r) => (r.index === index ? { ...r, ...patch } : r));
    setPreview({ ...preview, rows: flow.pdfRefit(rows, preview.values) });
  }

  async function make() {
    if (!preview) return;
    setBusy(true);
    try {
      const flow = await loadFlow();
      const out = await flow.fillPdf(preview, patientName);
      const url = URL.createObjectURL(new Blob([out.bytes as BlobPart], { type: 'application/pdf' }));
      setFilled({ ...out, url });
      setStatus({ kind: out.filled === out.planned ? 'info' : 'error', text: t('pfPdfFilled', [out.filled, out.planned]) });
      // Handed to the browser's downloads at once; the links below do it again or open it to print.
      const a = document.createElement('a');
      a.href = url;
      a.download = out.fileName;
      a.click();
    } catch (e) {
      setStatus({ kind: 'error', text: t('pfPageError', e instanceof Error ? e.message : String(e)) });
    } finally {
      setBusy(false);
    }
  }

  const planned = preview ? plannedRows(preview).length : 0;
  const stale = preview !== null && preview.patientKey !== patientKey;
  return (
    <div class="pf-pdf">
      {preview && !stale && (
        <div class="pf-fill-action" data-testid="pf-pdf-action">
          <p class="pf-will" data-testid="pf-pdf-will">{planned ? plural('pfPdfWillFill', planned, preview.fileName, patientName) : t('pfNothingToFill', patientName)}</p>
          <div class="pc-row">
            <button type="button" class="pc-btn pf-primary" disabled={busy || planned === 0} onClick={() => void make()}>{plural('pfPdfMake', planned)}</button>
            <button type="button" class="pc-btn" disabled={busy} onClick={() => { setPreview(null); setFilled(null); setStatus(null); }}>{t('cancel')}</button>
          </div>
        </div>
      )}
      {stale && <p class="pc-warning">{t('pfPdfOtherPatient')}</p>}
      <label class={dragging ? 'pf-drop pf-drop-over' : 'pf-drop'} data-testid="pf-pdf-drop"
        onDragOver={(e) => { e.preventDefault(); setDragging(true); }}
        onDragLeave={() => setDragging(false)}
        onDrop={(e) => {
          e.preventDefault();
          setDragging(false);
          const f = e.dataTransfer?.files[0];
          if (f) void open(f);
        }}>
        <span>{t('pfPdfDrop')}</span>
        <input type="file" accept="application/pdf,.pdf" disabled={busy} aria-label={t('pfPdfPick')}
          onChange={(e) => { const f = e.currentTarget.files?.[0]; e.currentTarget.value = ''; if (f) void open(f); }} />
      </label>
      {status && <p class={status.kind === 'error' ? 'pf-error' : 'pc-info'} role={status.kind === 'error' ? 'alert' : 'status'} data-testid="pf-pdf-status">{status.text}</p>}
      {filled && !stale && (
        <div class="pc-row" data-testid="pf-pdf-done">
          <a class="pc-btn" href={filled.url} download={filled.fileName}>{t('pfPdfSave', filled.fileName)}</a>
          <a class="pc-btn" href={filled.url} target="_blank" rel="noopener">{t('pfPdfOpen')}</a>
        </div>
      )}
      {filled && filled.report.some((r: ReportRow) => r.status !== 'ok' && r.status !== 'missing') && (
        <ul class="pf-list pf-report" aria-label={t('pfReportTitle')}>
          {filled.report.filter((r) => r.status !== 'ok' && r.status !== 'missing').map((r) => (
            <li key={r.index} data-status={r.status}><span class="pf-field-name">{r.name}</span> — {reportStatus(r)}</li>
          ))}
        </ul>
      )}
      {preview && !stale && <PreviewTable rows={preview.rows} values={preview.values} onUpdate={(i, patch) => void update(i, patch)} />}
      <p class="pf-source">{t('pfPdfPrivate')}</p>
    </div>
  );
}
