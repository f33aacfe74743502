import type { ItemValue } from '../../clinical/intake';
import { t } from '../../i18n/ui-language';
import { focusNextItem } from './next-item';

// Allergies, treatments, history: checked today with the patient, unchanged or changed, with free
// text. What the record page lists (read on demand) is proposed, and what the previous intake
// said is shown: when nothing changed, « Vérifié, inchangé » is one key and takes the list.
export function ReviewField({ id, value, previous, proposal, onChange }: {
  id: string;
  value: ItemValue | undefined;
  previous?: ItemValue;
  /** The record page's list for this topic, as one line. */
  proposal?: string;
  onChange: (v: ItemValue) => void;
}) {
  const v = value ?? {};
  const before = previous?.text?.trim();
  const known = proposal ?? before;
  const same = (e: { currentTarget: HTMLElement }) => {
    onChange({ ...v, review: 'inchange', text: v.text ?? known });
    focusNextItem(e.currentTarget);
  };
  const changed = (e: { currentTarget: HTMLElement }) => {
    onChange({ ...v, review: 'modifie', text: v.text ?? known });
    // At once, not on a timer: keys typed straight after would go to the button and be lost.
    e.currentTarget.closest('[data-item]')?.querySelector<HTMLInputElement>(`[data-testid="ik-review-text-${id}"]`)?.focus();
  };
  return (
    <>
      {proposal !== undefined && <p class="ik-derived" data-testid={`ik-review-page-${id}`}>{t('ikReviewOnPage', proposal)}</p>}
      <div class="ik-inline" role="group" aria-label={t('ikReviewPick')}>
        <button type="button" id={`ik-${id}`} class="pc-btn ik-small" aria-pressed={v.review === 'inchange'} data-value="" onClick={same} data-testid={`ik-review-${id}`}>{t('ikReviewSame')}</button>
        <button type="button" class="pc-btn ik-small" aria-pressed={v.review === 'modifie'} onClick={changed} data-testid={`ik-review-changed-${id}`}>{t('ikReviewChanged')}</button>
      </div>
      <input class="ik-text" data-secondary aria-label={t('ikReviewText')} placeholder={t('ikReviewText')} value={v.text ?? ''}
        onInput={(e) => {
          const text = e.currentTarget.value;
          // Typing something other than what was known is a change.
          onChange({ ...v, text, review: text.trim() === (known ?? '').trim() ? v.review : 'modifie' });
        }} data-testid={`ik-review-text-${id}`} />
      {previous && (
        <p class="ik-derived" data-testid={`ik-review-prev-${id}`}>
          {before ? t('ikReviewBefore', before) : t('ikReviewBeforeNone')}
          {v.text !== undefined && v.text.trim() !== (before ?? '') && <strong> {t('ikReviewDiffers')}</strong>}
        </p>
      )}
    </>
  );
}
