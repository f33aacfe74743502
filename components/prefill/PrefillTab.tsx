import { useMemo, useRef } from 'preact/hooks';
import './prefill.css';
import { send as defaultSend, type Send } from '../../messaging/client';
import { t } from '../../i18n/ui-language';
import type { PanelTabContext } from '../panel-tabs';
import { DocumentsSection } from './DocumentsSection';
import { FillSection } from './FillSection';
import { FillBar } from './FillBar';
import { PdfSection } from './PdfSection';
import { createFillSession, type FillSession, type Section } from './fill-session';
import { LettersSection } from './LettersSection';
import { browserBridge, type PageBridge } from './page-bridge';
import { ProfileSection } from './ProfileSection';
import { ReferralsSection } from './ReferralsSection';
import { useStore } from '../use-store';
import { useShown } from './use-shown';
import { usePatientFile, type WatchProfiles } from './use-patient-file';
import type { PatientContext } from '../../clinical/identity/patient-context';

/** « DUPONT Jeanne »: the name the fill's sentence gives. */
function patientShortName(p: PatientContext): string {
  return `${p.usedName ?? p.birthName} ${p.firstNames.split(' ')[0] ?? ''}`.trim();
}

// The "Administratif" tab of the panel: the patient's administrative file and what is done with it.
const SECTIONS: [Section, string][] = [
  ['profile', 'pfSection_profile'],
  ['fill', 'pfSection_fill'],
  ['pdf', 'pfSection_pdf'],
  ['documents', 'pfSection_documents'],
  ['letters', 'pfSection_letters'],
  ['referrals', 'pfSection_referrals'],
];

// One per panel page: it outlives the tab's unmounting while the page switches patient.
const panelSession = createFillSession();
const panelClientId = crypto.randomUUID();

/** The patient the panel shows now (the workspace may have moved on since this render). */
function panelKey(ctx: PanelTabContext): string | null {
  const state = ctx.ws.get();
  return state.view === 'patient' ? state.patientKey : null;
}

interface Props {
  ctx: PanelTabContext;
  send?: Send;
  /** Given in tests; otherwise built for the panel's tab. */
  bridge?: PageBridge | null;
  session?: FillSession;
  clientId?: string;
  /** Other writers' saves of a patient's file (storage notices; injected in tests). */
  watch?: WatchProfiles;
  /** Read the record page again while the file lacks parts (default on). */
  followPage?: boolean;
}

export function PrefillTab({ ctx, send = defaultSend, bridge, session = panelSession, clientId = panelClientId, watch, followPage }: Props) {
  const s = useStore(session);
  const pageBridge = useMemo(
    () => (bridge !== undefined ? bridge : ctx.page !== undefined ? browserBridge(ctx.page, send) : null),
    [bridge, ctx.page, send],
  );
  const root = useRef<HTMLDivElement>(null);
  // Nothing is read from the page by itself while the panel is collapsed.
  const shown = useShown(root);
  const follow = followPage !== false && shown;
  const { editor, reader } = usePatientFile({ patientKey: ctx.patientKey, send, bridge: pageBridge, clientId, registerFlush: ctx.ws.registerFlush, watch, followPage: follow });
  return (
    <div class="pf-tab" ref={root}>
      <nav class="pf-sections" aria-label={t('pfSections')}>
        {SECTIONS.map(([id, key]) => (
          <button key={id} type="button" class="pf-section-btn" aria-pressed={s.section === id} onClick={() => session.set({ section: id })}>{t(key)}</button>
        ))}
      </nav>
      <FillBar patientKey={ctx.patientKey} patientName={patientShortName(ctx.patient)} send={send} bridge={pageBridge} session={session} editor={editor}
        panelPatientKey={() => panelKey(ctx)} active={s.section !== 'fill' && follow} />
      {s.section === 'profile' && <ProfileSection key={ctx.patientKey} editor={editor} reader={reader} />}
      {s.section === 'fill' && <FillSection patientKey={ctx.patientKey} patientName={patientShortName(ctx.patient)} panelPatientKey={() => panelKey(ctx)} send={send} bridge={pageBridge} session={session} editor={editor} reader={reader} />}
      {s.section === 'pdf' && <PdfSection patientKey={ctx.patientKey} patientName={patientShortName(ctx.patient)} editor={editor} />}
      {s.section === 'documents' && <DocumentsSection key={ctx.patientKey} patientKey={ctx.patientKey} send={send} />}
      {s.section === 'letters' && <LettersSection key={ctx.patientKey} patientKey={ctx.patientKey} patient={ctx.patient} send={send} bridge={pageBridge} panelPatientKey={() => panelKey(ctx)} onOpenFile={() => session.set({ section: 'profile' })} />}
      {s.section === 'referrals' && <ReferralsSection key={ctx.patientKey} patientKey={ctx.patientKey} send={send} />}
    </div>
  );
}
