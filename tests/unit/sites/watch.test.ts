import { describe, expect, it, vi } from 'vitest';
import { watchPatient } from '../../../sites/watch';
import type { SiteAdapter } from '../../../sites/adapter';
import type { Detection } from '../../../clinical/identity/patient-context';

// The watcher reads the page again only when the adapter's fingerprint changed.
function setup(throttleMs = 10) {
  document.body.replaceChildren();
  const banner = document.createElement('div');
  banner.textContent = 'A';
  document.body.append(banner);
  let reads = 0;
  const adapter: SiteAdapter = {
    id: 'test',
    matches: () => true,
    fingerprint: (doc) => doc.body.firstElementChild?.textContent ?? '',
    detect: (doc) => {
      reads++;
      return { kind: 'none', reason: doc.body.firstElementChild?.textContent ?? '' };
    },
  };
  const seen: string[] = [];
  const ctrl = new AbortController();
  watchPatient({ adapter, doc: document, signal: ctrl.signal, throttleMs, onDetection: (d: Detection) => seen.push(d.kind === 'none' ? d.reason : d.kind) });
  return { banner, seen, ctrl, reads: () => reads };
}
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('patient watch', () => {
  it('reads the page at start and again when the patient changes', async () => {
    const { banner, seen } = setup();
    expect(seen).toEqual(['A']);
    banner.textContent = 'B';
    await wait(30);
    expect(seen).toEqual(['A', 'B']);
  });

  it('does not read again for mutations that leave the fingerprint unchanged', async () => {
    const { seen, reads } = setup();
    for (let i = 0; i < 20; i++) document.body.append(document.createElement('span'));
    await wait(30);
    expect(seen).toEqual(['A']);
    expect(reads()).toBe(1);
  });

  it('coalesces a burst of changes into few readings, ending on the last state', async () => {
    const { banner, seen } = setup();
    for (let i = 0; i < 50; i++) {
      banner.textContent = `P${i}`;
      await Promise.resolve();
    }
    await wait(40);
    expect(seen.at(-1)).toBe('P49');
    expect(seen.length).toBeLessThan(10);
  });

  // The generic reader allows 100 ms between readings on a busy page; a record application that
  // renders its patient 30 ms after a cheap first reading must not wait for that.
  it('reads a change soon after a cheap reading, whatever wait the adapter allows at most', async () => {
    vi.useFakeTimers();
    try {
      const { banner, seen, ctrl } = setup(100);
      expect(seen).toEqual(['A']);
      vi.advanceTimersByTime(30);
      banner.textContent = 'B';
      await vi.advanceTimersByTimeAsync(1);
      expect(seen).toEqual(['A', 'B']);
      ctrl.abort();
    } finally {
      vi.useRealTimers();
    }
  });

  it('stops when aborted', async () => {
    const { banner, seen, ctrl } = setup();
    ctrl.abort();
    banner.textContent = 'B';
    await wait(30);
    expect(seen).toEqual(['A']);
  });
});
