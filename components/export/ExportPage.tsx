import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Send } from '../../messaging/client';
import type { PatientExportData } from '../../messaging/export-protocol';
import { formatDateTime, t } from '../../i18n/ui-language';
import { buildPatientExport, exportCsv, exportFileName, type ExportWords, type SectionId } from './patient-export';

// The right-of-access export of one patient, in an extension page: read, printed (or saved as
// PDF) by the browser's print, or downloaded as CSV. Nothing leaves the computer by itself.
export const exportWords: ExportWords = {
  section: (id: SectionId) => t(`exSection_${id}`),
  item: (id: SectionId, n: number) => t(`exItem_${id}`, n),
  dateTime: formatDateTime,
  yesNo: (b) => t(b ? 'pfYes' : 'pfNo'),
};

export function ExportPage({ patientKey, send, today }: { patientKey: string; send: Send; today: () => string }) {
  const [data, setData] = useState<PatientExportData | null>(null);
  const [error, setError] = useState('');
  useEffect(() => {
    send({ type: 'export.patient', patientKey }).then(setData, (e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  }, [patientKey, send]);
  const sections = useMemo(() => (data ? buildPatientExport(data, exportWords) : []), [data]);
  if (error) return <main><h1>{t('exTitle')}</h1><p role="alert" class="ex-error" data-testid="ex-error">{error}</p></main>;
  if (!data) return <main><h1>{t('exTitle')}</h1><p role="status">{t('statusLoading')}</p></main>;
  const name = [data.patient.birthName, data.patient.firstNames].filter(Boolean).join(' ');
  const download = () => {
    const csv = exportCsv(sections, [t('exColSection'), t('exColItem'), t('exColField'), t('exColValue')]);
    const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = exportFileName(data.patient, today());
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };
  return (
    <main>
      <h1>{t('exTitle')}</h1>
      <p class="ex-patient" data-testid="ex-patient"><strong>{name}</strong> · {t('exMadeAt', formatDateTime(data.at))}</p>
      <p class="ex-intro">{t('exIntro')}</p>
      <p class="ex-actions">
        <button type="button" class="pc-btn" onClick={() => window.print()} data-testid="ex-print">{t('exPrint')}</button>{' '}
        <button type="button" class="pc-btn" onClick={download} data-testid="ex-csv">{t('exCsv')}</button>
      </p>
      {sections.map((s) => (
        <section key={s.id} aria-labelledby={`ex-${s.id}`} data-testid={`ex-section-${s.id}`}>
          <h2 id={`ex-${s.id}`}>{s.title}</h2>
          {s.lines.length === 0 ? <p>{t('exNone')}</p> : (
            <table>
              <thead><tr><th scope="col">{t('exColItem')}</th><th scope="col">{t('exColField')}</th><th scope="col">{t('exColValue')}</th></tr></thead>
              <tbody>
                {s.lines.map((l, i) => <tr key={i}><td>{l.item}</td><td><code>{l.field}</code></td><td class="ex-value">{l.value}</td></tr>)}
              </tbody>
            </table>
          )}
        </section>
      ))}
    </main>
  );
}
