import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { LOCK_NOTICE_KEY } from '../../messaging/storage-keys';
import type { Send } from '../../messaging/client';
import type { LockStatus } from '../../messaging/lock-protocol';
import { t } from '../../i18n/ui-language';
import { UnlockForm } from '../lock/UnlockForm';

// The workstation lock: enable it with a passphrase and an idle delay, change either, lock now,
// or disable it (which opens every row back). The passphrases live only in these fields.
/** As storage/lock/config.ts MIN_PASSPHRASE (the background checks it again). */
const MIN = 10;
const errText = (e: unknown) => (e instanceof Error ? e.message : String(e));
type Msg = { ok: boolean; text: string } | null;

export function LockSection({ send }: { send: Send }) {
  const [status, setStatus] = useState<LockStatus | null>(null);
  const [loadError, setLoadError] = useState('');
  const refresh = () => send({ type: 'lock.status' }).then(setStatus, (e: unknown) => setLoadError(errText(e)));
  useEffect(() => {
    void refresh();
    // Locked or unlocked elsewhere (idle, a panel's button): follow.
    const onChange = (changes: Record<string, unknown>, area: string) => { if (area === 'local' && LOCK_NOTICE_KEY in changes) void refresh(); };
    browser.storage.onChanged.addListener(onChange);
    return () => browser.storage.onChanged.removeListener(onChange);
  }, []);
  if (loadError) return <p class="op-error" role="alert">{loadError}</p>;
  if (!status) return null;
  return (
    <div class="op-lock">
      <p class="op-hint">{t('optLockIntro')}</p>
      <p class="op-warn">{t('optLockWarning')}</p>
      <p role="status" data-testid="lk-state">
        {status.enabled ? t('optLockStateOn', String(status.idleMinutes)) : t('optLockStateOff')}
        {status.locked && <> {t('optLockStateLocked')}</>}
      </p>
      {status.locked ? (
        <>
          <UnlockForm send={send} onUnlocked={() => void refresh()} />
          <p class="op-hint">{t('optLockForgotten')}</p>
        </>
      ) : status.enabled ? (
        <EnabledForms send={send} status={status} onStatus={setStatus} />
      ) : (
        <EnableForm send={send} onStatus={setStatus} />
      )}
    </div>
  );
}

function useAction(onStatus: (s: LockStatus) => void) {
  const [busy, setBusy] = useState(false);
  const [msg, setMsg] = useState<Msg>(null);
  const run = async (check: () => string | null, action: () => Promise<LockStatus>, done: string, progress?: string) => {
    const problem = check();
    if (problem) return setMsg({ ok: false, text: problem });
    setBusy(true);
    setMsg(progress ? { ok: true, text: progress } : null);
    try {
      onStatus(await action());
      setMsg({ ok: true, text: done });
      return true;
    } catch (e) {
      setMsg({ ok: false, text: errText(e) });
    } finally {
      setBusy(false);
    }
    return false;
  };
  const view = (id: string) => msg && <p role={msg.ok ? 'status' : 'alert'} class={msg.ok ? 'op-hint' : 'op-error'} data-testid={id}>{msg.text}</p>;
  return { busy, run, view };
}

const newPassProblem = (pass: string, confirm: string) =>
  pass.length < MIN ? t('errLockShort', String(MIN)) : pass !== confirm ? t('errLockMismatch') : null;

