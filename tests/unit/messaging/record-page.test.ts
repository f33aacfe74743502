import { describe, expect, it, vi } from 'vitest';
import { BROADCAST_PORT, LINE_RETRY, keepLine, type LinePort, isPageMessage, isRelayRequest } from '../../../messaging/record-page';
import { broadcastForwarder, handleRelay, type BroadcastPort, type RelaySender, type RelayTabs } from '../../../background/relay';

// The background's relay for the overlay's panel: its own tab's top frame only, page messages
// only, the on-demand scripts only, and never for a content script.
const ORIGIN = 'moz-extension://3c5b5a4e-0000-4000-8000-000000000001/';
const panel: RelaySender = { tab: { id: 7 }, frameId: 12, url: `${ORIGIN}panel.html` };
const invalid = (d: string) => `invalide (${d})`;
const TOKEN = '0123456789abcdef0123456789abcdef';
const mount = { token: TOKEN };

function tabs(reply: unknown = { type: 'tab.detection' }): RelayTabs & { sendMessage: ReturnType<typeof vi.fn>; executeScript: ReturnType<typeof vi.fn> } {
  return {
    extensionOrigin: ORIGIN,
    sendMessage: vi.fn(async () => reply),
    executeScript: vi.fn(async () => [{ result: undefined }]),
    // The overlay's own frame presents its secret (messaging/panel-mount.ts, tested with the gate).
    verify: async (sender, credential) => sender.frameId === 12 && (credential as { token?: unknown } | undefined)?.token === TOKEN,
  };
}

describe('record page relay', () => {
  it('tells the panel its own tab', async () => {
    expect(await handleRelay({ type: 'relay.tab', mount }, panel, tabs(), invalid)).toEqual({ ok: true, data: { tabId: 7 } });
  });

  it('forwards page messages to the top frame of the sender’s own tab and returns the reply', async () => {
    const t = tabs({ pairs: [], origin: 'http://x' });
    expect(await handleRelay({ type: 'relay.ask', message: { type: 'pf.read' }, mount }, panel, t, invalid)).toEqual({ ok: true, data: { reply: { pairs: [], origin: 'http://x' } } });
    expect(t.sendMessage).toHaveBeenCalledWith(7, { type: 'pf.read' });
  });

  it('says so when nobody answers on the page, so that the panel injects the script and asks again', async () => {
    const t = tabs();
    t.sendMessage.mockRejectedValueOnce(new Error('Could not establish connection. Receiving end does not exist.'));
    expect(await handleRelay({ type: 'relay.ask', message: { type: 'ho.read' }, mount }, panel, t, invalid)).toEqual({ ok: false, error: 'Could not establish connection. Receiving end does not exist.' });
  });

  it('injects only the on-demand scripts, by name', async () => {
    const t = tabs();
    expect(await handleRelay({ type: 'relay.inject', script: 'prefill', mount }, panel, t, invalid)).toEqual({ ok: true, data: {} });
    expect(t.executeScript).toHaveBeenCalledWith(7, '/content-scripts/prefill.js');
    for (const script of ['record', '/content-scripts/record.js', 'toString', 42]) {
      expect(await handleRelay({ type: 'relay.inject', script, mount }, panel, t, invalid)).toEqual({ ok: false, error: 'invalide (relay.inject)' });
    }
    expect(t.executeScript).toHaveBeenCalledTimes(1);
  });

  it.each([
    ['a content script (web page URL)', { tab: { id: 7 }, frameId: 0, url: 'http://127.0.0.1:4780/patients/P0001' }],
    ['a content script of a subframe', { tab: { id: 7 }, frameId: 3, url: 'http://127.0.0.1:4780/frame.html' }],
    ['an extension page outside any tab', { frameId: 0, url: `${ORIGIN}options.html` }],
    ['an extension page that is a tab itself', { tab: { id: 7 }, frameId: 0, url: `${ORIGIN}panel.html` }],
    ['another extension', { tab: { id: 7 }, frameId: 12, url: 'moz-extension://other/panel.html' }],
    ['our panel framed by another frame than the overlay (frameId != 0 is not enough)', { tab: { id: 7 }, frameId: 13, url: `${ORIGIN}panel.html` }],
  ])('refuses %s', async (_, sender) => {
    const t = tabs();
    expect(await handleRelay({ type: 'relay.ask', message: { type: 'tab.getDetection' }, mount }, sender as RelaySender, t, invalid)).toEqual({ ok: false, error: 'invalide (relay.sender)' });
    expect(t.sendMessage).not.toHaveBeenCalled();
  });

  it('refuses the overlay’s frame itself without its secret', async () => {
    const t = tabs();
    expect(await handleRelay({ type: 'relay.tab' }, panel, t, invalid)).toEqual({ ok: false, error: 'invalide (relay.sender)' });
    expect(await handleRelay({ type: 'relay.tab', mount: { token: 'f'.repeat(32) } }, panel, t, invalid)).toEqual({ ok: false, error: 'invalide (relay.sender)' });
  });

  it('forwards nothing but page messages', async () => {
    const t = tabs();
    for (const message of [{ type: 'ui.toggle' }, { type: 'note.save' }, { type: 'pf.' }, null, 'pf.read']) {
      expect((await handleRelay({ type: 'relay.ask', message, mount }, panel, t, invalid)).ok).toBe(false);
    }
    expect(await handleRelay({ type: 'relay.nope', mount }, panel, t, invalid)).toEqual({ ok: false, error: 'invalide (relay.nope)' });
    expect(t.sendMessage).not.toHaveBeenCalled();
  });

  it('tells relay requests and page messages apart from the rest', () => {
    expect(isRelayRequest({ type: 'relay.tab' })).toBe(true);
    expect(isRelayRequest({ type: 'note.save' })).toBe(false);
    expect(isPageMessage({ type: 'tab.getDetection' })).toBe(true);
    expect(isPageMessage({ type: 'ho.write', text: '', expected: '' })).toBe(true);
    expect(isPageMessage({ type: 'tab.detection' })).toBe(false);
  });
});

