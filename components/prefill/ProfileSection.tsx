import { browser } from 'wxt/browser';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { PROFILE_FIELDS, getSourced, type ProfileField } from '../../clinical/admin/profile-fields';
import type { Send } from '../../messaging/client';
import { onProfileNotice } from '../../messaging/patient-notices';
import { t, tp, tx } from '../i18n';
import type { Text } from '../../clinical/message';
import { captureCandidates } from './capture';
import type { PageBridge } from './page-bridge';
import { localIsoDate } from '../../clinical/admin/past-date';
import { createProfileEditor } from './profile-editor';
import { useStore } from './use-store';

// The patient's administrative file: every field with where its value came from, French
// validation messages, autosave; and the values read on the record page, to accept or ignore.

const GROUPS: [string, (id: string) => boolean][] = [
  ['pfGroup_identity', (id) => id.startsWith('identity.') || id === 'nir'],
  ['pfGroup_insurance', (id) => id.startsWith('insurance.')],
  ['pfGroup_care', (id) => id.startsWith('doctor.') || id.startsWith('ald.')],
  ['pfGroup_contact', (id) => id.startsWith('address.') || id.startsWith('phones.') || id === 'email'],
  ['pfGroup_trusted', (id) => id.startsWith('trustedPerson.')],
  ['pfGroup_emergency', (id) => id.startsWith('emergencyContact.')],
  ['pfGroup_other', (id) => id === 'employer'],
];

export const fieldLabel = (id: string) => t(`pfField_${id.replace(/\./g, '_')}`);
const saveKey = { idle: '', pending: 'statusSaving', saving: 'statusSaving', saved: 'statusSaved', error: 'statusSaveError' } as const;

interface Props {
  patientKey: string;
  send: Send;
  bridge: PageBridge | null;
  clientId: string;
  /** The workspace's "save everything now" (before locking). */
  registerFlush?: (f: () => Promise<void>) => () => void;
  /** Other writers' saves of a patient's file (storage notices; injected in tests). */
  watch?: (cb: (patientKey: string, by: string) => void) => () => void;
}

const watchProfiles = (cb: (patientKey: string, by: string) => void) => onProfileNotice(browser.storage, (n) => cb(n.patientKey, n.by));

