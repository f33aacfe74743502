import { browser } from 'wxt/browser';
import { useEffect, useState } from 'preact/hooks';
import { emptyAdminProfile } from '../../clinical/admin/profile-schema';
import { fromPage } from '../../clinical/admin/sourced';
import { missingParts } from '../../clinical/admin/missing-parts';
import { loadPractice, type LocalArea } from '../../messaging/practice-settings';
import { type Practice } from '../../messaging/storage-keys';
import { adminSummary, referralLetter, type LetterIntake } from '../../clinical/admin/letters';
import { computeIntake } from '../../clinical/intake';
import { inFrench } from '../../i18n/french';
import type { PatientContext } from '../../clinical/identity/patient-context';
import type { AdminProfile } from '../../clinical/admin/profile-schema';
import type { Send } from '../../messaging/client';
import { t } from '../../i18n/ui-language';
import { localIsoDate } from '../../clinical/admin/past-date';
import { checkPatient } from './fill-flow';
import type { PageBridge } from './page-bridge';

// Drafts from the administrative profile (and, if asked, the latest pre-consultation and note): a referral letter and an
// administrative summary, editable here, then copied to the clipboard or written into the record
// page's text field the user clicks (after the patient is checked again).
/** The open pre-consultation, else the last finished one, in the French words of the letter. */
async function latestIntake(send: Send, patientKey: string, patient: Pick<PatientContext, 'birthDate' | 'sex'>): Promise<LetterIntake | undefined> {
  const { open, history } = await send({ type: 'intake.current', patientKey });
  const r = open ?? history[0];
  if (!r) return undefined;
  const { summary } = computeIntake({ date: r.date, template: r.template, values: r.values, prevention: r.prevention, patient, finished: r.status === 'finished', previous: history.find((h) => h !== r)?.values });
  return {
    date: summary.date,
    flags: summary.flags.map((f) => inFrench(f.text)),
    lines: [...summary.vitals, ...summary.checklist].map((l) => `${inFrench(l.label)} : ${inFrench(l.value)}`),
  };
}

interface Props {
  patientKey: string;
  /** The patient shown (identity read on the page; age and sex for the pre-consultation's flags). */
  patient?: Pick<PatientContext, 'birthDate' | 'sex'> & Partial<Pick<PatientContext, 'birthName' | 'usedName' | 'firstNames'>>;
  send: Send;
  bridge: PageBridge | null;
  panelPatientKey: () => string | null;
  /** Opens the administrative file (the way on when it is incomplete). */
  onOpenFile?: () => void;
  /** Where the practice's header is kept (storage.local; injected in tests). */
  practiceArea?: LocalArea;
}

/**
 * The identity the record page shows, when the file holds none (a letter needs a name). All or
 * nothing: a name from the page next to another from the file could describe no one.
 */
function withPageIdentity(profile: AdminProfile, patient: Props['patient']): AdminProfile {
  const id = profile.identity;
  if (!patient?.birthName || id.birthName || id.usedName || id.firstNames || id.birthDate) return profile;
  const now = new Date();
  const page = <T,>(v: T | undefined) => (v === undefined || v === '' ? undefined : fromPage(v, 'identité affichée', now));
  return {
    ...profile,
    identity: {
      ...id,
      birthName: page(patient.birthName),
      usedName: page(patient.usedName),
      firstNames: page(patient.firstNames),
      birthDate: page(patient.birthDate),
      sex: id.sex ?? page(patient.sex),
    },
  };
}

const loadLetterPdf = () => import('./letter-pdf');

/** « courrier-DUPONT-Jeanne-2026-12-03.pdf ». */
function letterFileName(kind: 'referral' | 'summary', profile: AdminProfile | null, date: string): string {
  const id = profile?.identity;
  const who = [id?.usedName?.value ?? id?.birthName?.value, id?.firstNames?.value.split(/\s+/)[0]].filter(Boolean).join(' ');
  const safe = (x: string) => x.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^A-Za-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  return [kind === 'referral' ? 'courrier' : 'synthese-administrative', safe(who), date].filter(Boolean).join('-') + '.pdf';
}

