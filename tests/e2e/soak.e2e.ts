import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openPanel, overlay, type Session } from './harness';
import { patients } from '../../demo/src/patients';

// 1 000 consecutive patient switches in the single-page demo, without reloading: after every
// switch the launcher must settle on the patient the page shows, and in between it may only show
// the previous or the new patient, never a third one. Measured in the page itself (main world,
// reading the overlay's open shadow root) so that the test's own round trips do not hide a lag.
let s: Session;
beforeAll(async () => { s = await launch(); });
afterAll(async () => { await s?.close(); });

// What the launcher shows (components/PatientLabel.tsx): birth name first, every first name, used name after, the sex.
const label = (p: (typeof patients)[number]) =>
  `${p.birthName} ${p.firstNames}${p.usedName ? ` (nom d’usage\u00a0: ${p.usedName})` : ''} · ${p.birthDate.split('-').reverse().join('/')} · ${p.sex === 'F' ? 'Féminin' : 'Masculin'}`;

describe('SPA soak', () => {
  it('follows 1 000 patient switches with zero wrong-patient displays', async () => {
    const page = await s.newPage(`/patients/${patients[0]!.id}`);
    await expect.poll(() => overlay.patient(page).textContent()).toBe(label(patients[0]!));
    const plan = Array.from({ length: 1000 }, (_, i) => {
      const p = patients[(i * 5 + 1) % patients.length]!; // jumps around, homonyms included
      return { path: `/patients/${p.id}`, label: label(p) };
    });
    const result = await page.evaluate(async (steps) => {
      const root = document.querySelector('preconsult-overlay')!.shadowRoot!;
      const shown = () => root.querySelector('[data-testid="pc-patient"]')?.textContent ?? '';
      let previous = shown();
      let expected = previous;
      const wrong: string[] = [];
      const observer = new MutationObserver(() => {
        const now = shown();
        if (now !== expected && now !== previous) wrong.push(`${now} (attendu ${expected})`);
      });
      observer.observe(root, { subtree: true, childList: true, characterData: true });
      const waits: number[] = [];
      for (const step of steps) {
        if (step.label !== expected) previous = expected;
        expected = step.label;
        const t0 = performance.now();
        history.pushState(null, '', step.path);
        dispatchEvent(new Event('md:navigate'));
        while (shown() !== expected) {
          if (performance.now() - t0 > 3000) { wrong.push(`bloqué sur ${shown()} (attendu ${expected})`); break; }
          await new Promise((r) => setTimeout(r, 2));
        }
        waits.push(performance.now() - t0);
      }
      observer.disconnect();
      waits.sort((a, b) => a - b);
      return { wrong, median: waits[waits.length >> 1]!, p95: waits[Math.floor(waits.length * 0.95)]!, max: waits.at(-1)! };
    }, plan);
    console.log(`1 000 changements de patient : médiane ${result.median.toFixed(1)} ms, p95 ${result.p95.toFixed(1)} ms, max ${result.max.toFixed(1)} ms`);
    expect(result.wrong).toEqual([]);

    // The panel, opened at the end, shows the patient of the page too.
    const last = patients[(999 * 5 + 1) % patients.length]!;
    await openPanel(page);
    await expect.poll(() => overlay.panelPatient(page).textContent()).toContain(last.firstNames);
    await expect.poll(() => overlay.panelPatient(page).textContent()).toContain(last.birthDate.split('-').reverse().join('/'));
    await page.close();
  }, 120_000);
});
