import { useEffect, useState } from 'preact/hooks';
import { ITEM_KINDS, MEASURE_ITEMS, REVIEW_TOPICS, SPECIALTIES, type Template, type TemplateItem } from '../../clinical/templates';
import type { Text } from '../../clinical/message';
import { t, tx } from '../../i18n/ui-language';

type Kind = (typeof ITEM_KINDS)[number];
/** Field errors keyed by their Zod path joined with dots ("items.3.label"). */
export type FieldErrors = ReadonlyMap<string, Text[]>;

const KIND_KEY: Record<Kind, string> = {
  question: 'opTplKindQuestion', measure: 'opTplKindMeasure', document: 'opTplKindDocument',
  action: 'opTplKindAction', review: 'opTplKindReview', prevention: 'opTplKindPrevention',
};

/** Catalogue key of a schema code: "tour-taille" → opTplMeasureTourTaille. */
const keyOf = (prefix: string, code: string) => prefix + code.split('-').map((w) => w[0]!.toUpperCase() + w.slice(1)).join('');

/** A new item of `kind` keeping the shared fields; the kind-specific field gets its first value. */
export function itemOfKind(kind: Kind, from: Pick<TemplateItem, 'id' | 'label' | 'required' | 'when'>): TemplateItem {
  const base = { id: from.id, label: from.label, required: from.required, ...(from.when ? { when: from.when } : {}) };
  switch (kind) {
    case 'question': return { ...base, kind, answer: 'text' };
    case 'measure': return { ...base, kind, measure: MEASURE_ITEMS[0] };
    case 'review': return { ...base, kind, topic: REVIEW_TOPICS[0] };
    default: return { ...base, kind };
  }
}

function freeId(items: readonly TemplateItem[]): string {
  const taken = new Set(items.map((i) => i.id));
  let n = items.length + 1;
  while (taken.has(`element-${n}`)) n++;
  return `element-${n}`;
}

function FieldError({ id, errors }: { id: string; errors: Text[] | undefined }) {
  if (!errors?.length) return null;
  return <p id={id} class="ik-error op-field-error" data-testid="op-field-error">{errors.map(tx).join(' ')}</p>;
}

/** Props for one labelled control: its id, and the error (if any) it is described by. */
function described(id: string, errors: FieldErrors, path: string) {
  const has = (errors.get(path)?.length ?? 0) > 0;
  return { id, 'aria-invalid': has ? ('true' as const) : undefined, 'aria-describedby': has ? `${id}-err` : undefined };
}

function ageOf(value: string): number | undefined {
  return value.trim() === '' ? undefined : Number(value);
}

