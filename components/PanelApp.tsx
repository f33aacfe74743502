import type { Workspace } from './workspace';
import { useWorkspace } from './use-workspace';
import { t } from './i18n';
import { patientLine } from './PatientLabel';
import { NotesEditor } from './NotesEditor';

// The workspace for the patient shown, in an extension page (the overlay's iframe, later the side
// panel). Without a certain patient it explains why and offers nothing to write.
export function PanelApp({ ws }: { ws: Workspace }) {
  const state = useWorkspace(ws);
  switch (state.view) {
    case 'none':
      return <p class="pc-info" data-testid="pc-reason"><strong>{t('noPatient')}.</strong> {state.reason} {t('nothingToWrite')}</p>;
    case 'conflict':
      return (
        <div class="pc-warning" role="alert" data-testid="pc-reason">
          <strong>{t('identityCheck')}</strong>
          <p>{state.reason}</p>
          <p>{t('conflictNothingWritten')}</p>
        </div>
      );
    case 'error':
      return (
        <div class="pc-warning" role="alert" data-testid="pc-reason">
          <p class="pc-patient">{patientLine(state.patient)}</p>
          <p>{t('loadError', state.reason)}</p>
          <button type="button" class="pc-btn" onClick={() => ws.retry()}>{t('retry')}</button>
        </div>
      );
    case 'loading':
      return <p class="pc-patient" data-testid="pc-panel-patient">{patientLine(state.patient)} — {t('statusLoading')}</p>;
    case 'patient':
      return (
        <>
          <p class="pc-patient" data-testid="pc-panel-patient">{patientLine(state.patient)}</p>
          <NotesEditor
            key={state.patientKey}
            editing={state.editing}
            notes={state.notes}
            save={state.save}
            saveError={state.saveError}
            onEdit={(text) => ws.edit(text)}
            onNew={() => ws.newNote()}
            onSelect={(id) => ws.selectNote(id)}
            onDelete={(id) => void ws.deleteNote(id)}
          />
        </>
      );
  }
}
