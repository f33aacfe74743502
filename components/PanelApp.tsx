import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { Workspace } from './notes/workspace';
import { useStore } from './use-store';
import type { PanelTab } from './panel-tabs';
import { t, tx } from '../i18n/ui-language';
import { patientLine } from './PatientLabel';
import { ageAt, formatAge } from '../clinical/identity/age';
import { NotesEditor } from './notes/NotesEditor';
import { PrefillTab } from './prefill/PrefillTab';
import { IntakeTab } from './intake/IntakeTab';
import { UnlockForm } from './lock/UnlockForm';
import { LockButton } from './lock/LockButton';
import { NEXT_CHECKLIST_ITEM, type CommandSource } from '../messaging/commands';
import type { RecordPage } from '../messaging/record-page';

// The workspace for the patient shown, in an extension page (the overlay's iframe, later the side
// panel). Without a certain patient it explains why and offers nothing to write.
// Pré-consultation first: it is the first job of the visit (and the doctor's view on a doctor's
// workstation).
const tabs: PanelTab[] = [
  { id: 'intake', labelKey: 'tabIntake', render: (ctx) => <IntakeTab key={ctx.patientKey} {...ctx} /> },
  {
    id: 'notes',
    labelKey: 'tabNotes',
    render: ({ ws }) => {
      const state = ws.get();
      if (state.view !== 'patient') return null;
      return (
        <NotesEditor
          key={state.patientKey}
          editing={state.editing}
          notes={state.notes}
          save={state.save}
          saveError={state.saveError}
          keptApart={state.keptApart}
          onEdit={(text) => ws.edit(text)}
          onNew={() => ws.newNote()}
          onSelect={(id) => ws.selectNote(id)}
          onDelete={(id) => void ws.deleteNote(id)}
        />
      );
    },
  },
  { id: 'prefill', labelKey: 'tabPrefill', render: (ctx) => <PrefillTab ctx={ctx} /> },
];

const exportUrl = (patientKey: string) => browser.runtime.getURL(`/export.html?key=${encodeURIComponent(patientKey)}`);

/** Age today, as French care writes it (days, months under 2 years, then years). */
function PatientAge({ birthDate }: { birthDate: string }) {
  const age = ageAt(birthDate, new Date());
  return age ? <p class="pc-age" data-testid="pc-age">{tx(formatAge(age))}</p> : null;
}

/** Offered when the page is not read (or read with doubt): point Préconsult at the identity. */
function Teach({ onTeach }: { onTeach?: () => void }) {
  if (!onTeach) return null;
  return (
    <p class="pc-teach">
      {t('teachHint')} <button type="button" class="pc-btn" onClick={onTeach}>{t('teachThisPage')}</button>
    </p>
  );
}

/**
 * `onSidePanel`: offered in the overlay's panel where the browser has a side panel (sidebar): the
 * workspace moves there and the overlay folds, so the record is no longer covered.
 */
export function PanelApp({ ws, page, onTeach, commands, onSidePanel }: { ws: Workspace; page?: RecordPage; onTeach?: () => void; commands?: CommandSource; onSidePanel?: () => void }) {
  const state = useStore(ws);
  const [active, setActive] = useState(tabs[0]!.id);
  // "Next checklist item" (keyboard shortcut): the Pré-consultation tab, which carries the request
  // out once this patient's intake is loaded. Without a patient there is nothing to go to, and a
  // request still waiting is dropped if the page stops showing one.
  const [nextItem, setNextItem] = useState(0);
  useEffect(() => commands?.((command) => {
    if (command !== NEXT_CHECKLIST_ITEM) return;
    setActive('intake');
    const view = ws.get().view;
    if (view === 'patient' || view === 'loading') setNextItem((n) => n + 1);
  }), [commands, ws]);
  useEffect(() => { if (state.view !== 'patient' && state.view !== 'loading') setNextItem(0); }, [state.view]);
  const nextItemDone = useCallback(() => setNextItem(0), []);
  switch (state.view) {
    case 'none':
      return (
        <>
          <p class="pc-info" data-testid="pc-reason"><strong>{t('noPatient')}.</strong> {state.reason} {t('nothingToWrite')}</p>
          <Teach onTeach={onTeach} />
        </>
      );
    case 'conflict':
      return (
        <div class="pc-warning" role="alert" data-testid="pc-reason">
          <strong>{t('identityCheck')}</strong>
          {state.patient && <p class="pc-patient">{patientLine(state.patient)}</p>}
          <p>{state.reason}</p>
          <p>{t('conflictNothingWritten')}</p>
          {state.confirmable && (
            <button type="button" class="pc-btn" onClick={() => ws.confirmIdentity()}>{t('confirmIdentity')}</button>
          )}
          {!state.confirmable && <Teach onTeach={onTeach} />}
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
    case 'locked':
      return (
        <>
          <p class="pc-patient" data-testid="pc-panel-patient">{patientLine(state.patient)}</p>
          <UnlockForm send={ws.send} onUnlocked={() => ws.onLock(false)} />
        </>
      );
    case 'loading':
      return <p class="pc-patient" data-testid="pc-panel-patient">{patientLine(state.patient)} — {t('statusLoading')}</p>;
    case 'patient': {
      const tab = tabs.find((x) => x.id === active) ?? tabs[0]!;
      return (
        <>
          <div class="pc-head">
            <p class="pc-patient" data-testid="pc-panel-patient">{patientLine(state.patient)}</p>
            {onSidePanel && (
              <button type="button" class="pc-btn pc-to-side" onClick={() => { void ws.flushAll(); onSidePanel(); }} data-testid="pc-open-side">{t('openSidePanel')}</button>
            )}
            <LockButton send={ws.send} beforeLock={() => ws.flushAll()} />
          </div>
          <PatientAge birthDate={state.patient.birthDate} />
          {tabs.length > 1 && (
            <nav class="pc-tabs" role="tablist" aria-label={t('panelTabs')}>
              {tabs.map((x) => (
                <button key={x.id} type="button" role="tab" id={`pc-tab-${x.id}`} aria-selected={x.id === tab.id} aria-controls="pc-tabpanel" class="pc-tab" onClick={() => setActive(x.id)}>
                  {t(x.labelKey)}
                </button>
              ))}
            </nav>
          )}
          <div id="pc-tabpanel" role="tabpanel" aria-labelledby={`pc-tab-${tab.id}`}>
            {tab.render({ patient: state.patient, patientKey: state.patientKey, page, ws, nextItem, onNextItemDone: nextItemDone })}
          </div>
          {/* The right of access: everything kept on this patient, in an extension page of its own. */}
          <p class="pc-export"><a href={exportUrl(state.patientKey)} target="_blank" rel="noopener" data-testid="pc-export">{t('exOpen')}</a></p>
        </>
      );
    }
  }
}
