import { useLayoutEffect, useRef } from 'preact/hooks';
import type { TemplateItem } from '../../clinical/templates';
import type { IntakeComputation, ItemValue } from '../../clinical/intake';
import { t, tx, formatNumber } from '../../i18n/ui-language';
import { FlagList } from './Flags';

type Measure = Extract<TemplateItem, { kind: 'measure' }>;
const UNIT: Record<Measure['measure'], string> = {
  ta: 'mmHg', fc: '/min', poids: 'kg', taille: 'cm', 'tour-taille': 'cm', temperature: '°C', spo2: '%', glycemie: '', eva: '/10',
};

interface Props { item: Measure; value: ItemValue | undefined; calc: IntakeComputation; onChange: (v: ItemValue) => void; showBmi: boolean }

// One measure: the text as typed stays in the field whatever happens; an implausible value is
// refused (left out of flags, summary and export) with its message beside it.
export function MeasureField({ item, value, calc, onChange, showBmi }: Props) {
  const v = value ?? {};
  const id = `ik-${item.id}`;
  const errors = calc.vitals.errors[item.measure] ?? [];
  const flags = calc.vitals.flags[item.measure] ?? [];
  const errId = `${id}-err`;
  const invalid = errors.length > 0;
  const a = calc.vitals.assessment;
  // Keyboard flow: the reading just added takes the focus as soon as its field exists, in the
  // same commit (a timer could run after keys already typed, which then went to the button and
  // the rest of the number into the new field).
  const focusReading = useRef<number | null>(null);
  const sysFields = useRef<(HTMLInputElement | null)[]>([]);
  useLayoutEffect(() => {
    const i = focusReading.current;
    const field = i === null ? null : sysFields.current[i];
    if (!field) return;
    focusReading.current = null;
    field.focus();
  });
  let body;
  if (item.measure === 'ta') {
    const readings = v.readings?.length ? v.readings : [{ sys: '', dia: '' }];
    const setReading = (i: number, p: Partial<{ sys: string; dia: string }>) =>
      onChange({ ...v, readings: readings.map((r, j) => (j === i ? { ...r, ...p } : r)) });
    body = (
      <>
        {readings.map((r, i) => (
          <div class="ik-ta" key={i}>
            <input ref={(el) => { sysFields.current[i] = el; }} id={i === 0 ? id : undefined} class="ik-num" inputMode="decimal" aria-label={t('ikSystolic', String(i + 1))} aria-invalid={invalid} aria-describedby={invalid ? errId : undefined}
              value={r.sys} onInput={(e) => setReading(i, { sys: e.currentTarget.value })} data-testid={`ik-ta-sys-${i}`} />
            <span aria-hidden="true">/</span>
            <input class="ik-num" inputMode="decimal" aria-label={t('ikDiastolic', String(i + 1))} aria-invalid={invalid} aria-describedby={invalid ? errId : undefined}
              value={r.dia} onInput={(e) => setReading(i, { dia: e.currentTarget.value })} data-testid={`ik-ta-dia-${i}`} />
            <span class="ik-unit">mmHg</span>
          </div>
        ))}
        {/* The arm is the third value; a further reading is for Tab (Enter goes on to the next item). */}
        <div class="ik-inline">
          <select aria-label={t('ikArm')} data-testid="ik-ta-arm" value={v.arm ?? ''} onChange={(e) => onChange({ ...v, arm: (e.currentTarget.value || undefined) as ItemValue['arm'] })}>
            <option value="">{t('ikArm')}</option>
            <option value="droit">{t('ikArmRight')}</option>
            <option value="gauche">{t('ikArmLeft')}</option>
          </select>
          {readings.length < 6 && (
            <button type="button" class="pc-btn ik-small" onClick={() => {
              focusReading.current = readings.length;
              onChange({ ...v, readings: [...readings, { sys: '', dia: '' }] });
            }} data-testid="ik-ta-add">{t('ikAddReading')}</button>
          )}
        </div>
        {a.meanBloodPressure && (calc.vitals.entry.bloodPressure?.length ?? 0) > 1 && !invalid && (
          <p class="ik-derived" data-testid="ik-ta-mean">{t('ikMean', [String(a.meanBloodPressure.systolic), String(a.meanBloodPressure.diastolic), String(calc.vitals.entry.bloodPressure!.length)])}</p>
        )}
      </>
    );
  } else {
    const input = (
      <input id={id} class="ik-num" inputMode="decimal" value={v.text ?? ''} aria-invalid={invalid} aria-describedby={invalid ? errId : undefined}
        onInput={(e) => onChange({ ...v, text: e.currentTarget.value })} data-testid={`ik-in-${item.id}`} />
    );
    if (item.measure === 'glycemie') {
      const g = a.glycemia;
      body = (
        <>
          <div class="ik-inline">
            {input}
            <select data-secondary aria-label={t('ikGlyUnit')} value={v.unit ?? 'g/L'} onChange={(e) => onChange({ ...v, unit: e.currentTarget.value as 'g/L' | 'mmol/L' })}>
              <option value="g/L">g/L</option>
              <option value="mmol/L">mmol/L</option>
            </select>
            <select data-secondary aria-label={t('ikFasting')} value={v.fasting === undefined ? '' : v.fasting ? 'oui' : 'non'}
              onChange={(e) => { const x = e.currentTarget.value; onChange({ ...v, fasting: x === '' ? undefined : x === 'oui' }); }}>
              <option value="">{t('ikFasting')}</option>
              <option value="oui">{t('ikFastingYes')}</option>
              <option value="non">{t('ikFastingNo')}</option>
            </select>
          </div>
          {g && !invalid && <p class="ik-derived" data-testid="ik-gly-both">{`${formatNumber(g.gPerL)} g/L = ${formatNumber(g.mmolPerL, 1)} mmol/L`}</p>}
        </>
      );
    } else {
      body = <div class="ik-inline">{input}<span class="ik-unit">{UNIT[item.measure]}</span></div>;
    }
  }
  return (
    <>
      {body}
      {invalid && (
        <div id={errId} role="alert" class="ik-error" data-testid={`ik-err-${item.id}`}>
          {errors.map((m, i) => <p key={i}>{tx(m)}</p>)}
        </div>
      )}
      <FlagList flags={flags} testid={`ik-flags-${item.id}`} />
      {showBmi && a.bmi !== null && (
        <div class="ik-derived" data-testid="ik-bmi">
          {t('ikBmi', formatNumber(a.bmi, 1))}
          <FlagList flags={calc.vitals.flags.imc ?? []} testid="ik-flags-imc" />
        </div>
      )}
    </>
  );
}
