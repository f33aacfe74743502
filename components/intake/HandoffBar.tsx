import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { putBlock, renderBlock, toFhirBundle, vitalFieldValues, type FhirPatientInput, type IntakeComputation } from '../../clinical/intake';
import { plural } from '../../clinical/message';
import type { VitalsPreviewReply } from '../../messaging/handoff-page';
import { t, tx } from '../../i18n/ui-language';
import { inFrench } from '../../i18n/french';
import { OtherPatientShown, type NoteFieldAccess } from './handoff-client';

interface Props {
  calc: IntakeComputation;
  /** ISO date-time of the intake, for the FHIR export. */
  effective: string;
  note?: NoteFieldAccess;
  onHandedOff?: () => void;
  /** Who the intake is about (the FHIR export's Patient). */
  patient: FhirPatientInput;
  /** Arm of the blood pressure, for a record field asking it. */
  arm?: 'droit' | 'gauche';
  /** The intake was just finished here: its first action takes the focus (Enter hands it off). */
  focusFirst?: boolean;
  /** Injected for tests; the panel uses the Clipboard API and a download link. */
  copy?: (text: string) => Promise<void>;
  download?: (name: string, json: string) => void;
}

function downloadJson(name: string, json: string): void {
  const url = URL.createObjectURL(new Blob([json], { type: 'application/fhir+json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/**
 * The Clipboard API may be refused inside the record page's iframe (permissions policy); the
 * older copy command still works there on a user's click.
 */
async function copyText(text: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.append(area);
    area.select();
    const ok = document.execCommand('copy');
    area.remove();
    if (!ok) throw new Error('copy');
  }
}

// Hand-off through the record: the summary block goes into the record's own note field, for the
// user to save there; the same text can be copied; the vitals exported as FHIR R4.
export function HandoffBar({ calc, effective, patient, note, onHandedOff, arm, focusFirst, copy = copyText, download = downloadJson }: Props) {
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  // The record's own vital-signs fields, when the page has some: previewed here, filled by
  // « Transmettre au dossier » after the note, undone on request.
  const values = useMemo(() => vitalFieldValues(calc.vitals, arm), [calc, arm]);
  const [fields, setFields] = useState<VitalsPreviewReply | null>(null);
  const [undoable, setUndoable] = useState(false);
  const preview = () => note?.vitals?.preview().then((r) => (setFields(r), r), () => null) ?? Promise.resolve(null);
  useEffect(() => { void preview(); }, [note]);
  const planOf = (r: VitalsPreviewReply | null) => (r?.fields ?? []).filter((f) => values[f.key] !== undefined);
  const plan = planOf(fields);
  const bar = useRef<HTMLDivElement>(null);
  useEffect(() => { if (focusFirst) bar.current?.querySelector<HTMLButtonElement>('button:not([disabled])')?.focus(); }, []);
  const blocked = Object.keys(calc.vitals.errors).length > 0;
  // French, as the record it goes into (see clinical/intake/block.ts).
  const block = () => renderBlock(calc.summary, inFrench);
  /** Fills the previewed fields (previewed again once if the page changed them); says what was done. */
  const fillVitals = async (): Promise<string[]> => {
    const access = note?.vitals;
    if (!access) return [];
    // No field seen yet (the record may have shown its form since): look once more.
    let current = planOf(fields).length ? fields : await preview();
    if (!planOf(current).length) return [];
    for (let attempt = 0; attempt < 2 && current; attempt++) {
      const entries = planOf(current).map(({ index, key }) => ({ index, key }));
      const r = await access.fill(current.token, entries, values);
      if (r.current) {
        setUndoable(r.filled.length > 0);
        return [tx(plural('ikVitalsFilled', r.filled.length)), ...(r.skipped.length ? [tx(plural('ikVitalsSkipped', r.skipped.length))] : [])];
      }
      current = await preview();
    }
    return [t('ikVitalsStale')];
  };
  const undo = async () => {
    try {
      const r = await note!.vitals!.undo();
      setUndoable(false);
      setStatus({ ok: r.skipped === 0, text: [tx(plural('ikVitalsUndone', r.restored)), ...(r.skipped ? [tx(plural('ikVitalsSkipped', r.skipped))] : [])].join(' ') });
    } catch (e) {
      if (e instanceof OtherPatientShown) return setStatus({ ok: false, text: t('ikOtherPatient') });
      setStatus({ ok: false, text: t('ikHandoffError', e instanceof Error ? e.message : String(e)) });
    }
  };
  const transmit = async () => {
    if (!note) return;
    try {
      for (let attempt = 0; attempt < 2; attempt++) {
        const cur = await note.read();
        if (!cur.found) return setStatus({ ok: false, text: t('ikNoNoteField') });
        const r = await note.write(putBlock(cur.text, block(), calc.summary.date), cur.text);
        if (r.found && r.written) {
          onHandedOff?.();
          return setStatus({ ok: true, text: [t('ikWritten'), ...(await fillVitals())].join(' ') });
        }
      }
      setStatus({ ok: false, text: t('ikNoteChanged') });
    } catch (e) {
      if (e instanceof OtherPatientShown) return setStatus({ ok: false, text: t('ikOtherPatient') });
      setStatus({ ok: false, text: t('ikHandoffError', e instanceof Error ? e.message : String(e)) });
    }
  };
  return (
    <div class="ik-handoff" ref={bar}>
      {blocked && <p role="alert" class="ik-error">{t('ikFixErrorsFirst')}</p>}
      <div class="ik-inline">
        {note && <button type="button" class="pc-btn" disabled={blocked} onClick={() => void transmit()} data-testid="ik-transmit">{t('ikTransmit')}</button>}
        <button type="button" class="pc-btn" disabled={blocked} data-testid="ik-copy"
          onClick={() => copy(block()).then(() => setStatus({ ok: true, text: t('ikCopied') }), () => setStatus({ ok: false, text: t('ikCopyFailed') }))}>{t('ikCopy')}</button>
        <button type="button" class="pc-btn" disabled={blocked} data-testid="ik-fhir"
          onClick={() => { download(`preconsult-${calc.summary.date}.fhir.json`, JSON.stringify(toFhirBundle(calc.vitals, effective, patient), null, 2)); setStatus({ ok: true, text: t('ikFhirDone') }); }}>{t('ikFhir')}</button>
      </div>
      {plan.length > 0 && !blocked && (
        <div class="ik-vitals-fill" data-testid="ik-vitals-preview">
          <p class="ik-derived">{t('ikVitalsPreview')}</p>
          <ul>{plan.map((f) => <li key={f.index}>{t('ikVitalsPreviewLine', [f.label, values[f.key]!])}</li>)}</ul>
        </div>
      )}
      {undoable && <button type="button" class="pc-btn ik-small" onClick={() => void undo()} data-testid="ik-vitals-undo">{t('ikVitalsUndo')}</button>}
      {status && <p role="status" class={status.ok ? 'ik-ok' : 'ik-error'} data-testid="ik-handoff-status">{status.text}</p>}
    </div>
  );
}
