import { describe, expect, it } from 'vitest';
import { commandRouter, type CommandRouterDeps } from '../../../background/command-router';
import { asTabCommand, asWorkspaceCommand, type TabCommand, type WorkspaceCommand } from '../../../messaging/commands';

// The background's keyboard shortcuts, with the browser replaced by recorders: who is asked, in
// which order, and where it stops.
function setup(over: Partial<CommandRouterDeps> & { pages?: (m: WorkspaceCommand, i: number) => unknown; tab?: (id: number, m: TabCommand) => unknown } = {}) {
  const log: string[] = [];
  let offers = 0;
  const deps: CommandRouterDeps = {
    activeTab: async () => 7,
    toTab: async (id, m) => {
      log.push(`tab ${id} ${m.command}`);
      return over.tab ? over.tab(id, m) : true;
    },
    toPages: async (m) => {
      log.push(`pages ${m.tabId} ${m.to}`);
      return over.pages?.(m, offers++);
    },
    wait: async (ms) => void log.push(`wait ${ms}`),
    claimDelays: [10, 20, 30],
    ...over,
  };
  return { route: commandRouter(deps), log };
}

describe('keyboard command routing (background)', () => {
  it('toggle-panel: the record page of the tab the browser names opens or closes its panel', async () => {
    const { route, log } = setup();
    expect(await route('toggle-panel', { id: 3 })).toBe('toggled');
    expect(log).toEqual(['tab 3 toggle-panel']);
  });

  it('falls back on the active tab when the browser names none', async () => {
    const { route, log } = setup();
    await route('toggle-panel');
    expect(log).toEqual(['tab 7 toggle-panel']);
  });

  it('next-checklist-item: the focused workspace of that tab (side panel) takes it, and the page is left alone', async () => {
    const { route, log } = setup({ pages: (m) => m.to === 'focused' });
    expect(await route('next-checklist-item', { id: 3 })).toBe('focused');
    expect(log).toEqual(['pages 3 focused']);
  });

  it('otherwise the record page opens its panel, offered the command until it is ready to take it', async () => {
    const { route, log } = setup({ pages: (m, i) => m.to === 'overlay' && i >= 3 });
    expect(await route('next-checklist-item', { id: 3 })).toBe('overlay');
    expect(log).toEqual(['pages 3 focused', 'tab 3 open-panel', 'pages 3 overlay', 'wait 10', 'pages 3 overlay', 'wait 20', 'pages 3 overlay']);
  });

  it('gives up after the last delay when no panel takes it (and does not throw when nobody listens)', async () => {
    const { route, log } = setup({ toPages: async () => { throw new Error('Could not establish connection. Receiving end does not exist.'); } });
    expect(await route('next-checklist-item', { id: 3 })).toBe('unclaimed');
    expect(log.filter((l) => l.startsWith('wait'))).toEqual(['wait 10', 'wait 20', 'wait 30']);
  });

  it('stops at once on a tab without a record-page script (nothing to open)', async () => {
    const { route, log } = setup({ tab: () => { throw new Error('no receiver'); } });
    expect(await route('next-checklist-item', { id: 3 })).toBe('no-record');
    expect(log).toEqual(['pages 3 focused', 'tab 3 open-panel']);
  });

  it('ignores unknown commands and windows without an active tab', async () => {
    expect(await setup().route('something-else', { id: 3 })).toBe('ignored');
    expect(await setup({ activeTab: async () => undefined }).route('next-checklist-item')).toBe('ignored');
  });
});

describe('command messages', () => {
  it('are recognised only in their exact shape', () => {
    expect(asTabCommand({ type: 'tab.command', command: 'open-panel' })).not.toBeNull();
    expect(asTabCommand({ type: 'tab.command', command: 'close-everything' })).toBeNull();
    expect(asTabCommand({ type: 'ui.toggle' })).toBeNull();
    expect(asTabCommand(null)).toBeNull();
    expect(asWorkspaceCommand({ type: 'workspace.command', command: 'next-checklist-item', tabId: 3, to: 'overlay' })).not.toBeNull();
    expect(asWorkspaceCommand({ type: 'workspace.command', command: 'next-checklist-item', tabId: '3', to: 'overlay' })).toBeNull();
    expect(asWorkspaceCommand({ type: 'workspace.command', command: 'next-checklist-item', tabId: 3, to: 'everyone' })).toBeNull();
    expect(asWorkspaceCommand({ type: 'workspace.command', command: 'toggle-panel', tabId: 3, to: 'focused' })).toBeNull();
  });
});
