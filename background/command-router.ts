import { NEXT_CHECKLIST_ITEM, TOGGLE_PANEL, type TabCommand, type WorkspaceCommand } from '../messaging/commands';

// The background's side of the keyboard shortcuts: which page acts on each command. Browser APIs
// are injected, so the routing is tested without a browser; background.ts wires the real ones.
export interface CommandRouterDeps {
  /** The active tab of the focused window, when the browser did not name the tab. */
  activeTab(): Promise<number | undefined>;
  /** To the record-page script of the tab (top frame); rejects when there is none. */
  toTab(tabId: number, message: TabCommand): Promise<unknown>;
  /** To every extension page (runtime.sendMessage); resolves with the first answer. */
  toPages(message: WorkspaceCommand): Promise<unknown>;
  wait(ms: number): Promise<void>;
  /**
   * Pauses between offers to the overlay's panel while it opens (the frame loads, then learns its
   * patient); about 8 s in all, then the command is dropped.
   */
  claimDelays?: number[];
}

export type CommandOutcome = 'toggled' | 'focused' | 'overlay' | 'no-record' | 'unclaimed' | 'ignored';

const CLAIM_DELAYS = [50, 100, 150, ...Array<number>(40).fill(200)];

export function commandRouter({ activeTab, toTab, toPages, wait, claimDelays = CLAIM_DELAYS }: CommandRouterDeps) {
  /** The `commands.onCommand` listener; the browser passes the active tab (Chrome, Firefox ≥ 86). */
  return async function onCommand(command: string, tab?: { id?: number }): Promise<CommandOutcome> {
    if (command !== TOGGLE_PANEL && command !== NEXT_CHECKLIST_ITEM) return 'ignored';
    const tabId = tab?.id ?? (await activeTab());
    if (tabId === undefined) return 'ignored';
    const open = (c: TabCommand['command']) => toTab(tabId, { type: 'tab.command', command: c }).then((r) => r === true, () => false);
    if (command === TOGGLE_PANEL) return (await open('toggle-panel')) ? 'toggled' : 'no-record';

    const offer = (to: WorkspaceCommand['to']) =>
      toPages({ type: 'workspace.command', command: NEXT_CHECKLIST_ITEM, tabId, to }).then((r) => r === true, () => false);
    // The workspace in use (side panel, or the overlay's panel with the focus) acts in place.
    if (await offer('focused')) return 'focused';
    // Otherwise the record page opens its panel, which takes the command once it is ready.
    if (!(await open('open-panel'))) return 'no-record';
    for (const delay of [0, ...claimDelays]) {
      if (delay) await wait(delay);
      if (await offer('overlay')) return 'overlay';
    }
    return 'unclaimed';
  };
}
