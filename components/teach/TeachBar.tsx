import type { JSX } from 'preact';
import { formatDate, t } from '../../i18n/ui-language';
import { traitOf } from '../../sites/taught-adapter';
import type { TaughtField } from '../../sites/site-rule';
import { REQUIRED, SLOTS, type Pick } from './teach-session';

// The bar at the top of the record page while the user shows Préconsult where the identity is:
// what to click now, what each click gave (each trait a button, to show it again), the identity
// as this page will be read with the rule, and « Enregistrer » as soon as that reading is one
// patient. Only the user's own clicks count (`trusted`): a page's script cannot press these.

export interface TeachBarProps {
  picks: Partial<Record<TaughtField, Pick>>;
  waiting: TaughtField | null;
  split: { names: boolean; swappable: boolean } | null;
  /** What went wrong with the last click or save, said in full. */
  message?: string;
  /** The page read with the rule as it stands: the identity line, or why it reads no single patient. */
  preview: { ok: boolean; text: string } | null;
  trusted: (e: Event) => boolean;
  onChoose(slot: TaughtField): void;
  onSwap(): void;
  onUnsplit(): void;
  onSave(): void;
  onCancel(): void;
}

/** The trait as the rule reads it from what was clicked. */
function shown(slot: TaughtField, p: Pick): string {
  if (slot === 'noteField') return t('teachNoteFieldSet');
  const v = traitOf(slot, p.loc, p.text) ?? p.text;
  if (slot === 'birthDate' && /^\d{4}-\d{2}-\d{2}$/.test(v)) return formatDate(v);
  if (slot === 'sex' && (v === 'F' || v === 'M')) return t(`patientSex_${v}`);
  return v;
}

export function TeachBar(p: TeachBarProps) {
  const mine = (f: () => void) => (e: JSX.TargetedMouseEvent<HTMLButtonElement>) => { if (p.trusted(e)) f(); };
  const required = (s: TaughtField) => (REQUIRED as readonly TaughtField[]).includes(s);
  return (
    <div class="bar" role="dialog" aria-label={t('teachTitle')}>
      <p class="ask" aria-live="polite" data-testid="teach-text">
        {p.waiting ? t(`teachPick_${p.waiting}`) : t('teachAllShown')}
        {p.message && <strong class="problem" role="alert"> {p.message}</strong>}
      </p>
      <ul class="slots" aria-label={t('teachSlots')}>
        {SLOTS.map((s) => {
          const pick = p.picks[s];
          return (
            <li key={s}>
              <button type="button" class={`slot${pick ? ' done' : ''}${required(s) ? '' : ' optional'}`} aria-pressed={p.waiting === s} data-slot={s} onClick={mine(() => p.onChoose(s))}>
                {pick ? t('teachSlotValue', [t(`teachSlot_${s}`), shown(s, pick)]) : t(required(s) ? 'teachSlotToShow' : 'teachSlotOptional', t(`teachSlot_${s}`))}
              </button>
            </li>
          );
        })}
      </ul>
      {p.split && (
        <p class="split">
          {t(p.split.names ? 'teachSplitNames' : 'teachSplitDate')}
          {p.split.swappable && <button type="button" onClick={mine(p.onSwap)}>{t('teachSwap')}</button>}
          <button type="button" onClick={mine(p.onUnsplit)}>{t('teachUnsplit')}</button>
        </p>
      )}
      {p.preview && <p class={`preview${p.preview.ok ? '' : ' refused'}`} data-testid="teach-preview">{p.preview.text}</p>}
      <p class="actions">
        {p.preview && <button type="button" class="save" disabled={!p.preview.ok} onClick={mine(p.onSave)}>{t('teachSave')}</button>}
        <button type="button" onClick={mine(p.onCancel)}>{t('teachCancel')}</button>
      </p>
    </div>
  );
}
