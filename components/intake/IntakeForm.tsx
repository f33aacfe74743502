import { useEffect, useRef, useState } from 'preact/hooks';
import type { PatientContext } from '../../clinical/identity/patient-context';
import type { IntakeRecord } from '../../clinical/intake/records';
import { computeIntake, type ItemValue, type PreventionState, type Values } from '../../clinical/intake';
import { PEDIATRIC_NOTICE } from '../../clinical/vitals';
import { t } from '../../i18n/ui-language';
import { ItemField } from './ItemField';
import { FlagList } from './Flags';
import { VALUE_CONTROLS, firstControl, focusNextItem, focusVisibly, isEmptyControl, itemMarks, nextToDo } from './next-item';

interface Props {
  intake: IntakeRecord;
  patient: PatientContext;
  previous?: Values;
  onValue: (itemId: string, v: ItemValue) => void;
  onPrevention: (p: PreventionState) => void;
  onFinish: (missingCount: number) => void;
  onDiscard: () => void;
  readActs?: () => Promise<{ name: string; date: string }[]>;
  /** The record page's lists per review topic, as one line each. */
  proposals?: Partial<Record<string, string>>;
  /** A "next checklist item" request (keyboard shortcut) to carry out, then report done. */
  nextItem?: number;
  onNextItemDone?: () => void;
}

/**
 * Enter in a field goes where the next value goes: to the next value field when something was
 * entered, to the next item when nothing was (an item with nothing to enter costs one key).
 * Secondary controls (units, details, conditions, a further reading) and buttons are left to Tab;
 * buttons keep Enter for themselves.
 */
