import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openPanel, overlay, overlayHost, type Session } from './harness';
import { fixturesDir } from './paths';

// Record pages in several DOM styles that no adapter knows, read by the generic detector in real
// Chromium: the launcher must name the expected patient, or refuse (list, agenda, two patients).
interface Expected {
  detection: { kind: 'patient' | 'none' | 'ambiguous'; patient?: { birthName: string; firstNames: string; birthDate: string } };
}
const pagesDir = join(fixturesDir, 'pages');
const pages = readdirSync(pagesDir)
  .filter((f) => f.endsWith('.expected.json'))
  .map((f) => [f.replace('.expected.json', ''), JSON.parse(readFileSync(join(pagesDir, f), 'utf8')) as Expected] as const);

let s: Session;
beforeAll(async () => { s = await launch(); });
afterAll(async () => { await s?.close(); });

const frDate = (iso: string) => iso.split('-').reverse().join('/');

describe('generic detection on unknown record pages', () => {
  it.each(pages)('%s', async (name, expected) => {
    const page = await s.newPage(`/fixtures/pages/${name}.html`);
    const host = await overlayHost(page);
    const d = expected.detection;
    if (d.kind === 'patient') {
      const p = d.patient!;
      await expect.poll(() => overlay.patient(host).textContent(), { timeout: 5000 }).toContain(frDate(p.birthDate));
      const label = (await overlay.patient(host).textContent()) ?? '';
      expect(label).toContain(p.firstNames.split(' ')[0]);
    } else {
      const want = d.kind === 'none' ? 'Aucun patient identifié' : 'Identité à vérifier';
      await expect.poll(() => overlay.patient(host).textContent(), { timeout: 5000 }).toBe(want);
      await openPanel(host);
      await expect.poll(() => overlay.reason(host).count()).toBe(1);
      expect(await overlay.note(host).count()).toBe(0);
      await host.locator('preconsult-overlay').getByRole('button', { name: 'Réduire' }).click(); // the next page starts collapsed
    }
    await page.close();
  });
});
