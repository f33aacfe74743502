import { useEffect, useState } from 'preact/hooks';
import type { Referral } from '../../messaging/prefill-protocol';
import type { Send } from '../../messaging/client';
import { formatDate, t } from '../../i18n/ui-language';

// Referrals and appointments to book for this patient, each with its status: to book, booked on
// a date, report received.
type Status = Referral['status'];

export function ReferralsSection({ patientKey, send, newId = () => crypto.randomUUID() }: { patientKey: string; send: Send; newId?: () => string }) {
  const [items, setItems] = useState<Referral[] | null>(null);
  const [to, setTo] = useState('');
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    send({ type: 'referrals.list', patientKey })
      .then((r) => live && setItems(r.referrals))
      .catch((e: unknown) => live && setError(e instanceof Error ? e.message : String(e)));
    return () => { live = false; };
  }, [patientKey, send]);

  async function save(r: Pick<Referral, 'id' | 'to' | 'reason' | 'status' | 'date'>) {
    try {
      const { referral } = await send({ type: 'referral.save', patientKey, referral: r });
      setItems((prev) => [...(prev ?? []).filter((x) => x.id !== referral.id), referral].sort((a, b) => a.createdAt - b.createdAt));
      setError(null);
      return true;
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
      return false;
    }
  }

  async function remove(id: string) {
    try {
      await send({ type: 'referral.delete', patientKey, id });
      setItems((prev) => (prev ?? []).filter((x) => x.id !== id));
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  }

  return (
    <div class="pf-referrals">
      {error && <p class="pf-error" role="alert">{t('pfPageError', error)}</p>}
      {items === null ? <p class="pc-info">{t('statusLoading')}</p> : items.length === 0 ? <p class="pc-info">{t('pfNoReferral')}</p> : (
        <ul class="pf-list" data-testid="pf-referrals">
          {items.map((r) => (
            <li key={r.id} class="pf-referral">
              <span class="pf-referral-what">
                <span class="pf-field-name">{r.to}</span>
                {r.reason && <span class="pf-source"> — {r.reason}</span>}
                {r.status === 'booked' && r.date && <span class="pf-status pf-block">{t('pfBookedOn', formatDate(r.date))}</span>}
              </span>
              <select class="pf-input" aria-label={t('pfReferralStatusOf', r.to)} value={r.status}
                onChange={(e) => void save({ ...r, status: e.currentTarget.value as Status })}>
                <option value="todo">{t('pfStatus_todo')}</option>
                <option value="booked">{t('pfStatus_booked')}</option>
                <option value="report">{t('pfStatus_report')}</option>
              </select>
              {r.status !== 'todo' && (
                <input type="date" class="pf-input" aria-label={t('pfReferralDateOf', r.to)} value={r.date ?? ''}
                  onChange={(e) => void save({ ...r, date: e.currentTarget.value || undefined })} />
              )}
              <button type="button" class="pc-icon" aria-label={t('pfReferralDelete', r.to)} onClick={() => void remove(r.id)}>×</button>
            </li>
          ))}
        </ul>
      )}
      <form class="pf-group" onSubmit={(e) => {
        e.preventDefault();
        if (!to.trim()) return;
        void save({ id: newId(), to: to.trim(), reason: reason.trim(), status: 'todo' }).then((ok) => {
          if (ok) { setTo(''); setReason(''); }
        });
      }}>
        <div class="pf-field"><label for="pf-ref-to">{t('pfReferralTo')}</label><input id="pf-ref-to" class="pf-input" value={to} onInput={(e) => setTo(e.currentTarget.value)} /></div>
        <div class="pf-field"><label for="pf-ref-reason">{t('pfReason')}</label><input id="pf-ref-reason" class="pf-input" value={reason} onInput={(e) => setReason(e.currentTarget.value)} /></div>
        <button type="submit" class="pc-btn" disabled={!to.trim()}>{t('pfReferralAdd')}</button>
      </form>
    </div>
  );
}