describe('broadcast line (Firefox: framed panels get no runtime messages)', () => {
  function port(sender: RelaySender, name = BROADCAST_PORT) {
    const closed: (() => void)[] = [];
    const p = {
      name, sender,
      postMessage: vi.fn(),
      disconnect: vi.fn(),
      onDisconnect: { addListener: (cb: () => void) => void closed.push(cb) },
      close: () => closed.forEach((cb) => cb()),
    };
    return p satisfies BroadcastPort;
  }
  const detection = { type: 'tab.detection', seq: 3, detection: { kind: 'none', reason: 'x' } };
  const recordScript = (tabId: number, frameId = 0): RelaySender => ({ tab: { id: tabId }, frameId, url: 'http://127.0.0.1:4780/patients/P0001' });

  it('passes a top frame’s detection to the panels framed in that tab only', async () => {
    const f = broadcastForwarder(ORIGIN);
    const mine = port(panel);
    const other = port({ ...panel, tab: { id: 8 } });
    await f.connect(mine);
    await f.connect(other);
    f.forward(detection, recordScript(7));
    expect(mine.postMessage).toHaveBeenCalledWith(detection);
    expect(other.postMessage).not.toHaveBeenCalled();
  });

  it('posts a keyboard command to the panels of that tab only, and says when no panel holds a line', async () => {
    const f = broadcastForwarder(ORIGIN);
    const mine = port(panel);
    const other = port({ ...panel, tab: { id: 8 } });
    await f.connect(mine);
    await f.connect(other);
    const command = { type: 'workspace.command', command: 'next-checklist-item', tabId: 7, to: 'overlay' } as const;
    expect(f.post(7, command)).toBe(true);
    expect(mine.postMessage).toHaveBeenCalledWith(command);
    expect(other.postMessage).not.toHaveBeenCalled();
    expect(f.post(9, { ...command, tabId: 9 })).toBe(false);
  });

  it('forwards neither subframes’ nor extension pages’ messages, nor anything but detections', async () => {
    const f = broadcastForwarder(ORIGIN);
    const mine = port(panel);
    await f.connect(mine);
    f.forward(detection, recordScript(7, 2));
    f.forward(detection, { tab: { id: 7 }, frameId: 0, url: `${ORIGIN}sidepanel.html` });
    f.forward({ type: 'tab.getDetection' }, recordScript(7));
    f.forward({ type: 'note.save' }, recordScript(7));
    expect(mine.postMessage).not.toHaveBeenCalled();
  });

  it('closes lines from content scripts or pages outside a tab, ignores other ports, forgets closed lines', async () => {
    const f = broadcastForwarder(ORIGIN);
    const fromPage = port(recordScript(7));
    await f.connect(fromPage);
    expect(fromPage.disconnect).toHaveBeenCalled();
    const options = port({ frameId: 0, url: `${ORIGIN}options.html` });
    await f.connect(options);
    expect(options.disconnect).toHaveBeenCalled();
    const unrelated = port(panel, 'something-else');
    await f.connect(unrelated);
    expect(unrelated.disconnect).not.toHaveBeenCalled();

    const mine = port(panel);
    await f.connect(mine);
    mine.close();
    f.forward(detection, recordScript(7));
    expect(mine.postMessage).not.toHaveBeenCalled();
  });
});

