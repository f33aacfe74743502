import { useState } from 'preact/hooks';
import { actsFromPage, type IntakeComputation, type PreventionState } from '../../clinical/intake';
import { CONDITIONS, CONDITION_LABELS, REMINDER_LABELS, STATUS_LABELS, type ReminderId } from '../../clinical/prevention';
import { parseDate } from '../../clinical/identity';
import { t, tx, formatDate } from '../../i18n/ui-language';

// Vaccinations and screenings due now, overdue or coming, from preventionDue: each with its
// status, reason and source. An act reported by the patient ("fait le …") is added to the
// history and the list is recomputed; conditions that change the recommendations are ticked here.
export interface PreventionFieldProps {
  calc: IntakeComputation;
  state: PreventionState;
  needsSex: boolean;
  /** Day of the visit: acts read from the page after it are not taken. */
  asOf: string;
  onChange: (p: PreventionState) => void;
  /** Reads the vaccinations listed on the record page (absent outside a record tab). */
  readActs?: () => Promise<{ name: string; date: string }[]>;
}

export function PreventionField({ calc, state, needsSex, asOf, onChange, readActs }: PreventionFieldProps) {
  const [bad, setBad] = useState<Record<string, string>>({});
  const [readStatus, setReadStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const readFromPage = async () => {
    if (!readActs) return;
    try {
      const acts = await readActs();
      if (!acts.length) return setReadStatus({ ok: false, text: t('ikActsNone') });
      const { added, unknown } = actsFromPage(acts, state.history, asOf, parseDate);
      if (added.length) onChange({ ...state, history: [...state.history, ...added] });
      const text = [t('ikActsAdded', String(added.length)), ...(unknown.length ? [t('ikActsUnknown', unknown.join(', '))] : [])].join(' ');
      setReadStatus({ ok: unknown.length === 0, text });
    } catch {
      setReadStatus({ ok: false, text: t('ikActsNone') });
    }
  };
  const addAct = (id: ReminderId, text: string, input: HTMLInputElement) => {
    if (!text.trim()) return;
    const iso = parseDate(text);
    if (!iso) return setBad({ ...bad, [id]: t('ikActDateBad', text) });
    setBad({ ...bad, [id]: '' });
    input.value = '';
    onChange({ ...state, history: [...state.history, { id, date: iso }] });
  };
  return (
    <div class="ik-prev">
      {needsSex && (
        <select id="ik-prevention" aria-label={t('ikSexPick')} value={state.sex ?? ''} onChange={(e) => onChange({ ...state, sex: (e.currentTarget.value || undefined) as 'F' | 'M' | undefined })}>
          <option value="">{t('ikSexPick')}</option>
          <option value="F">{t('ikSexF')}</option>
          <option value="M">{t('ikSexM')}</option>
        </select>
      )}
      {calc.preventionError && <p role="alert" class="ik-error">{tx(calc.preventionError)}</p>}
      {!calc.preventionError && calc.prevention.length === 0 && <p class="ik-derived">{t('ikPrevNone')}</p>}
      <ul class="ik-prev-list" data-testid="ik-prevention-list">
        {calc.prevention.map((p, i) => (
          <li key={p.id} class={`ik-prev-${p.status}`} data-testid="ik-prevention-item" data-id={p.id}>
            <span class={`ik-badge ik-badge-${p.status}`}>{tx(STATUS_LABELS[p.status])}</span> <strong>{tx(REMINDER_LABELS[p.id])}</strong>
            <p class="ik-reason">{tx(p.reason)}</p>
            <p class="ik-source">{t('ikSource', p.source)}</p>
            <input id={i === 0 && !needsSex ? 'ik-prevention' : undefined} class="ik-date" aria-label={t('ikActDone', tx(REMINDER_LABELS[p.id]))} placeholder={t('ikActDonePh')}
              onChange={(e) => addAct(p.id, e.currentTarget.value, e.currentTarget)} />
            {bad[p.id] && <span role="alert" class="ik-error">{bad[p.id]}</span>}
          </li>
        ))}
      </ul>
      {state.history.length > 0 && (
        <ul class="ik-acts">
          {state.history.map((h, i) => (
            <li key={`${h.id}-${h.date}-${i}`}>
              {t('ikActRecorded', [tx(REMINDER_LABELS[h.id]), formatDate(h.date)])}{' '}
              <button type="button" class="pc-icon" aria-label={t('ikActRemove', tx(REMINDER_LABELS[h.id]))} onClick={() => onChange({ ...state, history: state.history.filter((_, j) => j !== i) })}>×</button>
            </li>
          ))}
        </ul>
      )}
      {readActs && (
        <div class="ik-inline">
          <button type="button" class="pc-btn ik-small" onClick={() => void readFromPage()} data-testid="ik-read-acts">{t('ikReadActs')}</button>
          {readStatus && <span role="status" class={readStatus.ok ? 'ik-ok' : 'ik-error'} data-testid="ik-read-acts-status">{readStatus.text}</span>}
        </div>
      )}
      <fieldset class="ik-conds">
        <legend>{t('ikConditions')}</legend>
        {/* A pregnancy is not offered for a man. */}
        {CONDITIONS.filter((c) => c !== 'grossesse' || calc.sex !== 'M').map((c) => (
          <label key={c} class="ik-check">
            <input type="checkbox" data-secondary checked={state.conditions.includes(c)}
              onChange={(e) => onChange({ ...state, conditions: e.currentTarget.checked ? [...state.conditions, c] : state.conditions.filter((x) => x !== c) })} />
            {tx(CONDITION_LABELS[c])}
          </label>
        ))}
      </fieldset>
    </div>
  );
}
