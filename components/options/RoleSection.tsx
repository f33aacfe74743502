import { useEffect, useState } from 'preact/hooks';
import type { Role } from '../../messaging/storage-keys';
import type { OptionsDeps } from './OptionsApp';
import { t } from '../../i18n/ui-language';

// The workstation's seat: the assistant's (the intake opens on entry) or the doctor's (it opens
// on the summary, flags first).
export function RoleSection({ deps }: { deps: Pick<OptionsDeps, 'loadRole' | 'saveRole'> }) {
  const [role, setRole] = useState<Role | null>(null);
  const [status, setStatus] = useState('');
  useEffect(() => void deps.loadRole().then(setRole), [deps]);
  const choose = (r: Role) => {
    setRole(r);
    deps.saveRole(r).then(() => setStatus(t('opSaved')), (e) => setStatus(t('opSaveFailed', e instanceof Error ? e.message : String(e))));
  };
  return (
    <fieldset class="op-role" disabled={role === null}>
      <legend>{t('opRoleLegend')}</legend>
      {(['assistant', 'medecin'] as const).map((r) => (
        <label key={r} class="op-radio">
          <input type="radio" name="role" value={r} checked={role === r} onChange={() => choose(r)} data-testid={`op-role-${r}`} />
          {t(r === 'assistant' ? 'opRoleAssistant' : 'opRoleDoctor')}
        </label>
      ))}
      <span role="status" class="pc-save" data-testid="op-role-status">{status}</span>
    </fieldset>
  );
}
