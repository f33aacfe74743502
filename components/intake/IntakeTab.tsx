import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import './intake.css';
import type { PanelTabContext } from '../panel-tabs';
import { send as realSend, type Send } from '../../messaging/client';
import { onIntakeNotice } from '../../messaging/patient-notices';
import { loadRole as realLoadRole } from '../../messaging/workstation-role';
import { type Role } from '../../messaging/storage-keys';
import { computeIntake, parseBlock, type IntakeSummary } from '../../clinical/intake';
import { ageAt } from '../../clinical/identity';
import { defaultTemplateId } from '../../clinical/templates';
import type { IntakeRecord } from '../../clinical/intake/records';
import type { PatientContext } from '../../clinical/identity/patient-context';
import { t } from '../../i18n/ui-language';
import { localIsoDate } from '../../clinical/admin/past-date';
import { createIntakeStore, type IntakeState } from './intake-store';
import { noteFieldAccess, type NoteFieldAccess } from './handoff-client';
import type { RecordPage } from '../../messaging/record-page';
import { IntakeForm } from './IntakeForm';
import { DoctorView } from './DoctorView';
import { HandoffBar } from './HandoffBar';
import { History } from './History';
import { focusVisibly } from './next-item';

export interface IntakeDeps {
  send: Send;
  note?: NoteFieldAccess;
  loadRole: () => Promise<Role>;
  today: () => string;
  clientId: string;
  /** Delays between readings of the record's note (the record software loads it after the page). */
  readDelays: number[];
  watch?: (cb: (patientKey: string, by: string) => void) => () => void;
  openSettings?: () => void;
}


function realDeps(page: RecordPage | undefined, patient: PatientContext): IntakeDeps {
  return {
    send: realSend,
    note: page === undefined ? undefined : noteFieldAccess(page, patient),
    loadRole: realLoadRole,
    today: () => localIsoDate(new Date()),
    clientId: crypto.randomUUID(),
    readDelays: [0, 400, 1000, 2000],
    watch: (cb) => onIntakeNotice(browser.storage, (n) => cb(n.patientKey, n.by)),
    openSettings: () => void browser.runtime.openOptionsPage(),
  };
}

type Mode = 'entry' | 'doctor' | 'history';

/** The arm of the intake's blood pressure, if given. */
const armOf = (r: IntakeRecord) => {
  const ta = r.template.items.find((i) => i.kind === 'measure' && i.measure === 'ta');
  return ta ? r.values[ta.id]?.arm : undefined;
};
type RecordRead = { state: 'reading' } | { state: 'none' } | { state: 'found'; summary: IntakeSummary } | { state: 'unavailable' };

