import { useEffect, useState } from 'preact/hooks';
import type { Workspace, WorkspaceState } from './workspace';

export function useWorkspace(ws: Workspace): WorkspaceState {
  const [state, setState] = useState(ws.get());
  useEffect(() => {
    setState(ws.get());
    return ws.subscribe(setState);
  }, [ws]);
  return state;
}
