import { expect, test, vi } from 'vitest';
import { detectPatient } from '../../../sites/generic';
import { parsePage } from './load-page';

// A large record page (3,000 history lines, Vue-style data-v attributes): one pass, linear in the
// page. Counted, not timed (timing belongs in `npm run bench`, which measures it in Chromium): the
// reader's per-element DOM work (ancestor lookups, visibility, computed styles) stays within a few
// calls per element, where accidental quadratic work would make thousands.
test('a large page is read in one cheap pass', () => {
  const history = Array.from(
    { length: 3000 },
    (_, i) => `<tr data-v-7ba5bd90 data-row="${i}"><td data-v-7ba5bd90>${String((i % 28) + 1).padStart(2, '0')}/01/2020</td><td data-v-7ba5bd90>Consultation ${i} — TA 13/8</td></tr>`,
  ).join('');
  const doc = parsePage(
    `<html lang="fr"><body><div data-v-7ba5bd90><p>Nom : DUPONT</p><p>Prénom : Marie</p><p>Date de naissance : 12/03/1956</p></div><table>${history}</table></body></html>`,
  );
  const win = doc.defaultView as unknown as { Element: typeof Element; getComputedStyle: typeof getComputedStyle };
  const spies = [
    vi.spyOn(win.Element.prototype, 'closest'),
    vi.spyOn(win, 'getComputedStyle'),
    ...('checkVisibility' in win.Element.prototype ? [vi.spyOn(win.Element.prototype as Element & { checkVisibility(): boolean }, 'checkVisibility')] : []),
  ];
  const d = detectPatient(doc, 'https://x.example');
  expect(d.kind).toBe('patient');
  const elements = doc.getElementsByTagName('*').length;
  const calls = spies.reduce((n, s) => n + s.mock.calls.length, 0);
  expect(calls).toBeLessThan(4 * elements);
});
