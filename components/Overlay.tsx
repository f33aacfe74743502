import { useEffect, useRef, useState } from 'preact/hooks';
import type { Launcher as LauncherStore, LauncherState } from './launcher-state';
import { Launcher } from './Launcher';
import { t } from '../i18n/ui-language';
import type { TabCommand } from '../messaging/commands';
import type { UiPrefs } from '../messaging/storage-keys';


interface Props {
  launcher: LauncherStore;
  prefs: UiPrefs;
  onPrefs: (p: UiPrefs) => void;
  /** URL of the extension's panel page, shown in an iframe so that note text never enters the host page. */
  panelUrl: string;
  /** The keyboard shortcuts (browser commands) ask to open or close the panel, or to open it. */
  onCommand?: (handler: (command: TabCommand['command']) => void) => () => void;
}

// Root of the record-page overlay (content script, shadow root): the launcher, or the panel frame
// with its dock/collapse header. The frame is created on first opening and then kept, hidden when
// collapsed, so reopening is instant and a note being typed is never torn down.
export function Overlay({ launcher, prefs: initial, onPrefs, panelUrl, onCommand }: Props) {
  const [state, setState] = useState<LauncherState>(launcher.get());
  useEffect(() => {
    setState(launcher.get()); // a reading may have arrived before this effect ran
    return launcher.subscribe(setState);
  }, [launcher]);
  const [prefs, setPrefs] = useState(initial);
  const [frameCreated, setFrameCreated] = useState(initial.expanded);
  const frame = useRef<HTMLIFrameElement>(null);
  const launcherButton = useRef<HTMLDivElement>(null);
  // The latest prefs, also for the command handler registered once below.
  const current = useRef(prefs);
  current.current = prefs;
  const update = (p: Partial<UiPrefs>) => {
    const next = { ...current.current, ...p };
    current.current = next;
    if (next.expanded) setFrameCreated(true);
    setPrefs(next);
    onPrefs(next);
  };
  // Opened from the keyboard: focus goes into the panel; closed: back to the launcher. Each request
  // counts (`n`), so that a second "open" moves the focus back into an already open panel.
  const [focusTarget, setFocusTarget] = useState<{ to: 'frame' | 'launcher'; n: number } | null>(null);
  useEffect(() => {
    if (focusTarget?.to === 'frame') frame.current?.focus();
    if (focusTarget?.to === 'launcher') launcherButton.current?.querySelector('button')?.focus();
  }, [focusTarget, prefs.expanded]);
  useEffect(
    () => onCommand?.((command) => {
      const cur = current.current;
      const expanded = command === 'collapse-panel' ? false : command === 'open-panel' || !cur.expanded;
      // Already open: the focus goes into the panel now, before the panel moves it inside.
      if (expanded && cur.expanded) frame.current?.focus();
      else update({ expanded });
      setFocusTarget((f) => ({ to: expanded ? 'frame' : 'launcher', n: (f?.n ?? 0) + 1 }));
    }),
    [onCommand],
  );
  return (
    <div class={`pc-root pc-dock-${prefs.dock}`} data-view={state.view}>
      {!prefs.expanded && <div ref={launcherButton}><Launcher state={state} onOpen={() => update({ expanded: true })} /></div>}
      {frameCreated && (
        <section class="pc-panel" hidden={!prefs.expanded} aria-label="Préconsult" data-testid="pc-panel">
          <header class="pc-header">
            <h2 class="pc-title">Préconsult</h2>
            <button type="button" class="pc-icon" onClick={() => update({ dock: prefs.dock === 'right' ? 'left' : 'right' })} aria-label={prefs.dock === 'right' ? t('dockLeft') : t('dockRight')} title={prefs.dock === 'right' ? t('dockLeft') : t('dockRight')}>
              {prefs.dock === 'right' ? '⇤' : '⇥'}
            </button>
            <button type="button" class="pc-icon" onClick={() => update({ expanded: false })} aria-label={t('collapse')} title={t('collapse')}>–</button>
          </header>
          <iframe ref={frame} class="pc-frame" src={panelUrl} title={t('panelTitle')} data-testid="pc-frame" />
        </section>
      )}
    </div>
  );
}