// The intake checklist tab: entry for the assistant, the doctor's summary (from this
// workstation's intake or from the block found in the record's note), and the history.
export function IntakeTab({ patient, patientKey, page, ws, nextItem, onNextItemDone, deps: given }: PanelTabContext & { deps?: IntakeDeps }) {
  const deps = useMemo(() => given ?? realDeps(page, patient), [given, page]);
  const store = useMemo(() => createIntakeStore({ send: deps.send, patientKey, clientId: deps.clientId, today: deps.today }), [deps, patientKey]);
  const [s, setS] = useState<IntakeState>(store.get());
  const [mode, setMode] = useState<Mode | null>(null);
  const [record, setRecord] = useState<RecordRead>({ state: deps.note ? 'reading' : 'unavailable' });
  const [readSeq, setReadSeq] = useState(0);
  const [picked, setPicked] = useState<string | null>(null);
  // Finished from the keyboard just now: the hand-off button takes the focus.
  const [finishedNow, setFinishedNow] = useState(false);
  const [lists, setLists] = useState<Partial<Record<string, string[]>>>({});

  useEffect(() => {
    const off = store.subscribe(setS);
    void store.load();
    const flush = () => void store.flush();
    const hidden = () => document.visibilityState === 'hidden' && flush();
    addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', hidden);
    const unwatch = deps.watch?.((key, by) => key === patientKey && by !== deps.clientId && void store.load());
    // "Verrouiller" saves this too before the lock closes.
    const unregister = ws?.registerFlush?.(() => store.flush());
    return () => {
      unregister?.();
      off();
      flush();
      unwatch?.();
      removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', hidden);
    };
  }, [store]);

  useEffect(() => {
    let live = true;
    void deps.loadRole().then((role) => live && setMode((m) => m ?? (role === 'medecin' ? 'doctor' : 'entry')), () => live && setMode((m) => m ?? 'entry'));
    return () => { live = false; };
  }, [deps]);

  // Reads the record's note a few times: the record software may fill it after its page shows.
  useEffect(() => {
    const note = deps.note;
    if (!note) return;
    let live = true;
    setRecord({ state: 'reading' });
    void (async () => {
      for (const delay of deps.readDelays) {
        await new Promise((r) => setTimeout(r, delay));
        if (!live) return;
        const r = await note.read().catch(() => null);
        const summary = r?.found ? parseBlock(r.text) : null;
        if (summary) return live && setRecord({ state: 'found', summary });
      }
      if (live) setRecord({ state: 'none' });
    })();
    return () => { live = false; };
  }, [deps, readSeq]);

  // The record page's allergies, treatments and history, read once an intake is open, proposed in
  // its review items (the hand-off script checks first that the page still shows this patient).
  const openId = s.open?.id;
  useEffect(() => {
    const read = deps.note?.lists;
    if (!read || !openId) return;
    let live = true;
    void read().then((l) => live && setLists(l), () => undefined);
    return () => { live = false; };
  }, [deps, openId]);
  const proposals = useMemo(() => Object.fromEntries(Object.entries(lists).map(([k, v]) => [k, (v ?? []).join(', ')])), [lists]);

  // "Next checklist item" (keyboard shortcut): the entry view; with an intake open its form moves
  // the focus (IntakeForm); none started yet: the start button, where Enter begins one.
  const startButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!nextItem || s.phase === 'loading' || mode === null) return;
    if (mode !== 'entry') return setMode('entry');
    if (s.open) return; // IntakeForm carries it out
    if (startButton.current) focusVisibly(startButton.current);
    onNextItemDone?.();
  }, [nextItem, s.phase, mode, !!s.open]);

  const today = deps.today();
  const age = ageAt(patient.birthDate, today)?.years ?? 0;
  const summaryOf = (r: IntakeRecord, i: number, finished: boolean) =>
    computeIntake({ date: r.date, template: r.template, values: r.values, prevention: r.prevention, patient: { birthDate: patient.birthDate, sex: patient.sex }, finished, previous: s.history[i]?.values });

  const tabs: [Mode, string][] = [['entry', 'ikModeEntry'], ['doctor', 'ikModeDoctor'], ['history', 'ikModeHistory']];
  const current: Mode = mode ?? 'entry';
  const nav = (
    <>
      <div class="ik-modes" role="group" aria-label={t('ikModes')}>
        {tabs.map(([m, key]) => (
          <button key={m} type="button" class="ik-mode" aria-pressed={current === m} onClick={() => setMode(m)} data-testid={`ik-mode-${m}`}>{t(key)}</button>
        ))}
      </div>
      {/* The INS status the record page shows, for the assistant and the doctor alike. */}
      {patient.insStatus && <p class={`ik-ins ik-ins-${patient.insStatus}`} data-testid="ik-ins">{t(`ikIns_${patient.insStatus}`)}</p>}
    </>
  );
  if (s.phase === 'loading') return <>{nav}<p class="pc-info">{t('statusLoading')}</p></>;
  if (s.phase === 'error') {
    return <>{nav}<div class="pc-warning" role="alert"><p>{t('loadError', s.error ?? '')}</p><button type="button" class="pc-btn" onClick={() => void store.load()}>{t('retry')}</button></div></>;
  }

  const error = s.error ? <p role="alert" class="ik-error">{t('ikActionError', s.error)}</p> : null;
  const saveLine = s.open && (
    <span role="status" aria-live="polite" class="pc-save" data-testid="ik-save">
      {s.save === 'error' ? t('statusSaveError') : s.save === 'saved' ? t('statusSaved') : s.save === 'idle' ? '' : t('statusSaving')}
    </span>
  );

  if (current === 'history') return <>{nav}<History history={s.history} patient={patient} /></>;

  if (current === 'doctor') {
    const local = s.open ? summaryOf(s.open, 0, false) : s.history[0] ? summaryOf(s.history[0], 1, true) : null;
    const fromRecord = record.state === 'found' ? record.summary : null;
    const useRecord = fromRecord && (!local || fromRecord.date > local.summary.date);
    return (
      <>
        {nav}
        {useRecord ? <DoctorView summary={fromRecord} source="record" /> : local ? <DoctorView summary={local.summary} source="local" /> : (
          <p class="pc-info" data-testid="ik-doctor-empty">{record.state === 'reading' ? t('ikReadingRecord') : t('ikNoIntake')}</p>
        )}
        {deps.note && <button type="button" class="pc-btn ik-small" onClick={() => setReadSeq((n) => n + 1)} data-testid="ik-reread">{t('ikReread')}</button>}
      </>
    );
  }

  if (s.open) {
    const open = s.open;
    return (
      <>
        {nav}
        <p class="ik-meta">{open.template.name} {saveLine}</p>
        {error}
        <IntakeForm intake={open} patient={patient} previous={s.history[0]?.values}
          onValue={(id, v) => store.setValue(id, v)} onPrevention={(p) => store.setPrevention(p)}
          onFinish={(n) => { setFinishedNow(true); void store.finish(n); }} onDiscard={() => void store.discard()} readActs={deps.note?.acts}
          proposals={proposals} nextItem={nextItem} onNextItemDone={onNextItemDone} />
      </>
    );
  }

  const last = s.history[0];
  const lastToday = last && last.date === today ? last : null;
  const defaultId = s.templates.some((x) => x.id === defaultTemplateId(age)) ? defaultTemplateId(age) : s.templates[0]?.id;
  const chosen = picked ?? defaultId ?? '';
  return (
    <>
      {nav}
      {error}
      {lastToday && (() => {
        const calc = summaryOf(lastToday, 1, true);
        return (
          <section data-testid="ik-finished">
            <p class="ik-ok">{t('ikFinished')}</p>
            <HandoffBar calc={calc} patient={patient} focusFirst={finishedNow} arm={armOf(lastToday)} effective={new Date(lastToday.finishedAt ?? lastToday.startedAt).toISOString()} note={deps.note} onHandedOff={() => void store.markHandedOff(lastToday.id)} />
            <DoctorView summary={calc.summary} source="local" />
          </section>
        );
      })()}
      <div class="ik-start">
        <label class="pc-field-label" for="ik-template">{t('ikTemplate')}</label>
        <div class="ik-inline">
          <select id="ik-template" value={chosen} onChange={(e) => setPicked(e.currentTarget.value)} data-testid="ik-template">
            {s.templates.map((x) => <option key={x.id} value={x.id}>{x.source === 'cabinet' ? t('ikPracticeCopy', x.template.name) : x.template.name}</option>)}
          </select>
          <button ref={startButton} type="button" class="pc-btn" disabled={!chosen} onClick={() => void store.start(chosen)} data-testid="ik-start">{t('ikStart')}</button>
        </div>
        {deps.openSettings && <button type="button" class="pc-btn ik-small ik-settings" onClick={deps.openSettings}>{t('ikSettings')}</button>}
      </div>
    </>
  );
}
