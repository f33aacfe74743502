import { describe, expect, it } from 'vitest';
import { watchPatient } from '../../../sites/watch';
import type { SiteAdapter } from '../../../sites/adapter';
import type { Detection } from '../../../clinical/identity/patient-context';

// The watcher reads the page again only when the adapter's fingerprint changed.
function setup() {
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
  watchPatient({ adapter, doc: document, signal: ctrl.signal, throttleMs: 10, onDetection: (d: Detection) => seen.push(d.kind === 'none' ? d.reason : d.kind) });
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

  it('stops when aborted', async () => {
    const { banner, seen, ctrl } = setup();
    ctrl.abort();
    banner.textContent = 'B';
    await wait(30);
    expect(seen).toEqual(['A']);
  });
});