function enterMovesOn(e: KeyboardEvent): void {
  const el = e.target as HTMLElement;
  if (e.key !== 'Enter' || e.shiftKey || e.altKey || e.ctrlKey || e.metaKey || e.isComposing) return;
  if (el.tagName !== 'INPUT' && el.tagName !== 'SELECT') return;
  const form = e.currentTarget as HTMLElement;
  e.preventDefault();
  const empty = isEmptyControl(el);
  // Committing a typed date (prevention acts) relies on the change event of the field left.
  if (el.tagName === 'INPUT') el.dispatchEvent(new Event('change', { bubbles: true }));
  if (empty && el.closest('[data-item]')) return focusNextItem(el);
  const next = [...form.querySelectorAll<HTMLElement>(VALUE_CONTROLS)]
    .find((x) => !(x as HTMLInputElement).disabled && (el.compareDocumentPosition(x) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0);
  (next ?? form.querySelector<HTMLElement>('[data-testid="ik-finish"]'))?.focus();
}

// Item-by-item entry, keyboard first: every control is a native field in template order, Tab and
// Enter go forward, Shift+Tab back, and the "next checklist item" shortcut jumps to the next item
// still to do. Progress counts items answered.
export function IntakeForm({ intake, patient, previous, onValue, onPrevention, onFinish, onDiscard, readActs, proposals, nextItem, onNextItemDone }: Props) {
  const [confirm, setConfirm] = useState<'finish' | 'discard' | null>(null);
  const sex = patient.sex;
  const calc = computeIntake({ date: intake.date, template: intake.template, values: intake.values, prevention: intake.prevention, patient: { birthDate: patient.birthDate, sex }, finished: false, previous });
  const { items } = calc;
  const marks = itemMarks(calc, intake.values);
  const markOf = new Map(marks.map((m) => [m.id, m.mark]));
  // A refused value is still a value typed: progress counts it, the shortcut sends the user back to it.
  const done = marks.filter((m) => m.mark !== 'open').length;
  const errors = Object.keys(calc.vitals.errors).length;
  const lastBodyItem = [...items].reverse().find((i) => i.kind === 'measure' && (i.measure === 'taille' || i.measure === 'poids'));
  const root = useRef<HTMLDivElement>(null);
  const finishButton = useRef<HTMLButtonElement>(null);
  // Ready to type: the first item's field has the focus when the intake opens (unless a shortcut
  // opened it: that one says where the focus goes).
  useEffect(() => { if (!nextItem) root.current?.querySelector<HTMLElement>(`#ik-${items[0]?.id}`)?.focus(); }, [intake.id]);
  // "Next checklist item": from the item holding the focus (from the top if none), the next one
  // still to do; all done: the finish button, and a polite message saying so.
  const [announce, setAnnounce] = useState('');
  useEffect(() => { setAnnounce(''); }, [intake.values]);
  useEffect(() => {
    const form = root.current;
    if (!nextItem || !form) return;
    const from = (document.activeElement?.closest('[data-item]') as HTMLElement | null)?.dataset.item;
    const id = nextToDo(marks, form.contains(document.activeElement) ? from : null);
    const li = id ? form.querySelector<HTMLElement>(`[data-item="${id}"]`) : null;
    const target = li && id ? firstControl(li, id) : null;
    if (target) focusVisibly(target, li!);
    else {
      if (finishButton.current) focusVisibly(finishButton.current);
      // The same words twice in a row are not read again: alternate a trailing no-break space.
      setAnnounce((a) => (a === t('ikAllDone') ? `${t('ikAllDone')}\u00a0` : t('ikAllDone')));
    }
    onNextItemDone?.();
  }, [nextItem]);
  const finish = () => {
    if (errors) return setConfirm(null);
    if (calc.missing.length && confirm !== 'finish') return setConfirm('finish');
    onFinish(calc.missing.length);
  };
  return (
    <div class="ik-form" ref={root} onKeyDown={enterMovesOn} data-testid="ik-form">
      <div class="ik-progress" data-testid="ik-progress">
        <progress max={items.length} value={done} aria-label={t('ikProgress')} />
        <span>{t('ikProgressText', [String(done), String(items.length)])}</span>
      </div>
      {!calc.vitals.assessment.adultThresholdsApplied && <FlagList flags={[PEDIATRIC_NOTICE]} testid="ik-pediatric" />}
      <ol class="ik-items">
        {items.map((item) => {
          const mark = markOf.get(item.id);
          return (
            <li key={item.id} class={`ik-item${mark === 'refused' ? ' ik-refused' : mark === 'answered' ? ' ik-answered' : ''}`} data-item={item.id} data-testid={`ik-item-${item.id}`}>
              <label class="ik-label" for={`ik-${item.id}`}>
                {item.label}{item.required && <abbr title={t('ikRequired')}> *</abbr>}
              </label>
              <ItemField item={item} value={intake.values[item.id]} previous={previous?.[item.id]} calc={calc} prevention={intake.prevention}
                needsSex={!sex} showBmi={item === lastBodyItem} onChange={(v) => onValue(item.id, v)} onPrevention={onPrevention} asOf={intake.date} readActs={readActs}
                proposal={item.kind === 'review' ? proposals?.[item.topic] : undefined} />
            </li>
          );
        })}
      </ol>
      {errors > 0 && <p role="alert" class="ik-error">{t('ikFixErrorsFirst')}</p>}
      <p class="ik-ok" role="status" aria-live="polite" data-testid="ik-next-status">{announce}</p>
      {confirm === 'finish' && (
        <div class="pc-warning" role="alert" data-testid="ik-missing">
          {t('ikMissingConfirm', calc.missing.map((m) => m.label).join(', '))}
        </div>
      )}
      <div class="ik-inline ik-actions">
        <button ref={finishButton} type="button" class="pc-btn" disabled={errors > 0} onClick={finish} data-testid="ik-finish">
          {t(confirm === 'finish' ? 'ikFinishAnyway' : 'ikFinish')}
        </button>
        {confirm === 'discard' ? (
          <button type="button" class="pc-btn pc-danger" onClick={onDiscard} data-testid="ik-discard-confirm">{t('ikDiscardConfirm')}</button>
        ) : (
          <button type="button" class="pc-btn pc-danger" onClick={() => setConfirm('discard')}>{t('ikDiscard')}</button>
        )}
      </div>
    </div>
  );
}
