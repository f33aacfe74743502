import { t } from '../../i18n/ui-language';
import { send } from '../../messaging/client';
import { anchorFor } from '../../sites/anchor';
import { readValue } from '../../sites/locate';
import { sitePattern } from '../../sites/match-pattern';
import type { Locator, SiteRule, TaughtField } from '../../sites/site-rule';
import css from './teach.css?inline';

// "Apprendre cette page": injected on demand by the panel. The user clicks, in turn, the birth
// name, the first names, the birth date and (optionally) the record id; Préconsult shows what it
// will read, and saves the rule on confirmation. Échap cancels at any time; nothing is kept.
const STEPS: { field: TaughtField; optional: boolean }[] = [
  { field: 'birthName', optional: false },
  { field: 'firstNames', optional: false },
  { field: 'birthDate', optional: false },
  { field: 'recordId', optional: true },
  { field: 'noteField', optional: true },
];

export default defineContentScript({
  registration: 'runtime',
  main(ctx) {
    const w = window as unknown as { __preconsultTeach?: boolean };
    if (w.__preconsultTeach) return;
    w.__preconsultTeach = true;

    const overlay = document.querySelector<HTMLElement>('preconsult-overlay');
    overlay?.style.setProperty('display', 'none', 'important'); // out of the way while pointing
    const host = document.createElement('preconsult-teach');
    const shadow = host.attachShadow({ mode: 'open' });
    const style = document.createElement('style');
    style.textContent = css;
    const bar = document.createElement('div');
    bar.className = 'bar';
    bar.setAttribute('role', 'dialog');
    bar.setAttribute('aria-label', t('teachTitle'));
    const text = document.createElement('p');
    text.setAttribute('aria-live', 'polite');
    text.dataset.testid = 'teach-text';
    const buttons = document.createElement('div');
    const box = document.createElement('div');
    box.className = 'box';
    bar.append(text, buttons);
    shadow.append(style, bar, box);
    document.documentElement.append(host);

    const fields: Partial<Record<TaughtField, Locator>> = {};
    const values: Partial<Record<TaughtField, string>> = {};
    let step = 0;
    let done = false;

    const button = (label: string, onClick: () => void) => {
      const b = document.createElement('button');
      b.type = 'button';
      b.textContent = label;
      // Only the user's own clicks: a page's script cannot press these buttons for them.
      b.addEventListener('click', (e) => { if (e.isTrusted) onClick(); });
      return b;
    };
    const end = () => {
      done = true;
      host.remove();
      overlay?.style.removeProperty('display');
      w.__preconsultTeach = false;
    };
    const render = (message?: string) => {
      buttons.replaceChildren();
      if (step < STEPS.length) {
        const s = STEPS[step]!;
        text.textContent = `${t('teachStep', [String(step + 1), String(STEPS.length)])} ${t(`teachPick_${s.field}`)}${message ? ` — ${message}` : ''}`;
        if (s.optional) buttons.append(button(t('teachSkip'), () => { step++; render(); }));
      } else {
        text.textContent = `${t('teachSummary', [values.birthName ?? '', values.firstNames ?? '', values.birthDate ?? '', values.recordId ?? '—'])} ${fields.noteField ? t('teachNoteFieldSet') : t('teachNoteFieldNone')}`;
        buttons.append(button(t('teachSave'), () => void save()), button(t('teachRestart'), () => { step = 0; render(); }));
      }
      buttons.append(button(t('teachCancel'), end));
    };
    const save = async () => {
      const pattern = sitePattern(location.href);
      if (!pattern || !fields.birthName || !fields.firstNames || !fields.birthDate) return;
      const rule: SiteRule = {
        id: crypto.randomUUID(), pattern, createdAt: Date.now(),
        fields: {
          birthName: fields.birthName, firstNames: fields.firstNames, birthDate: fields.birthDate,
          ...(fields.recordId ? { recordId: fields.recordId } : {}),
          ...(fields.noteField ? { noteField: fields.noteField } : {}),
        },
      };
      try {
        await send({ type: 'siteRules.save', rule });
        end();
      } catch (e) {
        render(e instanceof Error ? e.message : String(e));
      }
    };

    const inOurUi = (e: Event) => e.composedPath().includes(host);
    const onMove = (e: MouseEvent) => {
      if (done || inOurUi(e) || step >= STEPS.length) return;
      const r = (e.target as Element).getBoundingClientRect();
      Object.assign(box.style, { top: `${r.top}px`, left: `${r.left}px`, width: `${r.width}px`, height: `${r.height}px`, display: 'block' });
    };
    const onClick = (e: MouseEvent) => {
      // A click the page's script made up (element.click(), dispatchEvent) does not teach anything.
      if (!e.isTrusted || done || inOurUi(e) || step >= STEPS.length) return;
      e.preventDefault();
      e.stopPropagation();
      const el = e.target as Element;
      const loc = anchorFor(el);
      if (!loc) return render(t('teachNoAnchor'));
      const s = STEPS[step]!;
      fields[s.field] = loc;
      values[s.field] = readValue(el);
      step++;
      render();
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') end();
    };
    ctx.addEventListener(document, 'mousemove', onMove, { capture: true });
    ctx.addEventListener(document, 'click', onClick, { capture: true });
    ctx.addEventListener(document, 'keydown', onKey, { capture: true });
    ctx.onInvalidated(end);
    render();
  },
});
