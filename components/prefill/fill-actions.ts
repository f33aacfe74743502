import type { Send } from '../../messaging/client';
import { t } from '../../i18n/ui-language';
import { makePreview, outline, runFill } from './fill-flow';
import type { FillSession } from './fill-session';
import type { PageBridge } from './page-bridge';
import type { ProfileEditor } from './profile-editor';

// The two actions on the form shown, shared by the fill section and the fill bar of the other
// sections: make the preview (what will go where), and fill with it. Their outcome is kept in the
// session, in words, with a way on after a refusal.

export interface FillActionDeps {
  send: Send;
  bridge: PageBridge;
  session: FillSession;
  editor: ProfileEditor;
  /** The panel's patient key at this instant; null when it shows no certain patient. */
  panelPatientKey: () => string | null;
}

/** `mark`: outline the fields on the page (the fill section shows them; the bar does not). */
export async function previewNow({ send, bridge, session, editor, panelPatientKey }: FillActionDeps, mark: boolean): Promise<void> {
  const key = panelPatientKey();
  if (key === null) return session.set({ message: { kind: 'error', text: t('pfRefusedUncertain'), retry: true } });
  await editor.flush();
  const p = await makePreview({ send, bridge }, key);
  session.set({ preview: p, report: null, message: p.rows.length ? null : { kind: 'info', text: t('pfNoFields'), retry: true } });
  if (mark && p.rows.length) await outline({ send, bridge }, p);
}

export async function fillNow({ send, bridge, session, editor, panelPatientKey }: FillActionDeps): Promise<void> {
  const preview = session.get().preview;
  if (!preview) return;
  await editor.flush();
  const outcome = await runFill({ send, bridge }, preview, panelPatientKey());
  if (outcome.status === 'refused') {
    return session.set({ message: { kind: 'error', text: t(outcome.reason === 'changed' ? 'pfRefusedChanged' : 'pfRefusedUncertain'), retry: true } });
  }
  if (outcome.status === 'stale') return session.set({ preview: null, message: { kind: 'error', text: t('pfStale'), retry: true } });
  const left = outcome.planned - outcome.filled;
  session.set({
    preview: null,
    filledFor: preview.patientKey,
    report: outcome.report,
    message: { kind: left ? 'error' : 'info', text: t('pfFilledOf', [outcome.filled, outcome.planned]) },
  });
}
