import { useEffect, useState } from 'preact/hooks';
import type { Send } from '../../messaging/client';
import type { RetentionPreview } from '../../messaging/retention-protocol';
import { RETENTION_MAX_MONTHS, RETENTION_MIN_MONTHS } from '../../messaging/storage-keys';
import { localIsoDate } from '../../clinical/admin/past-date';
import { formatDate, t, tp } from '../../i18n/ui-language';

// Retention: forget patients not seen for N months (off by default), always through a preview
// the user confirms; and "delete everything", behind a typed word.
const WIPE_WORD = 'SUPPRIMER';
const errText = (e: unknown) => (e instanceof Error ? e.message : String(e));
const day = (ms: number) => formatDate(localIsoDate(new Date(ms)));
type Msg = { ok: boolean; text: string } | null;

export function RetentionSection({ send }: { send: Send }) {
  const [enabled, setEnabled] = useState<boolean | null>(null);
  const [months, setMonths] = useState('36');
  const [msg, setMsg] = useState<Msg>(null);
  const [preview, setPreview] = useState<(RetentionPreview & { months: number }) | null>(null);
  const [wipeWord, setWipeWord] = useState('');
  const [wipeMsg, setWipeMsg] = useState<Msg>(null);

  useEffect(() => {
    send({ type: 'retention.get' }).then((s) => { setEnabled(s.enabled); setMonths(String(s.months)); }, (e) => setMsg({ ok: false, text: errText(e) }));
  }, [send]);

  const validMonths = (): number | null => {
    const n = Number(months);
    if (!Number.isInteger(n) || n < RETENTION_MIN_MONTHS || n > RETENTION_MAX_MONTHS) {
      setMsg({ ok: false, text: t('rtMonthsRange', [String(RETENTION_MIN_MONTHS), String(RETENTION_MAX_MONTHS)]) });
      return null;
    }
    return n;
  };
  const run = async (f: () => Promise<void>, set = setMsg) => {
    try { await f(); } catch (e) { set({ ok: false, text: errText(e) }); }
  };

  const save = () => {
    const n = validMonths();
    if (n === null || enabled === null) return;
    void run(async () => {
      const s = await send({ type: 'retention.set', enabled, months: n });
      setMsg({ ok: true, text: s.enabled ? t('rtSavedOn', String(s.months)) : t('rtSavedOff') });
    });
  };
  const showPreview = () => {
    const n = validMonths();
    if (n === null) return;
    void run(async () => {
      setPreview({ ...(await send({ type: 'retention.preview', months: n })), months: n });
      setMsg(null);
    });
  };
  const purge = () => {
    if (!preview) return;
    void run(async () => {
      const r = await send({ type: 'retention.purge', months: preview.months });
      setPreview(null);
      setMsg({ ok: true, text: t('rtPurged', [tp('rtPatients', r.patients), tp('rtNotes', r.notes)]) });
    });
  };
  const wipe = () => void run(async () => {
    await send({ type: 'data.wipeAll', confirm: WIPE_WORD });
    setWipeWord('');
    setWipeMsg({ ok: true, text: t('rtWiped') });
  }, setWipeMsg);

  const show = (m: Msg, id: string) => m && <p role={m.ok ? 'status' : 'alert'} class={m.ok ? 'op-hint' : 'op-error'} data-testid={id}>{m.text}</p>;

  return (
    <div class="op-retention">
      <p class="op-hint">{t('rtHelp')}</p>
      <fieldset class="op-form" disabled={enabled === null}>
        <legend>{t('rtLegend')}</legend>
        <label class="op-radio"><input type="checkbox" checked={enabled ?? false} onChange={(e) => setEnabled(e.currentTarget.checked)} data-testid="rt-enabled" /> {t('rtEnable')}</label>
        <label>{t('rtMonths')} <input type="number" min={RETENTION_MIN_MONTHS} max={RETENTION_MAX_MONTHS} step={1} value={months} onInput={(e) => { setMonths(e.currentTarget.value); setPreview(null); }} data-testid="rt-months" /></label>
        <div class="op-actions">
          <button type="button" class="pc-btn" onClick={save} data-testid="rt-save">{t('rtSave')}</button>
          <button type="button" class="pc-btn" onClick={showPreview} data-testid="rt-preview">{t('rtPreview')}</button>
        </div>
      </fieldset>
      {show(msg, 'rt-msg')}
      {preview && (
        <div class="op-preview" data-testid="rt-preview-box">
          {preview.patients === 0 ? <p>{t('rtNothing', day(preview.cutoff))}</p> : (
            <>
              <p data-testid="rt-preview-text">{t('rtWouldGo', [tp('rtPatients', preview.patients), tp('rtNotes', preview.notes), day(preview.oldestLastSeen ?? preview.cutoff), day(preview.cutoff)])}</p>
              <ul>{preview.sample.map((p) => <li key={p.name + p.lastSeen}>{t('rtSampleRow', [p.name, day(p.lastSeen)])}</li>)}</ul>
              <button type="button" class="pc-btn pc-danger" onClick={purge} data-testid="rt-purge">{tp('rtPurge', preview.patients)}</button>
            </>
          )}
        </div>
      )}
      <div class="op-form op-wipe">
        <h3>{t('rtWipeTitle')}</h3>
        <p class="op-hint">{t('rtWipeHelp', WIPE_WORD)}</p>
        <label>{t('rtWipeLabel', WIPE_WORD)} <input type="text" autocomplete="off" value={wipeWord} onInput={(e) => setWipeWord(e.currentTarget.value)} data-testid="rt-wipe-word" /></label>
        <button type="button" class="pc-btn pc-danger" disabled={wipeWord !== WIPE_WORD} onClick={wipe} data-testid="rt-wipe">{t('rtWipe')}</button>
        {show(wipeMsg, 'rt-wipe-msg')}
      </div>
    </div>
  );
}
