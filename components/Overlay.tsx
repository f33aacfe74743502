import { useState } from 'preact/hooks';
import type { Workspace } from './workspace';
import { useWorkspace } from './use-workspace';
import { Launcher } from './Launcher';
import { Panel, type Dock } from './Panel';

export interface UiPrefs {
  dock: Dock;
  expanded: boolean;
}

interface Props {
  ws: Workspace;
  prefs: UiPrefs;
  onPrefs: (p: UiPrefs) => void;
}

// Root of the record-page overlay: a launcher docked to one side, or the panel, never both.
export function Overlay({ ws, prefs: initial, onPrefs }: Props) {
  const state = useWorkspace(ws);
  const [prefs, setPrefs] = useState(initial);
  const update = (p: Partial<UiPrefs>) => {
    const next = { ...prefs, ...p };
    setPrefs(next);
    onPrefs(next);
  };
  return (
    <div class={`pc-root pc-dock-${prefs.dock}`} data-view={state.view}>
      {prefs.expanded ? (
        <Panel state={state} ws={ws} dock={prefs.dock} onDock={(dock) => update({ dock })} onClose={() => { void ws.flush(); update({ expanded: false }); }} />
      ) : (
        <Launcher state={state} onOpen={() => update({ expanded: true })} />
      )}
    </div>
  );
}
