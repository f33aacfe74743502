import { useEffect, useState } from 'preact/hooks';
import type { Send } from '../../messaging/client';
import { t } from '../../i18n/ui-language';
import { fillNow, previewNow } from './fill-actions';
import { plannedRows } from './fill-flow';
import type { FillSession } from './fill-session';
import { plural } from './FillSection';
import type { PageBridge } from './page-bridge';
import type { ProfileEditor } from './profile-editor';
import { useStore } from '../use-store';

// While another section of the pre-fill tab is open, a form appearing on the record page is
// noticed (a cheap count of its fields, every 1.5 s while the tab is open) and previewed in the
// background: the bar on top says what one click will do (« Remplir 15 champs du formulaire affiché
// avec le dossier de … »), and does it; « Voir le détail » opens the fill section's review.

interface Props {
  patientKey: string;
  patientName: string;
  send: Send;
  bridge: PageBridge | null;
  session: FillSession;
  editor: ProfileEditor;
  panelPatientKey: () => string | null;
  /** Watch the page (off while the fill section, which has its own preview, is open). */
  active: boolean;
  everyMs?: number;
}

export function FillBar({ patientKey, patientName, send, bridge, session, editor, panelPatientKey, active, everyMs = 1500 }: Props) {
  const s = useStore(session);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    if (!bridge || !active) return undefined;
    let stopped = false;
    let last = -1;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const tick = async () => {
      try {
        const { fields } = await bridge.request({ type: 'pf.count' });
        if (fields !== last && !stopped) {
          last = fields;
          if (fields === 0) session.set({ preview: null });
          else if ((await bridge.currentPatientKey()) === patientKey && !stopped) await previewNow({ send, bridge, session, editor, panelPatientKey }, false);
        }
      } catch {
        // The page is reloading or gone: the next tick asks again.
      }
      if (!stopped) timer = setTimeout(() => void tick(), everyMs);
    };
    void tick();
    return () => {
      stopped = true;
      if (timer !== undefined) clearTimeout(timer);
    };
  }, [bridge, active, patientKey]);

  if (!active || !bridge) return null;
  const preview = s.preview && s.preview.patientKey === patientKey ? s.preview : null;
  const planned = preview ? plannedRows(preview).length : 0;
  const fill = async () => {
    setBusy(true);
    try {
      await fillNow({ send, bridge, session, editor, panelPatientKey });
    } catch (e) {
      session.set({ message: { kind: 'error', text: t('pfPageError', e instanceof Error ? e.message : String(e)), retry: true } });
    } finally {
      setBusy(false);
    }
  };
  if (planned === 0 && !(s.report && s.filledFor === patientKey)) return null;
  return (
    <div class="pf-fill-action" data-testid="pf-fill-bar">
      {planned > 0 && (
        <>
          <p class="pf-will" data-testid="pf-will">{plural('pfWillFill', planned, patientName)}</p>
          <div class="pc-row">
            <button type="button" class="pc-btn pf-primary" disabled={busy} onClick={() => void fill()}>{plural('pfFillButton', planned)}</button>
            <button type="button" class="pc-btn" onClick={() => session.set({ section: 'fill' })}>{t('pfSeeDetail')}</button>
          </div>
        </>
      )}
      {planned === 0 && s.message && (
        <div class={s.message.kind === 'error' ? 'pf-error' : 'pc-info'} role={s.message.kind === 'error' ? 'alert' : 'status'}>
          <p data-testid="pf-fill-message">{s.message.text}</p>
          {s.report?.some((r) => r.status !== 'ok') && <button type="button" class="pc-btn" onClick={() => session.set({ section: 'fill' })}>{t('pfSeeDetail')}</button>}
        </div>
      )}
    </div>
  );
}
