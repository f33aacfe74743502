import type { TemplateItem } from '../../clinical/templates';
import type { IntakeComputation, ItemValue, PreventionState } from '../../clinical/intake';
import { t } from '../../i18n/ui-language';
import { MeasureField } from './MeasureField';
import { ReviewField } from './ReviewField';
import { PreventionField } from './PreventionField';

export interface ItemFieldProps {
  item: TemplateItem;
  value: ItemValue | undefined;
  previous?: ItemValue;
  calc: IntakeComputation;
  prevention: PreventionState;
  needsSex: boolean;
  showBmi: boolean;
  onChange: (v: ItemValue) => void;
  onPrevention: (p: PreventionState) => void;
  asOf: string;
  readActs?: () => Promise<{ name: string; date: string }[]>;
  /** For a review item: the record page's list. */
  proposal?: string;
}

// The input(s) of one checklist item, by kind. The first control has id "ik-<item id>" so the
// item's label points at it.
export function ItemField(p: ItemFieldProps) {
  const { item, onChange } = p;
  const v = p.value ?? {};
  const id = `ik-${item.id}`;
  switch (item.kind) {
    case 'measure':
      return <MeasureField item={item} value={p.value} calc={p.calc} onChange={onChange} showBmi={p.showBmi} />;
    case 'review':
      return <ReviewField id={item.id} value={p.value} previous={p.previous} proposal={p.proposal} onChange={onChange} />;
    case 'prevention':
      return <PreventionField calc={p.calc} state={p.prevention} needsSex={p.needsSex} asOf={p.asOf} onChange={p.onPrevention} readActs={p.readActs} />;
    case 'question':
      if (item.answer === 'yesno') {
        return (
          <div class="ik-inline">
            <select id={id} value={v.yes === undefined ? '' : v.yes ? 'oui' : 'non'} data-testid={`ik-in-${item.id}`}
              onChange={(e) => { const x = e.currentTarget.value; onChange({ ...v, yes: x === '' ? undefined : x === 'oui' }); }}>
              <option value="">—</option>
              <option value="oui">{t('ikYes')}</option>
              <option value="non">{t('ikNo')}</option>
            </select>
            <input class="ik-text" data-secondary aria-label={t('ikDetail', item.label)} placeholder={t('ikDetailPh')} value={v.text ?? ''} onInput={(e) => onChange({ ...v, text: e.currentTarget.value })} />
          </div>
        );
      }
      return <input id={id} class="ik-text" value={v.text ?? ''} onInput={(e) => onChange({ ...v, text: e.currentTarget.value })} data-testid={`ik-in-${item.id}`} />;
    case 'document':
    case 'action':
      return (
        <div class="ik-inline">
          <label class="ik-check">
            <input id={id} type="checkbox" checked={v.yes === true} onChange={(e) => onChange({ ...v, yes: e.currentTarget.checked ? true : undefined })} data-testid={`ik-in-${item.id}`} />
            {t(item.kind === 'document' ? 'ikBrought' : 'ikDone')}
          </label>
          {item.kind === 'document' && (
            <input class="ik-text" data-secondary aria-label={t('ikDetail', item.label)} placeholder={t('ikDetailPh')} value={v.text ?? ''} onInput={(e) => onChange({ ...v, text: e.currentTarget.value })} />
          )}
        </div>
      );
  }
}
