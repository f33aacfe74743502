import { useMemo } from 'preact/hooks';
import './prefill.css';
import { send as defaultSend, type Send } from '../../messaging/client';
import { t } from '../i18n';
import type { PanelTabContext } from '../panel-tabs';
import { DocumentsSection } from './DocumentsSection';
import { FillSection } from './FillSection';
import { createFillSession, type FillSession, type Section } from './fill-session';
import { LettersSection } from './LettersSection';
import { browserBridge, type PageBridge } from './page-bridge';
import { ProfileSection } from './ProfileSection';
import { ReferralsSection } from './ReferralsSection';
import { useStore } from './use-store';

// The "Administratif" tab of the panel: the patient's administrative file and what is done with it.
const SECTIONS: [Section, string][] = [
  ['profile', 'pfSection_profile'],
  ['fill', 'pfSection_fill'],
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
}

export function PrefillTab({ ctx, send = defaultSend, bridge, session = panelSession, clientId = panelClientId }: Props) {
  const s = useStore(session);
  const pageBridge = useMemo(
    () => (bridge !== undefined ? bridge : ctx.page !== undefined ? browserBridge(ctx.page, send) : null),
    [bridge, ctx.page, send],
  );
  return (
    <div class="pf-tab">
      <nav class="pf-sections" aria-label={t('pfSections')}>
        {SECTIONS.map(([id, key]) => (
          <button key={id} type="button" class="pf-section-btn" aria-pressed={s.section === id} onClick={() => session.set({ section: id })}>{t(key)}</button>
        ))}
      </nav>
      {s.section === 'profile' && <ProfileSection key={ctx.patientKey} patientKey={ctx.patientKey} send={send} bridge={pageBridge} clientId={clientId} registerFlush={ctx.ws.registerFlush} />}
      {s.section === 'fill' && <FillSection patientKey={ctx.patientKey} panelPatientKey={() => panelKey(ctx)} send={send} bridge={pageBridge} session={session} />}
      {s.section === 'documents' && <DocumentsSection key={ctx.patientKey} patientKey={ctx.patientKey} send={send} />}
      {s.section === 'letters' && <LettersSection key={ctx.patientKey} patientKey={ctx.patientKey} patient={ctx.patient} send={send} bridge={pageBridge} panelPatientKey={() => panelKey(ctx)} />}
      {s.section === 'referrals' && <ReferralsSection key={ctx.patientKey} patientKey={ctx.patientKey} send={send} />}
    </div>
  );
}