export function LettersSection({ patientKey, patient, send, bridge, panelPatientKey, onOpenFile, practiceArea = browser.storage.local as unknown as LocalArea }: Props) {
  const [kind, setKind] = useState<'referral' | 'summary'>('referral');
  const [recipient, setRecipient] = useState('');
  const [reason, setReason] = useState('');
  const [withNote, setWithNote] = useState(false);
  const [withIntake, setWithIntake] = useState(true);
  const [text, setText] = useState('');
  const [status, setStatus] = useState<{ kind: 'info' | 'error'; text: string } | null>(null);
  const [picking, setPicking] = useState(false);
  /** What the file lacks for this draft, shown with a way to complete it. */
  const [incomplete, setIncomplete] = useState<string | null>(null);
  const [drafted, setDrafted] = useState<AdminProfile | null>(null);
  const [pdfUrl, setPdfUrl] = useState<string | null>(null);
  useEffect(() => () => { if (pdfUrl) URL.revokeObjectURL(pdfUrl); }, [pdfUrl]);

  async function generate() {
    try {
      const stored = await send({ type: 'profile.get', patientKey });
      const file = (stored.profile as AdminProfile | null) ?? emptyAdminProfile();
      // A partial (or empty) file still gives a draft: the page's identity fills the name, the rest
      // is marked « à compléter » and the panel says what is missing, with the way to the file.
      const profile = withPageIdentity(file, patient);
      const missing = missingParts(file);
      setIncomplete(missing.length ? t('pfLetterIncomplete', missing.map((part) => t(`pfPart_${part}`)).join(', ')) : null);
      setDrafted(profile);
      if (kind === 'summary') setText(adminSummary(profile));
      else {
        const note = withNote ? (await send({ type: 'notes.list', patientKey })).notes[0]?.text : undefined;
        const intake = withIntake && patient ? await latestIntake(send, patientKey, patient) : undefined;
        setText(referralLetter({ profile, date: localIsoDate(new Date()), recipient, reason, note, intake }));
      }
      setStatus(null);
    } catch (e) {
      setStatus({ kind: 'error', text: t('pfPageError', e instanceof Error ? e.message : String(e)) });
    }
  }

  /** The draft as an A4 PDF with the practice's header: saved, or opened to print. */
  async function asPdf(then: 'save' | 'print') {
    try {
      const practice: Practice = await loadPractice(practiceArea);
      const { letterPdf } = await loadLetterPdf();
      const title = kind === 'referral' ? t('pfLetterReferral') : t('pfLetterSummary');
      const bytes = await letterPdf(text, practice, title);
      const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: 'application/pdf' }));
      setPdfUrl(url);
      const a = document.createElement('a');
      a.href = url;
      if (then === 'save') a.download = letterFileName(kind, drafted, localIsoDate(new Date()));
      else a.target = '_blank';
      a.click();
      const noHeader = !practice.name && !practice.address && !practice.doctor;
      setStatus({ kind: 'info', text: t(then === 'save' ? 'pfLetterSaved' : 'pfLetterPrint') + (noHeader ? ` ${t('pfLetterNoHeader')}` : '') });
    } catch (e) {
      setStatus({ kind: 'error', text: t('pfPageError', e instanceof Error ? e.message : String(e)) });
    }
  }

  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setStatus({ kind: 'info', text: t('pfCopied') });
    } catch {
      setStatus({ kind: 'error', text: t('pfCopyFailed') });
    }
  }

  async function insert() {
    if (!bridge) return setStatus({ kind: 'error', text: t('pfNoPage') });
    try {
      setStatus({ kind: 'info', text: t('pfPickHint') });
      setPicking(true);
      const picked = await bridge.request({ type: 'pf.pick', hint: t('pfPickHint') }).finally(() => setPicking(false));
      if (!picked.picked) return setStatus({ kind: 'info', text: t('pfPickCancelled') });
      // The user may have changed patient while pointing: check again before writing.
      const certain = await checkPatient(bridge, patientKey, panelPatientKey());
      if (certain !== 'ok') {
        await bridge.request({ type: 'pf.insert', token: '', text: '' }); // forgets the picked field
        return setStatus({ kind: 'error', text: t(certain === 'changed' ? 'pfRefusedChangedInsert' : 'pfRefusedUncertain') });
      }
      const r = await bridge.request({ type: 'pf.insert', token: picked.token, text });
      setStatus(r.inserted ? { kind: 'info', text: t('pfInserted', picked.label || '—') } : { kind: 'error', text: t('pfInsertFailed') });
    } catch (e) {
      setStatus({ kind: 'error', text: t('pfPageError', e instanceof Error ? e.message : String(e)) });
    }
  }

  return (
    <div class="pf-letters">
      <fieldset class="pf-group">
        <legend>{t('pfLetterKind')}</legend>
        <label><input type="radio" name="pf-letter" checked={kind === 'referral'} onChange={() => setKind('referral')} /> {t('pfLetterReferral')}</label>
        <label><input type="radio" name="pf-letter" checked={kind === 'summary'} onChange={() => setKind('summary')} /> {t('pfLetterSummary')}</label>
      </fieldset>
      {kind === 'referral' && (
        <div class="pf-group">
          <div class="pf-field"><label for="pf-recipient">{t('pfRecipient')}</label><input id="pf-recipient" class="pf-input" value={recipient} onInput={(e) => setRecipient(e.currentTarget.value)} /></div>
          <div class="pf-field"><label for="pf-reason">{t('pfReason')}</label><input id="pf-reason" class="pf-input" value={reason} onInput={(e) => setReason(e.currentTarget.value)} /></div>
          {patient && <label><input type="checkbox" checked={withIntake} onChange={(e) => setWithIntake(e.currentTarget.checked)} data-testid="pf-with-intake" /> {t('pfWithIntake')}</label>}
          <label><input type="checkbox" checked={withNote} onChange={(e) => setWithNote(e.currentTarget.checked)} /> {t('pfWithNote')}</label>
        </div>
      )}
      <div class="pc-row"><button type="button" class="pc-btn" onClick={() => void generate()}>{t('pfGenerate')}</button></div>
      {incomplete && (
        <div class="pc-warning pf-file-missing" role="status" data-testid="pf-letter-incomplete">
          <p>{incomplete}</p>
          {onOpenFile && <button type="button" class="pc-btn" onClick={onOpenFile}>{t('pfOpenFile')}</button>}
        </div>
      )}
      <label class="pc-field-label" for="pf-letter-text">{t('pfLetterText')}</label>
      <textarea id="pf-letter-text" class="pc-textarea" rows={10} value={text} onInput={(e) => setText(e.currentTarget.value)} data-testid="pf-letter-text" />
      <div class="pc-row">
        <button type="button" class="pc-btn" disabled={!text} onClick={() => void copy()}>{t('pfCopy')}</button>
        <button type="button" class="pc-btn" disabled={!text} onClick={() => void asPdf('save')}>{t('pfLetterSavePdf')}</button>
        <button type="button" class="pc-btn" disabled={!text} onClick={() => void asPdf('print')}>{t('pfLetterPrintBtn')}</button>
        {picking
          ? <button type="button" class="pc-btn" onClick={() => void bridge?.request({ type: 'pf.pickCancel' })}>{t('pfPickCancel')}</button>
          : <button type="button" class="pc-btn" disabled={!text} onClick={() => void insert()}>{t('pfInsert')}</button>}
      </div>
      <div class="pc-row">
        {status && <span class={status.kind === 'error' ? 'pf-error' : 'pc-save'} role={status.kind === 'error' ? 'alert' : 'status'}>{status.text}</span>}
      </div>
    </div>
  );
}