describe('the broadcast line reopens with a growing wait and a limit', () => {
  function harness() {
    let clock = 0;
    const timers: { at: number; f: () => void }[] = [];
    const ports: { close(): void; hear(): void }[] = [];
    const open = (): LinePort => {
      const closing: (() => void)[] = [];
      const hearing: ((m: unknown) => void)[] = [];
      ports.push({ close: () => closing.forEach((f) => f()), hear: () => hearing.forEach((f) => f({ type: 'tab.detection' })) });
      return { onMessage: { addListener: (f) => void hearing.push(f) }, onDisconnect: { addListener: (f) => void closing.push(f) }, disconnect: () => undefined };
    };
    const stop = keepLine(open, () => undefined, { now: () => clock, setTimeout: (f, ms) => void timers.push({ at: clock + ms, f }) });
    /** Runs the next pending reopen; returns the wait it had. */
    const next = () => {
      const t = timers.shift();
      if (!t) return undefined;
      const wait = t.at - clock;
      clock = t.at;
      t.f();
      return wait;
    };
    return { ports, next, stop, advance: (ms: number) => void (clock += ms) };
  }

  it('a line the background keeps closing at once is reopened ever more slowly, then given up', () => {
    const h = harness();
    const waits: number[] = [];
    for (;;) {
      h.ports.at(-1)!.close();
      const w = h.next();
      if (w === undefined) break;
      waits.push(w);
    }
    expect(waits.slice(0, 4)).toEqual([200, 400, 800, 1600]);
    expect(Math.max(...waits)).toBe(LINE_RETRY.max);
    expect(waits).toHaveLength(LINE_RETRY.giveUpAfter);
  });

  it('a line that lived (or was heard) is reopened at once, and the count starts over', () => {
    const h = harness();
    h.ports.at(-1)!.close();
    h.next();
    h.ports.at(-1)!.close();
    expect(h.next()).toBe(400);
    h.ports.at(-1)!.hear();
    h.ports.at(-1)!.close();
    expect(h.next()).toBe(LINE_RETRY.first);
    h.advance(LINE_RETRY.healthyMs);
    h.ports.at(-1)!.close();
    expect(h.next()).toBe(LINE_RETRY.first);
    h.stop();
    h.ports.at(-1)!.close();
    expect(h.next()).toBeUndefined();
  });
});
