import type { LauncherState } from './launcher-state';
import { t } from '../i18n/ui-language';
import { patientShort } from './PatientLabel';

// The collapsed overlay: who the patient is and where the notes stand, one click to open.
export function launcherStatus(s: LauncherState): { label: string; status: string; tone: 'ok' | 'muted' | 'warn' } {
  switch (s.view) {
    case 'none': return { label: t('noPatient'), status: '', tone: 'muted' };
    case 'conflict': return { label: t('identityCheck'), status: '', tone: 'warn' };
    case 'error': return { label: patientShort(s.patient), status: t('statusError'), tone: 'warn' };
    case 'loading': return { label: patientShort(s.patient), status: t('statusLoading'), tone: 'muted' };
    case 'locked': return { label: t('launcherLocked'), status: '', tone: 'muted' };
    case 'patient': {
      const n = s.noteCount;
      return { label: patientShort(s.patient), status: n === 0 ? t('noteCountZero') : n === 1 ? t('noteCountOne') : t('noteCountMany', n), tone: 'ok' };
    }
  }
}

export function Launcher({ state, onOpen }: { state: LauncherState; onOpen: () => void }) {
  const { label, status, tone } = launcherStatus(state);
  return (
    <button type="button" class={`pc-launcher pc-tone-${tone}`} onClick={onOpen} aria-label={`${t('openPanel')} — ${label}${status ? ` — ${status}` : ''}`} data-testid="pc-launcher">
      <span class="pc-logo" aria-hidden="true">P</span>
      <span class="pc-launcher-text">
        <span class="pc-launcher-label" data-testid="pc-patient">{label}</span>
        {status && <span class="pc-launcher-status" data-testid="pc-status">{status}</span>}
      </span>
    </button>
  );
}
