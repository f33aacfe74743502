import { browser } from 'wxt/browser';
import { useEffect, useState } from 'preact/hooks';
import { EMPTY_PRACTICE, loadPractice, savePractice, type LocalArea } from '../../messaging/practice-settings';
import { type Practice } from '../../messaging/storage-keys';
import { t } from '../../i18n/ui-language';

// The practice's header printed on the letters drafted in the panel: name, address, doctor.
const FIELDS: [keyof Practice, string, boolean][] = [
  ['name', 'opPracticeName', false],
  ['address', 'opPracticeAddress', true],
  ['doctor', 'opPracticeDoctor', false],
];

export function PracticeSection({ area = browser.storage.local as unknown as LocalArea }: { area?: LocalArea }) {
  const [practice, setPractice] = useState<Practice | null>(null);
  const [status, setStatus] = useState<{ error: boolean; text: string } | null>(null);
  useEffect(() => void loadPractice(area).then(setPractice, () => setPractice(EMPTY_PRACTICE)), [area]);
  const save = async () => {
    if (!practice) return;
    try {
      const r = await savePractice(area, practice);
      setStatus(r.ok ? { error: false, text: t('opSaved') } : { error: true, text: t('opPracticeTooLong', [t(FIELDS.find(([f]) => f === r.field)![1]), r.max]) });
    } catch (e) {
      setStatus({ error: true, text: t('opSaveFailed', e instanceof Error ? e.message : String(e)) });
    }
  };
  return (
    <form class="op-practice" onSubmit={(e) => { e.preventDefault(); void save(); }}>
      <p class="op-hint">{t('opPracticeHint')}</p>
      {FIELDS.map(([field, label, multiline]) => (
        <label key={field} class="op-field">
          <span>{t(label)}</span>
          {multiline
            ? <textarea rows={3} value={practice?.[field] ?? ''} disabled={!practice} data-testid={`op-practice-${field}`}
                onInput={(e) => setPractice({ ...(practice ?? EMPTY_PRACTICE), [field]: e.currentTarget.value })} />
            : <input value={practice?.[field] ?? ''} disabled={!practice} data-testid={`op-practice-${field}`}
                onInput={(e) => setPractice({ ...(practice ?? EMPTY_PRACTICE), [field]: e.currentTarget.value })} />}
        </label>
      ))}
      <button type="submit" class="pc-btn" disabled={!practice}>{t('opPracticeSave')}</button>
      {status && <span role={status.error ? 'alert' : 'status'} class={status.error ? 'op-error' : 'pc-save'} data-testid="op-practice-status">{status.text}</span>}
    </form>
  );
}
