import { expect, test } from 'vitest';
import { detectPatient } from '../../../sites/generic';
import { parsePage } from './load-page';

// A large record page (3,000 history lines, Vue-style data-v attributes): one pass stays fast.
test('a large page is read in one cheap pass', () => {
  const history = Array.from(
    { length: 3000 },
    (_, i) => `<tr data-v-7ba5bd90 data-row="${i}"><td data-v-7ba5bd90>${String((i % 28) + 1).padStart(2, '0')}/01/2020</td><td data-v-7ba5bd90>Consultation ${i} — TA 13/8</td></tr>`,
  ).join('');
  const doc = parsePage(
    `<html lang="fr"><body><div data-v-7ba5bd90><p>Nom : DUPONT</p><p>Prénom : Marie</p><p>Date de naissance : 12/03/1956</p></div><table>${history}</table></body></html>`,
  );
  const t0 = performance.now();
  const d = detectPatient(doc, 'https://x.example');
  const ms = performance.now() - t0;
  expect(d.kind).toBe('patient');
  // happy-dom is much slower than a browser; this bound only catches accidental quadratic work.
  expect(ms).toBeLessThan(1500);
});