function EnableForm({ send, onStatus }: { send: Send; onStatus: (s: LockStatus) => void }) {
  const [pass, setPass] = useState('');
  const [confirm, setConfirm] = useState('');
  const [idle, setIdle] = useState('10');
  const a = useAction(onStatus);
  const submit = async (e: Event) => {
    e.preventDefault();
    const ok = await a.run(() => newPassProblem(pass, confirm), () => send({ type: 'lock.enable', passphrase: pass, idleMinutes: Number(idle) }), t('optLockEnabled'), t('optLockPending'));
    if (ok) { setPass(''); setConfirm(''); }
  };
  return (
    <form class="op-form" onSubmit={(e) => void submit(e)}>
      <label>{t('optLockNew')} <input type="password" autocomplete="new-password" value={pass} onInput={(e) => setPass(e.currentTarget.value)} data-testid="lk-pass" /></label>
      <label>{t('optLockConfirm')} <input type="password" autocomplete="new-password" value={confirm} onInput={(e) => setConfirm(e.currentTarget.value)} data-testid="lk-pass2" /></label>
      <label>{t('optLockIdle')} <input type="number" min={1} max={480} step={1} value={idle} onInput={(e) => setIdle(e.currentTarget.value)} data-testid="lk-idle" /></label>
      <button type="submit" class="pc-btn" disabled={a.busy} data-testid="lk-enable">{t('optLockEnable')}</button>
      {a.view('lk-enable-msg')}
    </form>
  );
}

function EnabledForms({ send, status, onStatus }: { send: Send; status: LockStatus; onStatus: (s: LockStatus) => void }) {
  const [idle, setIdle] = useState(String(status.idleMinutes));
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [confirm, setConfirm] = useState('');
  const [disablePass, setDisablePass] = useState('');
  const idleA = useAction(onStatus);
  const changeA = useAction(onStatus);
  const disableA = useAction(onStatus);
  const lockA = useAction(onStatus);
  return (
    <>
      <p><button type="button" class="pc-btn" disabled={lockA.busy} onClick={() => void lockA.run(() => null, () => send({ type: 'lock.lock' }), '')} data-testid="lk-lock-now">{t('lockNow')}</button></p>
      <form class="op-form" onSubmit={(e) => { e.preventDefault(); void idleA.run(() => null, () => send({ type: 'lock.idle', idleMinutes: Number(idle) }), t('optLockIdleSaved')); }}>
        <label>{t('optLockIdle')} <input type="number" min={1} max={480} step={1} value={idle} onInput={(e) => setIdle(e.currentTarget.value)} data-testid="lk-idle" /></label>
        <button type="submit" class="pc-btn" disabled={idleA.busy}>{t('optLockSaveIdle')}</button>
        {idleA.view('lk-idle-msg')}
      </form>
      <form class="op-form" onSubmit={(e) => {
        e.preventDefault();
        void changeA.run(() => newPassProblem(next, confirm), () => send({ type: 'lock.change', passphrase: current, next }), t('optLockChanged'))
          .then((ok) => { if (ok) { setCurrent(''); setNext(''); setConfirm(''); } });
      }}>
        <h3>{t('optLockChange')}</h3>
        <label>{t('optLockCurrent')} <input type="password" autocomplete="off" value={current} onInput={(e) => setCurrent(e.currentTarget.value)} data-testid="lk-current" /></label>
        <label>{t('optLockNew')} <input type="password" autocomplete="new-password" value={next} onInput={(e) => setNext(e.currentTarget.value)} data-testid="lk-next" /></label>
        <label>{t('optLockConfirm')} <input type="password" autocomplete="new-password" value={confirm} onInput={(e) => setConfirm(e.currentTarget.value)} data-testid="lk-next2" /></label>
        <button type="submit" class="pc-btn" disabled={changeA.busy} data-testid="lk-change">{t('optLockChange')}</button>
        {changeA.view('lk-change-msg')}
      </form>
      <form class="op-form" onSubmit={(e) => {
        e.preventDefault();
        void disableA.run(() => null, () => send({ type: 'lock.disable', passphrase: disablePass }), t('optLockDisabled'));
      }}>
        <h3>{t('optLockDisable')}</h3>
        <p class="op-hint">{t('optLockDisableHint')}</p>
        <label>{t('optLockCurrent')} <input type="password" autocomplete="off" value={disablePass} onInput={(e) => setDisablePass(e.currentTarget.value)} data-testid="lk-disable-pass" /></label>
        <button type="submit" class="pc-btn" disabled={disableA.busy} data-testid="lk-disable">{t('optLockDisable')}</button>
        {disableA.view('lk-disable-msg')}
      </form>
    </>
  );
}