// A practice's template as form fields: the template's name, id and specialty, then its items in
// order, each with the fields its kind has. Every change hands back a whole new template; the
// section validates it with the same Zod schema as the JSON and passes the errors back by path.
export function TemplateForm({ value, errors, onChange }: { value: Template; errors: FieldErrors; onChange: (next: Template) => void }) {
  const [newKind, setNewKind] = useState<Kind>('question');
  // A moved item keeps the keyboard focus on its own button at its new place (the other arrow
  // when it reached an end, that one being disabled), so it can be moved again at once.
  const [focusAfter, setFocusAfter] = useState<{ at: number; dir: 'up' | 'down' } | null>(null);
  useEffect(() => {
    if (!focusAfter) return;
    const own = document.getElementById(`op-item-${focusAfter.at}-${focusAfter.dir}`) as HTMLButtonElement | null;
    const other = document.getElementById(`op-item-${focusAfter.at}-${focusAfter.dir === 'up' ? 'down' : 'up'}`) as HTMLButtonElement | null;
    (own && !own.disabled ? own : other)?.focus();
    setFocusAfter(null);
  }, [focusAfter]);
  const items: TemplateItem[] = Array.isArray(value.items) ? value.items : [];
  const setItems = (next: TemplateItem[]) => onChange({ ...value, items: next });
  const setItem = (i: number, next: TemplateItem) => setItems(items.map((it, j) => (j === i ? next : it)));
  const move = (i: number, by: -1 | 1) => {
    const next = items.slice();
    [next[i], next[i + by]] = [next[i + by]!, next[i]!];
    setItems(next);
    setFocusAfter({ at: i + by, dir: by < 0 ? 'up' : 'down' });
  };
  const setWhen = (i: number, item: TemplateItem, patch: Partial<NonNullable<TemplateItem['when']>>) => {
    const when = { ...item.when, ...patch };
    for (const k of Object.keys(when) as (keyof typeof when)[]) if (when[k] === undefined) delete when[k];
    const { when: _old, ...rest } = item;
    setItem(i, Object.keys(when).length ? { ...rest, when } : (rest as TemplateItem));
  };

  return (
    <div class="op-form" data-testid="op-form">
      <div class="op-form-head">
        <div>
          <label class="pc-field-label" for="op-tpl-name">{t('opTplFieldName')}</label>
          <input class="pc-input" type="text" {...described('op-tpl-name', errors, 'name')} value={value.name} onInput={(e) => onChange({ ...value, name: e.currentTarget.value })} data-testid="op-tpl-name" />
          <FieldError id="op-tpl-name-err" errors={errors.get('name')} />
        </div>
        <div>
          <label class="pc-field-label" for="op-tpl-id">{t('opTplFieldId')}</label>
          <input class="pc-input" type="text" spellcheck={false} {...described('op-tpl-id', errors, 'id')} value={value.id} onInput={(e) => onChange({ ...value, id: e.currentTarget.value })} />
          <FieldError id="op-tpl-id-err" errors={errors.get('id')} />
        </div>
        <div>
          <label class="pc-field-label" for="op-tpl-specialty">{t('opTplFieldSpecialty')}</label>
          <select class="pc-input" {...described('op-tpl-specialty', errors, 'specialty')} value={value.specialty} onChange={(e) => onChange({ ...value, specialty: e.currentTarget.value as Template['specialty'] })}>
            {SPECIALTIES.map((s) => <option key={s} value={s}>{t(keyOf('opTplSpec', s))}</option>)}
          </select>
          <FieldError id="op-tpl-specialty-err" errors={errors.get('specialty')} />
        </div>
      </div>
      <FieldError id="op-tpl-items-err" errors={errors.get('items')} />
      <ol class="op-items" aria-label={t('opTplItemsLegend')}>
        {items.map((item, i) => {
          const p = `items.${i}`;
          const id = (f: string) => `op-item-${i}-${f}`;
          const n = String(i + 1);
          return (
            <li key={i} class="op-item" data-testid="op-item">
              <fieldset class="op-item-fields">
                <legend>{t('opTplItemLegend', [n, item.label || '…'])}</legend>
                <div>
                  <label class="pc-field-label" for={id('label')}>{t('opTplItemLabel')}</label>
                  <input class="pc-input" type="text" {...described(id('label'), errors, `${p}.label`)} value={item.label} onInput={(e) => setItem(i, { ...item, label: e.currentTarget.value })} data-testid="op-item-label" />
                  <FieldError id={`${id('label')}-err`} errors={errors.get(`${p}.label`)} />
                </div>
                <div>
                  <label class="pc-field-label" for={id('id')}>{t('opTplItemId')}</label>
                  <input class="pc-input" type="text" spellcheck={false} {...described(id('id'), errors, `${p}.id`)} value={item.id} onInput={(e) => setItem(i, { ...item, id: e.currentTarget.value })} data-testid="op-item-id" />
                  <FieldError id={`${id('id')}-err`} errors={errors.get(`${p}.id`)} />
                </div>
                <div>
                  <label class="pc-field-label" for={id('kind')}>{t('opTplItemKind')}</label>
                  <select class="pc-input" {...described(id('kind'), errors, `${p}.kind`)} value={item.kind} onChange={(e) => setItem(i, itemOfKind(e.currentTarget.value as Kind, item))} data-testid="op-item-kind">
                    {ITEM_KINDS.map((k) => <option key={k} value={k}>{t(KIND_KEY[k])}</option>)}
                  </select>
                  <FieldError id={`${id('kind')}-err`} errors={errors.get(`${p}.kind`)} />
                </div>
                {item.kind === 'question' && (
                  <div>
                    <label class="pc-field-label" for={id('answer')}>{t('opTplItemAnswer')}</label>
                    <select class="pc-input" {...described(id('answer'), errors, `${p}.answer`)} value={item.answer} onChange={(e) => setItem(i, { ...item, answer: e.currentTarget.value as 'text' | 'yesno' })}>
                      <option value="text">{t('opTplAnswerText')}</option>
                      <option value="yesno">{t('opTplAnswerYesno')}</option>
                    </select>
                    <FieldError id={`${id('answer')}-err`} errors={errors.get(`${p}.answer`)} />
                  </div>
                )}
                {item.kind === 'measure' && (
                  <div>
                    <label class="pc-field-label" for={id('measure')}>{t('opTplItemMeasure')}</label>
                    <select class="pc-input" {...described(id('measure'), errors, `${p}.measure`)} value={item.measure} onChange={(e) => setItem(i, { ...item, measure: e.currentTarget.value as typeof item.measure })}>
                      {MEASURE_ITEMS.map((m) => <option key={m} value={m}>{t(keyOf('opTplMeasure', m))}</option>)}
                    </select>
                    <FieldError id={`${id('measure')}-err`} errors={errors.get(`${p}.measure`)} />
                  </div>
                )}
                {item.kind === 'review' && (
                  <div>
                    <label class="pc-field-label" for={id('topic')}>{t('opTplItemTopic')}</label>
                    <select class="pc-input" {...described(id('topic'), errors, `${p}.topic`)} value={item.topic} onChange={(e) => setItem(i, { ...item, topic: e.currentTarget.value as typeof item.topic })}>
                      {REVIEW_TOPICS.map((m) => <option key={m} value={m}>{t(keyOf('opTplTopic', m))}</option>)}
                    </select>
                    <FieldError id={`${id('topic')}-err`} errors={errors.get(`${p}.topic`)} />
                  </div>
                )}
                <div class="op-check">
                  <input type="checkbox" {...described(id('required'), errors, `${p}.required`)} checked={item.required === true} onChange={(e) => setItem(i, { ...item, required: e.currentTarget.checked })} data-testid="op-item-required" />
                  <label for={id('required')}>{t('opTplItemRequired')}</label>
                  <FieldError id={`${id('required')}-err`} errors={errors.get(`${p}.required`)} />
                </div>
                <div>
                  <label class="pc-field-label" for={id('min')}>{t('opTplItemMinAge')}</label>
                  <input class="pc-input op-age" type="number" min={0} max={130} {...described(id('min'), errors, `${p}.when.minAge`)} value={item.when?.minAge ?? ''} onInput={(e) => setWhen(i, item, { minAge: ageOf(e.currentTarget.value) })} />
                  <FieldError id={`${id('min')}-err`} errors={errors.get(`${p}.when.minAge`)} />
                </div>
                <div>
                  <label class="pc-field-label" for={id('max')}>{t('opTplItemMaxAge')}</label>
                  <input class="pc-input op-age" type="number" min={0} max={130} {...described(id('max'), errors, `${p}.when.maxAge`)} value={item.when?.maxAge ?? ''} onInput={(e) => setWhen(i, item, { maxAge: ageOf(e.currentTarget.value) })} />
                  <FieldError id={`${id('max')}-err`} errors={errors.get(`${p}.when.maxAge`)} />
                </div>
                <div>
                  <label class="pc-field-label" for={id('sex')}>{t('opTplItemSex')}</label>
                  <select class="pc-input" {...described(id('sex'), errors, `${p}.when.sex`)} value={item.when?.sex ?? ''} onChange={(e) => setWhen(i, item, { sex: (e.currentTarget.value || undefined) as 'F' | 'M' | undefined })}>
                    <option value="">{t('opTplSexAny')}</option>
                    <option value="F">{t('opTplSexF')}</option>
                    <option value="M">{t('opTplSexM')}</option>
                  </select>
                  <FieldError id={`${id('sex')}-err`} errors={errors.get(`${p}.when.sex`)} />
                </div>
                <FieldError id={`${id('when')}-err`} errors={errors.get(`${p}.when`)} />
                <FieldError id={`${id('item')}-err`} errors={errors.get(p)} />
                <div class="op-actions">
                  <button type="button" class="pc-btn" id={id('up')} disabled={i === 0} aria-label={t('opTplMoveUp', n)} onClick={() => move(i, -1)} data-testid="op-item-up">↑</button>
                  <button type="button" class="pc-btn" id={id('down')} disabled={i === items.length - 1} aria-label={t('opTplMoveDown', n)} onClick={() => move(i, 1)} data-testid="op-item-down">↓</button>
                  <button type="button" class="pc-btn pc-danger" onClick={() => setItems(items.filter((_, j) => j !== i))} data-testid="op-item-remove">{t('opTplRemove', n)}</button>
                </div>
              </fieldset>
            </li>
          );
        })}
      </ol>
      <div class="ik-inline">
        <label class="pc-field-label" for="op-new-kind">{t('opTplNewKind')}</label>
        <select id="op-new-kind" class="pc-input" value={newKind} onChange={(e) => setNewKind(e.currentTarget.value as Kind)} data-testid="op-new-kind">
          {ITEM_KINDS.map((k) => <option key={k} value={k}>{t(KIND_KEY[k])}</option>)}
        </select>
        <button type="button" class="pc-btn" onClick={() => setItems([...items, itemOfKind(newKind, { id: freeId(items), label: '', required: false })])} data-testid="op-item-add">{t('opTplAdd')}</button>
      </div>
    </div>
  );
}
