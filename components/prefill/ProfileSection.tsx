import { PROFILE_FIELDS, getSourced, type ProfileField } from '../../clinical/admin/profile-fields';
import { missingParts } from '../../clinical/admin/missing-parts';
import { t, tx } from '../../i18n/ui-language';
import type { Text } from '../../clinical/message';
import type { PageReader } from './page-reader';
import type { ProfileEditor } from './profile-editor';
import { useStore } from '../use-store';

// The patient's administrative file: every field with where its value came from, French
// validation messages, autosave; what the record page showed (taken into empty fields at once,
// values that differ from the file offered to accept or ignore), and the parts still missing.

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
  editor: ProfileEditor;
  reader: PageReader | null;
}

/** The usual parts still empty in the file, with where they usually are and a button to read them. */
export function MissingParts({ editor, reader }: Props) {
  const s = useStore(editor);
  const missing = s.loaded ? missingParts(s.profile) : [];
  if (missing.length === 0) return null;
  return (
    <div class="pc-warning pf-file-missing" role="status" data-testid="pf-file-missing">
      <p>{t('pfMissing', missing.map((part) => t(`pfPart_${part}`)).join(', '))}</p>
      <p>{t('pfMissingWhere')}</p>
      {reader && <button type="button" class="pc-btn" onClick={() => void reader.read()}>{t('pfCapture')}</button>}
    </div>
  );
}

/** What the last reading of the page did. */
export function ReadStatusLine({ reader }: { reader: PageReader | null }) {
  const status = useStore(reader ?? NO_READER);
  if (!status) return null;
  if (status.kind === 'otherPatient') {
    return (
      <div class="pf-error" role="alert">
        <p data-testid="pf-read-status">{t('pfReadOtherPatient')}</p>
        {reader && <button type="button" class="pc-btn" onClick={() => void reader.read()}>{t('pfCapture')}</button>}
      </div>
    );
  }
  if (status.kind === 'error') return <p class="pf-error" role="alert" data-testid="pf-read-status">{t('pfPageError', status.message)}</p>;
  const parts = [
    status.found === 0 ? t('pfReadNone') : plural('pfReadAdded', status.added.length, status.added.map(fieldLabel).join(', ')),
    status.differing.length ? plural('pfReadDiffering', status.differing.length) : '',
  ].filter(Boolean);
  return <p class="pc-info" role="status" data-testid="pf-read-status">{parts.join(' ')}</p>;
}

const NO_READER = { get: () => null, subscribe: () => () => undefined };

/** « 1 valeur ajoutée » / « 3 valeurs ajoutées »: the catalogue's _one / _other forms. */
function plural(key: string, n: number, ...subs: (string | number)[]): string {
  return t(`${key}_${n === 1 ? 'one' : 'other'}`, [n, ...subs]);
}

export function ProfileSection({ editor, reader }: Props) {
  const s = useStore(editor);
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
        <button type="button" class="pc-btn" disabled={!reader} onClick={() => void reader?.read()}>{t('pfCapture')}</button>
        <span role="status" aria-live="polite" class="pc-save" data-testid="pf-save">
          {s.save === 'error' ? `${t('statusSaveError')}${s.saveError ? ` (${s.saveError})` : ''}` : s.blocked ? t('pfNotSaved') : saveKey[s.save] ? t(saveKey[s.save]) : ''}
        </span>
      </div>
      <ReadStatusLine reader={reader} />
      <MissingParts editor={editor} reader={reader} />
      {s.candidates.length > 0 && (
        <section class="pf-candidates" aria-label={t('pfCandidates')} data-testid="pf-candidates">
          <h3 class="pc-h3">{t('pfCandidates')}</h3>
          <div class="pc-row">
            <button type="button" class="pc-btn" disabled={acceptable.length === 0} onClick={() => { editor.accept(acceptable.map((c) => c.fieldId)); }}>{t('pfAcceptAll')}</button>
            <button type="button" class="pc-btn" onClick={() => { editor.dismissCandidates(); }}>{t('pfDismiss')}</button>
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
