// The browser's keyboard shortcuts (manifest `commands`, configurable in the browser's shortcuts
// page) and the messages that carry them from the background to the page that acts. Checked by
// hand, like the tab events, to keep Zod out of the record-page script.

/** Command names, as declared in wxt.config.ts. */
export const TOGGLE_PANEL = 'toggle-panel';
export const NEXT_CHECKLIST_ITEM = 'next-checklist-item';

/**
 * Background → record-page script (tabs.sendMessage, top frame): open or close its panel. The
 * framed panel also folds its overlay (`collapse-panel`) once the workspace went to the side panel.
 */
export interface TabCommand {
  type: 'tab.command';
  command: 'toggle-panel' | 'open-panel' | 'collapse-panel';
}

export function asTabCommand(x: unknown): TabCommand | null {
  const m = x as Partial<TabCommand> | null;
  return m?.type === 'tab.command' && (m.command === 'toggle-panel' || m.command === 'open-panel' || m.command === 'collapse-panel') ? (m as TabCommand) : null;
}

export type WorkspaceCommandName = typeof NEXT_CHECKLIST_ITEM;

/**
 * Background → extension pages holding a workspace (runtime.sendMessage): act on the workspace
 * of the record tab `tabId`. `to: 'focused'` is taken by the workspace that has the keyboard
 * focus (the side panel, or the overlay's panel already in use); `to: 'overlay'` by the overlay's
 * panel of that tab. The page that takes it answers `true`, so the background stops there.
 */
export interface WorkspaceCommand {
  type: 'workspace.command';
  command: WorkspaceCommandName;
  tabId: number;
  to: 'focused' | 'overlay';
}

export function asWorkspaceCommand(x: unknown): WorkspaceCommand | null {
  const m = x as Partial<WorkspaceCommand> | null;
  return m?.type === 'workspace.command' && m.command === NEXT_CHECKLIST_ITEM && Number.isInteger(m.tabId) &&
    (m.to === 'focused' || m.to === 'overlay') ? (m as WorkspaceCommand) : null;
}

/** How a workspace page hears the commands it took (a subscription; returns the unsubscribe). */
export type CommandSource = (listener: (command: WorkspaceCommandName) => void) => () => void;