export function ProfileSection({ patientKey, send, bridge, clientId, registerFlush, watch = watchProfiles }: Props) {
  const editor = useMemo(() => createProfileEditor({ patientKey, send, clientId }), [patientKey, send, clientId]);
  const s = useStore(editor);
  const [reading, setReading] = useState<{ kind: 'info' | 'error'; text: string } | null>(null);
  useEffect(() => {
    void editor.load();
    const unregister = registerFlush?.(() => editor.flush());
    // Another tab or panel saved this patient's file: show its values here too.
    const unwatch = watch?.((key, by) => key === patientKey && by !== clientId && void editor.refresh());
    // Leaving the tab or the patient: what was typed and valid is saved now.
    return () => {
      unregister?.();
      unwatch?.();
      void editor.flush();
    };
  }, [editor]);

  async function capture() {
    if (!bridge) return setReading({ kind: 'error', text: t('pfNoPage') });
    setReading({ kind: 'info', text: t('pfReading') });
    try {
      // The page may have moved to another patient since the panel last heard of it.
      if ((await bridge.currentPatientKey()) !== patientKey) return setReading({ kind: 'error', text: t('pfRefusedChanged') });
      const read = await bridge.request({ type: 'pf.read' });
      const candidates = captureCandidates(read.pairs, localIsoDate(new Date()));
      editor.setCandidates(candidates, read.origin);
      setReading({ kind: 'info', text: candidates.length ? tp('pfReadCount', candidates.length) : t('pfReadNone') });
    } catch (e) {
      setReading({ kind: 'error', text: t('pfPageError', e instanceof Error ? e.message : String(e)) });
    }
  }

  const acceptable = s.candidates.filter((c) => c.error === undefined);
  /** The value in the file that a page value would replace, when they differ. */
  const replaces = (fieldId: string, value: unknown): string | null => {
    const stored = getSourced(s.profile, fieldId);
    if (!stored || value === undefined) return null;
    const field = PROFILE_FIELDS.find((f) => f.id === fieldId)!;
    const before = field.format(stored.value);
    return before !== field.format(value) ? before : null;
  };
  return (
    <div class="pf-profile">
      <div class="pc-row">
        <button type="button" class="pc-btn" onClick={() => void capture()}>{t('pfCapture')}</button>
        <span role="status" aria-live="polite" class="pc-save" data-testid="pf-save">
          {s.save === 'error' ? `${t('statusSaveError')}${s.saveError ? ` (${s.saveError})` : ''}` : s.blocked ? t('pfNotSaved') : saveKey[s.save] ? t(saveKey[s.save]) : ''}
        </span>
      </div>
      {reading && <p class={reading.kind === 'error' ? 'pf-error' : 'pc-info'} role={reading.kind === 'error' ? 'alert' : 'status'} data-testid="pf-read-status">{reading.text}</p>}
      {s.candidates.length > 0 && (
        <section class="pf-candidates" aria-label={t('pfCandidates')} data-testid="pf-candidates">
          <h3 class="pc-h3">{t('pfCandidates')}</h3>
          <div class="pc-row">
            <button type="button" class="pc-btn" disabled={acceptable.length === 0} onClick={() => { editor.accept(acceptable.map((c) => c.fieldId)); setReading(null); }}>{t('pfAcceptAll')}</button>
            <button type="button" class="pc-btn" onClick={() => { editor.dismissCandidates(); setReading(null); }}>{t('pfDismiss')}</button>
          </div>
          <ul class="pf-list pf-cands">
            {s.candidates.map((c) => (
              <li key={c.fieldId}>
                <div>
                  <span class="pf-cand-field">{fieldLabel(c.fieldId)}</span> <span class="pf-cand-value">{c.shown}</span>
                  <span class="pf-source pf-block">{t('pfSourcePage', c.label)}</span>
                  {replaces(c.fieldId, c.value) && <span class="pf-replaces pf-block">{t('pfReplaces', replaces(c.fieldId, c.value)!)}</span>}
                  {c.error !== undefined && <span class="pf-error pf-block">{tx(c.error)}</span>}
                </div>
                {c.error === undefined && (
                  <button type="button" class="pc-btn" onClick={() => editor.accept([c.fieldId])} aria-label={t('pfAcceptOne', fieldLabel(c.fieldId))}>{t('pfAccept')}</button>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
      {!s.loaded ? <p class="pc-info">{t('statusLoading')}</p> : GROUPS.map(([groupKey, inGroup]) => (
        <fieldset key={groupKey} class="pf-group">
          <legend>{t(groupKey)}</legend>
          {PROFILE_FIELDS.filter((f) => inGroup(f.id)).map((f) => (
            <FieldRow key={f.id} field={f} text={s.texts[f.id] ?? ''} error={s.errors[f.id]} source={getSourced(s.profile, f.id)?.source}
              onInput={(text) => editor.edit(f.id, text)} />
          ))}
        </fieldset>
      ))}
    </div>
  );
}

function FieldRow({ field, text, error, source, onInput }: {
  field: ProfileField; text: string; error?: Text; source?: { kind: 'page'; label: string } | { kind: 'saisie' }; onInput: (text: string) => void;
}) {
  const id = `pf-${field.id.replace(/\./g, '-')}`;
  const described = [error ? `${id}-err` : '', source ? `${id}-src` : ''].filter(Boolean).join(' ') || undefined;
  const common = { id, 'aria-invalid': error ? ('true' as const) : undefined, 'aria-describedby': described, class: 'pf-input' };
  let control;
  if (field.input === 'choice' || field.input === 'yesno') {
    const choices = field.input === 'yesno' ? [['true', t('pfYes')], ['false', t('pfNo')]] as const : (field.choices ?? []).map(([v, label]) => [v, tx(label)] as const);
    control = (
      <select {...common} value={text} onChange={(e) => onInput(e.currentTarget.value)}>
        <option value="">—</option>
        {choices.map(([v, label]) => <option key={v} value={v}>{label}</option>)}
      </select>
    );
  } else {
    control = (
      <input {...common} type={field.input === 'email' ? 'email' : field.input === 'tel' ? 'tel' : 'text'} value={text}
        placeholder={field.input === 'date' ? t('pfDatePlaceholder') : undefined} onInput={(e) => onInput(e.currentTarget.value)} />
    );
  }
  return (
    <div class="pf-field">
      <label for={id}>{fieldLabel(field.id)}</label>
      {control}
      {source && <span id={`${id}-src`} class="pf-source">{source.kind === 'page' ? t('pfSourcePage', source.label) : t('pfSourceTyped')}</span>}
      {error && <span id={`${id}-err`} class="pf-error" data-testid="pf-field-error">{tx(error)}</span>}
    </div>
  );
}
