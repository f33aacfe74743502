import { PROFILE_FIELD_KEYS, type FillValues, type ProfileFieldKey } from '../../clinical/admin/field-keys';
import { t } from '../../i18n/ui-language';
import { fieldName, rowConfidence, shownValue, type PreviewRow } from './fill-flow';
import { fitText, keyLabel } from './FillSection';

// The review of a fill, web page or PDF form alike: each field with the data proposed (changeable),
// the confidence, the value it will receive and, flagged, what does not fit.
interface Props {
  rows: readonly PreviewRow[];
  values: FillValues;
  onUpdate: (index: number, patch: Partial<PreviewRow>) => void;
}

export function PreviewTable({ rows, values, onUpdate }: Props) {
  return (
    <section aria-label={t('pfPreviewTitle')}>
      <table class="pf-table" data-testid="pf-preview">
        <caption>{t('pfPreviewTitle')}</caption>
        <thead><tr><th scope="col">{t('pfColFill')}</th><th scope="col">{t('pfColField')}</th><th scope="col">{t('pfColValue')}</th></tr></thead>
        <tbody>
          {rows.map((r) => {
            const name = fieldName(r.descriptor);
            const value = shownValue(r, values);
            const warnings = fitText(r);
            return (
              <tr key={r.index} data-testid="pf-row" class={r.fit?.loses ? 'pf-row-warn' : undefined}>
                <td>
                  <input type="checkbox" checked={r.include} disabled={!r.key || !r.fit || r.fit.text === ''} aria-label={t('pfFillThis', name)}
                    onChange={(e) => onUpdate(r.index, { include: e.currentTarget.checked })} />
                </td>
                <td>
                  <span class="pf-field-name">{name}</span>
                  <select class="pf-input" aria-label={t('pfMapTo', name)} value={r.key ?? ''}
                    onChange={(e) => {
                      const key = (e.currentTarget.value || null) as ProfileFieldKey | null;
                      onUpdate(r.index, { key, include: key !== null });
                    }}>
                    <option value="">{t('pfNoKey')}</option>
                    {PROFILE_FIELD_KEYS.map((k) => <option key={k} value={k}>{keyLabel(k)}</option>)}
                  </select>
                  <span class="pf-source" title={r.evidence}>
                    {r.remembered ? t('pfRemembered') : r.key ? t('pfConfidence', Math.round(rowConfidence(r) * 100)) : ''}
                  </span>
                </td>
                <td class="pf-value">
                  {r.key ? value ?? t('pfNoValue') : ''}
                  {warnings.map((w) => <span key={w} class={r.fit?.loses ? 'pf-error pf-block' : 'pf-source pf-block'} data-testid="pf-fit-note">{w}</span>)}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
