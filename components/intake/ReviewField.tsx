import type { ItemValue } from '../../clinical/intake';
import { t } from '../i18n';

// Allergies, treatments, history: checked today, unchanged or changed, with free text and what
// the previous intake said.
export function ReviewField({ id, value, previous, onChange }: { id: string; value: ItemValue | undefined; previous?: ItemValue; onChange: (v: ItemValue) => void }) {
  const v = value ?? {};
  const before = previous?.text?.trim();
  return (
    <>
      <div class="ik-inline">
        <select id={`ik-${id}`} value={v.review ?? ''} onChange={(e) => onChange({ ...v, review: (e.currentTarget.value || undefined) as ItemValue['review'] })} data-testid={`ik-review-${id}`}>
          <option value="">{t('ikReviewPick')}</option>
          <option value="inchange">{t('ikReviewSame')}</option>
          <option value="modifie">{t('ikReviewChanged')}</option>
        </select>
      </div>
      <input class="ik-text" aria-label={t('ikReviewText')} placeholder={t('ikReviewText')} value={v.text ?? ''}
        onInput={(e) => onChange({ ...v, text: e.currentTarget.value })} data-testid={`ik-review-text-${id}`} />
      {previous && (
        <p class="ik-derived" data-testid={`ik-review-prev-${id}`}>
          {before ? t('ikReviewBefore', before) : t('ikReviewBeforeNone')}
          {v.text !== undefined && v.text.trim() !== (before ?? '') && <strong> {t('ikReviewDiffers')}</strong>}
        </p>
      )}
    </>
  );
}
