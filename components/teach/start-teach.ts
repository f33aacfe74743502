import { h, render } from 'preact';
import { t } from '../../i18n/ui-language';
import { patientLine } from '../PatientLabel';
import { send as sendRequest } from '../../messaging/client';
import { SiteRuleSchema, type SiteRule } from '../../sites/site-rule';
import { createTeachSession } from './teach-session';
import { TeachBar } from './TeachBar';
import css from './teach.css?inline';

// "Apprendre cette page", on the record page itself (injected on demand from the launcher or the
// panel). The user clicks the name, the birth date (and what one click did not give); the rule is
// tried on the page and its reading shown; « Enregistrer » (or Entrée) saves it, Échap cancels at
// any time and nothing is kept. Only trusted events count: the page's scripts cannot pick, save
// or cancel for the user.

export interface TeachOptions {
  doc?: Document;
  /** Whether an event was made by the user (tests of the page's side stand in for the browser here). */
  trusted?: (e: Event) => boolean;
  save?: (rule: SiteRule) => Promise<unknown>;
  /** Called when the bar closes (saved or cancelled). */
  onEnd?: () => void;
}

const MARK = '__preconsultTeach';

/** Starts teaching on the page; returns the function that ends it. Starting twice keeps the first. */
export function startTeach({ doc = document, trusted = (e) => e.isTrusted, save = (rule) => sendRequest({ type: 'siteRules.save', rule }), onEnd }: TeachOptions = {}): () => void {
  const win = doc.defaultView as unknown as Record<string, (() => void) | undefined>;
  if (win[MARK]) return win[MARK]!;
  const stop = new AbortController();
  const overlay = doc.querySelector<HTMLElement>('preconsult-overlay');
  overlay?.style.setProperty('display', 'none', 'important'); // out of the way while pointing
  const host = doc.createElement('preconsult-teach');
  const shadow = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = css;
  const root = doc.createElement('div');
  const box = doc.createElement('div');
  box.className = 'box';
  shadow.append(style, root, box);
  doc.documentElement.append(host);

  const session = createTeachSession(doc, doc.location.href);
  let message: string | undefined;
  let saving = false;
  const missing = (f: string) => t('teachCheckMissing', t(`field_${f}`));
  const preview = () => {
    const d = session.ready ? session.check(missing, t('teachCheckSeveral')) : null;
    if (!d) return null;
    return d.kind === 'patient' ? { ok: true, text: t('teachPreview', patientLine(d.patient)) } : { ok: false, text: d.reason };
  };

  const end = () => {
    if (stop.signal.aborted) return;
    stop.abort();
    render(null, root);
    host.remove();
    overlay?.style.removeProperty('display');
    win[MARK] = undefined;
    onEnd?.();
  };
  const doSave = async () => {
    const p = preview();
    const rule = session.rule();
    if (saving || !p || !rule) return;
    // A rule that reads nothing here, or several patients, is refused before it is saved.
    if (!p.ok) return draw(p.text);
    const valid = SiteRuleSchema.safeParse(rule);
    if (!valid.success) return draw(t('teachInvalid', valid.error.issues[0]?.message ?? ''));
    saving = true;
    try {
      await save(valid.data);
      end();
    } catch (e) {
      saving = false;
      draw(e instanceof Error ? e.message : String(e));
    }
  };
  const change = (f: () => void) => () => { f(); draw(); };
  function draw(problem?: string) {
    message = problem;
    if (stop.signal.aborted) return;
    render(h(TeachBar, {
      picks: session.picks, waiting: session.waiting, split: session.split, message, preview: preview(), trusted,
      onChoose: (s) => { session.choose(s); draw(); },
      onSwap: change(() => session.swap()),
      onUnsplit: change(() => session.unsplit()),
      onSave: () => void doSave(),
      onCancel: end,
    }), root);
  }

  const inOurUi = (e: Event) => e.composedPath().includes(host);
  const target = (e: Event) => e.composedPath()[0] as Element;
  const onMove = (e: MouseEvent) => {
    if (inOurUi(e) || !session.waiting) return;
    const el = target(e);
    const r = el.getBoundingClientRect?.();
    if (!r) return;
    // An element in a frame: its box is relative to the frame's viewport.
    const f = el.ownerDocument === doc ? null : el.ownerDocument.defaultView?.frameElement?.getBoundingClientRect();
    Object.assign(box.style, { top: `${r.top + (f?.top ?? 0)}px`, left: `${r.left + (f?.left ?? 0)}px`, width: `${r.width}px`, height: `${r.height}px`, display: 'block' });
  };
  const onClick = (e: MouseEvent) => {
    // A click the page's script made up (element.click(), dispatchEvent) does not teach anything.
    if (!trusted(e) || inOurUi(e)) return;
    e.preventDefault();
    e.stopImmediatePropagation();
    const problem = session.pick(target(e));
    draw(problem ? t(problem) : undefined);
  };
  const onKey = (e: KeyboardEvent) => {
    if (!trusted(e)) return;
    if (e.key === 'Escape') {
      e.preventDefault();
      end();
    } else if (e.key === 'Enter' && session.ready && !(inOurUi(e) && target(e).localName === 'button')) {
      // Entrée saves (a button of the bar that has the focus does its own job).
      e.preventDefault();
      e.stopImmediatePropagation();
      void doSave();
    }
  };
  // The page and its same-origin frames (a record software may show the identity in a frame).
  const docs = [doc];
  for (const f of doc.querySelectorAll('iframe, frame')) {
    try {
      const d = (f as HTMLIFrameElement).contentDocument;
      if (d) docs.push(d);
    } catch {
      // another origin's frame: out of reach, as for the record page's reader
    }
  }
  for (const d of docs) {
    const o = { capture: true, signal: stop.signal };
    d.addEventListener('mousemove', onMove as EventListener, o);
    d.addEventListener('click', onClick as EventListener, o);
    d.addEventListener('keydown', onKey as EventListener, o);
  }
  win[MARK] = end;
  draw();
  return end;
}
