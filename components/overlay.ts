import type { Launcher as LauncherStore, LauncherState } from './launcher-state';
import { t } from '../i18n/ui-language';
import { patientShort } from './PatientLabel';
import type { TabCommand } from '../messaging/commands';
import type { UiPrefs } from '../messaging/storage-keys';

// Root of the record-page overlay (content script, shadow root): the launcher, or the panel frame
// with its dock/collapse header. The frame is created on first opening and then kept, hidden when
// collapsed, so reopening is instant and a note being typed is never torn down.
// Plain DOM rather than Preact: this runs on every record page, where its size (the record script's
// budget) and its first render (on the way to naming the patient) count; it is a button and a frame.

export type { UiPrefs } from '../messaging/storage-keys';

export interface OverlayOptions {
  launcher: LauncherStore;
  prefs: UiPrefs;
  onPrefs: (p: UiPrefs) => void;
  /**
   * URL of the extension's panel page, shown in an iframe so that note text never enters the host
   * page. Resolves once the frame may load it (its mount secret registered with the background):
   * the launcher does not wait for it, the frame does.
   */
  panelUrl: Promise<string>;
  /** The keyboard shortcuts (browser commands) ask to open or close the panel, or to open it. */
  onCommand?: (handler: (command: TabCommand['command']) => void) => () => void;
  /** « Montrer le patient à Préconsult »: starts teaching this page (offered while no patient is identified). */
  onTeach?: () => void;
}

/** What the collapsed launcher says: who the patient is and where the notes stand. */
export function launcherStatus(s: LauncherState): { label: string; status: string; tone: 'ok' | 'muted' | 'warn' } {
  switch (s.view) {
    case 'none': return { label: t('noPatient'), status: '', tone: 'muted' };
    case 'conflict': return { label: t('identityCheck'), status: '', tone: 'warn' };
    case 'error': return { label: patientShort(s.patient), status: t('statusError'), tone: 'warn' };
    case 'loading': return { label: patientShort(s.patient), status: t('statusLoading'), tone: 'muted' };
    case 'locked': return { label: t('launcherLocked'), status: '', tone: 'muted' };
    case 'patient': {
      const n = s.noteCount;
      return { label: patientShort(s.patient), status: n === 0 ? t('noteCountZero') : n === 1 ? t('noteCountOne') : t('noteCountMany', n), tone: 'ok' };
    }
  }
}

function el<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, props: Record<string, string> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const e = doc.createElement(tag);
  for (const [k, v] of Object.entries(props)) e.setAttribute(k, v);
  e.append(...children);
  return e;
}

/** Draws the overlay into `container` and keeps it in step; returns the function that removes it. */
export function mountOverlay(container: HTMLElement, { launcher, prefs: initial, onPrefs, panelUrl, onCommand, onTeach }: OverlayOptions): () => void {
  const doc = container.ownerDocument;
  let prefs = initial;
  const root = el(doc, 'div');

  // The launcher: one click to open the panel.
  const label = el(doc, 'span', { class: 'pc-launcher-label', 'data-testid': 'pc-patient' });
  const status = el(doc, 'span', { class: 'pc-launcher-status', 'data-testid': 'pc-status' });
  const text = el(doc, 'span', { class: 'pc-launcher-text' }, label);
  const button = el(doc, 'button', { type: 'button', 'data-testid': 'pc-launcher' }, el(doc, 'span', { class: 'pc-logo', 'aria-hidden': 'true' }, 'P'), text);
  button.addEventListener('click', () => update({ expanded: true }));
  const launcherBox = el(doc, 'div', {}, button);
  // Nobody read, or in doubt: the user may show where the identity is, by their own click only.
  const teach = onTeach && el(doc, 'button', { type: 'button', class: 'pc-teach-start', 'data-testid': 'pc-teach-start' }, t('teachFromLauncher'));
  teach?.addEventListener('click', (e) => { if (e.isTrusted) onTeach!(); });
  const showState = (s: LauncherState) => {
    const v = launcherStatus(s);
    root.dataset.view = s.view;
    button.className = `pc-launcher pc-tone-${v.tone}`;
    button.setAttribute('aria-label', `${t('openPanel')} — ${v.label}${v.status ? ` — ${v.status}` : ''}`);
    label.textContent = v.label;
    status.textContent = v.status;
    if (v.status) text.append(status);
    else status.remove();
    if (teach && (s.view === 'none' || s.view === 'conflict')) launcherBox.append(teach);
    else teach?.remove();
  };

  // The panel: created on first opening, its frame once the panel page may be loaded.
  let panel: { section: HTMLElement; dock: HTMLButtonElement } | undefined;
  let frame: HTMLIFrameElement | undefined;
  let focusFrameOnLoad = false;
  let removed = false;
  const createPanel = () => {
    const dock = el(doc, 'button', { type: 'button', class: 'pc-icon' });
    dock.addEventListener('click', () => update({ dock: prefs.dock === 'right' ? 'left' : 'right' }));
    const collapse = el(doc, 'button', { type: 'button', class: 'pc-icon', 'aria-label': t('collapse'), title: t('collapse') }, '–');
    collapse.addEventListener('click', () => update({ expanded: false }));
    const header = el(doc, 'header', { class: 'pc-header' }, el(doc, 'h2', { class: 'pc-title' }, 'Préconsult'), dock, collapse);
    const section = el(doc, 'section', { class: 'pc-panel', 'aria-label': 'Préconsult', 'data-testid': 'pc-panel' }, header);
    root.append(section);
    panel = { section, dock };
    void panelUrl.then((src) => {
      if (removed) return;
      frame = el(doc, 'iframe', { class: 'pc-frame', src, title: t('panelTitle'), 'data-testid': 'pc-frame' });
      section.append(frame);
      if (focusFrameOnLoad && prefs.expanded) frame.focus();
    });
  };

  const draw = () => {
    root.className = `pc-root pc-dock-${prefs.dock}`;
    if (prefs.expanded) launcherBox.remove();
    else root.prepend(launcherBox);
    if (prefs.expanded && !panel) createPanel();
    if (panel) {
      panel.section.hidden = !prefs.expanded;
      const to = prefs.dock === 'right' ? t('dockLeft') : t('dockRight');
      panel.dock.setAttribute('aria-label', to);
      panel.dock.title = to;
      panel.dock.textContent = prefs.dock === 'right' ? '⇤' : '⇥';
    }
  };
  const update = (p: Partial<UiPrefs>) => {
    prefs = { ...prefs, ...p };
    draw();
    onPrefs(prefs);
  };
  // Opened from the keyboard: focus goes into the panel; closed: back to the launcher.
  const focus = (to: 'frame' | 'launcher') => {
    focusFrameOnLoad = to === 'frame' && !frame;
    if (to === 'frame') frame?.focus();
    else button.focus();
  };

  showState(launcher.get());
  draw();
  container.append(root);
  const unsubscribe = launcher.subscribe(showState);
  const stopCommands = onCommand?.((command) => {
    const expanded = command === 'collapse-panel' ? false : command === 'open-panel' || !prefs.expanded;
    // Already open: the focus goes into the panel now, before the panel moves it inside.
    if (!(expanded && prefs.expanded)) update({ expanded });
    focus(expanded ? 'frame' : 'launcher');
  });
  return () => {
    removed = true;
    unsubscribe();
    stopCommands?.();
    root.remove();
  };
}
