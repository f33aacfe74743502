import { useEffect, useRef, useState } from 'preact/hooks';
import { putBlock, renderBlock, toFhirBundle, type IntakeComputation } from '../../clinical/intake';
import { t } from '../i18n';
import { inFrench } from '../french';
import { OtherPatientShown, type NoteFieldAccess } from './handoff-client';

interface Props {
  calc: IntakeComputation;
  /** ISO date-time of the intake, for the FHIR export. */
  effective: string;
  note?: NoteFieldAccess;
  onHandedOff?: () => void;
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
export function HandoffBar({ calc, effective, note, onHandedOff, focusFirst, copy = copyText, download = downloadJson }: Props) {
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const bar = useRef<HTMLDivElement>(null);
  useEffect(() => { if (focusFirst) bar.current?.querySelector<HTMLButtonElement>('button:not([disabled])')?.focus(); }, []);
  const blocked = Object.keys(calc.vitals.errors).length > 0;
  // French, as the record it goes into (see clinical/intake/block.ts).
  const block = () => renderBlock(calc.summary, inFrench);
  const transmit = async () => {
    if (!note) return;
    try {
      for (let attempt = 0; attempt < 2; attempt++) {
        const cur = await note.read();
        if (!cur.found) return setStatus({ ok: false, text: t('ikNoNoteField') });
        const r = await note.write(putBlock(cur.text, block(), calc.summary.date), cur.text);
        if (r.found && r.written) {
          onHandedOff?.();
          return setStatus({ ok: true, text: t('ikWritten') });
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
          onClick={() => { download(`preconsult-${calc.summary.date}.fhir.json`, JSON.stringify(toFhirBundle(calc.vitals, effective), null, 2)); setStatus({ ok: true, text: t('ikFhirDone') }); }}>{t('ikFhir')}</button>
      </div>
      {status && <p role="status" class={status.ok ? 'ik-ok' : 'ik-error'} data-testid="ik-handoff-status">{status.text}</p>}
    </div>
  );
}
