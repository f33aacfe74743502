import type { Workspace, WorkspaceState } from './workspace';
import { t } from './i18n';
import { patientLine } from './PatientLabel';
import { NotesEditor } from './NotesEditor';

export type Dock = 'left' | 'right';

interface Props {
  state: WorkspaceState;
  ws: Workspace;
  dock: Dock;
  onDock: (d: Dock) => void;
  onClose: () => void;
}

// The expanded overlay. Without a certain patient it explains why and offers nothing to write.
export function Panel({ state, ws, dock, onDock, onClose }: Props) {
  return (
    <section class="pc-panel" role="dialog" aria-modal="false" aria-labelledby="pc-title" data-testid="pc-panel">
      <header class="pc-header">
        <h2 id="pc-title" class="pc-title">Préconsult</h2>
        <button type="button" class="pc-icon" onClick={() => onDock(dock === 'right' ? 'left' : 'right')} aria-label={dock === 'right' ? t('dockLeft') : t('dockRight')} title={dock === 'right' ? t('dockLeft') : t('dockRight')}>
          {dock === 'right' ? '⇤' : '⇥'}
        </button>
        <button type="button" class="pc-icon" onClick={onClose} aria-label={t('collapse')} title={t('collapse')}>–</button>
      </header>
      <div class="pc-body">
        <PanelBody state={state} ws={ws} />
      </div>
    </section>
  );
}

function PanelBody({ state, ws }: { state: WorkspaceState; ws: Workspace }) {
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
