import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { launch, openPanel, overlay, type Session } from './harness';

// axe-core on every screen of Préconsult: the record page with the launcher, each tab of the panel
// (in its extension frame), the popup, the settings and the privacy page. Serious and critical
// violations must be zero. axe is evaluated through the DevTools protocol (no script tag: the
// extension pages' CSP allows none), and only Préconsult's own UI is audited on record pages.
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let s: Session;
beforeAll(async () => { s = await launch(); });
afterAll(async () => { await s?.close(); });

interface Finding { id: string; impact: string | null; help: string; nodes: string[] }
async function audit(target: Page | Frame, include?: string): Promise<Finding[]> {
  await target.evaluate(axeSource);
  const found = await target.evaluate(async (sel) => {
    const axe = (globalThis as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[] }> } }).axe;
    const r = await axe.run(sel ? { include: [[sel]] } : document, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => JSON.stringify(n.target)) }));
  }, include ?? null);
  return found.filter((f) => f.impact === 'serious' || f.impact === 'critical');
}

function panelFrame(page: Page): Frame {
  const f = page.frames().find((x) => x.url().includes('/panel.html'));
  if (!f) throw new Error('panel frame not found');
  return f;
}

describe('accessibility (axe-core, 0 serious or critical)', () => {
  it('the audit itself finds a known violation (an image without text alternative)', async () => {
    const page = await s.newPage('/patients/P0002');
    await page.evaluate(() => {
      const img = document.createElement('img');
      img.id = 'bad';
      img.src = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';
      document.body.append(img);
    });
    expect((await audit(page, '#bad')).map((f) => f.id)).toContain('image-alt');
    await page.close();
  });

  it('record page: launcher, then every tab of the panel', async () => {
    const page = await s.newPage('/patients/P0007');
    await expect.poll(() => overlay.patient(page).textContent()).toContain('LEFEBVRE');
    expect(await audit(page, 'preconsult-overlay')).toEqual([]);

    await openPanel(page);
    await expect.poll(() => overlay.panelPatient(page).textContent()).toContain('LEFEBVRE');
    const frame = panelFrame(page);
    expect(await audit(frame)).toEqual([]);
    for (const tab of ['Pré-consultation', 'Notes', 'Administratif']) {
      await overlay.frame(page).getByRole('tab', { name: tab }).click();
      await page.waitForTimeout(300);
      expect({ tab, violations: await audit(frame) }).toEqual({ tab, violations: [] });
    }
    await page.close();
  });

  it('the right-of-access export of a patient (opened from the panel)', async () => {
    const record = await s.newPage('/patients/P0007');
    await openPanel(record);
    await expect.poll(() => overlay.panelPatient(record).textContent()).toContain('LEFEBVRE');
    const href = await overlay.frame(record).getByTestId('pc-export').getAttribute('href');
    const page = await s.context.newPage();
    await page.goto(href!);
    await page.getByTestId('ex-section-audit').waitFor();
    expect(await page.getByTestId('ex-patient').textContent()).toContain('LEFEBVRE');
    expect(await audit(page)).toEqual([]);
    await page.close();
    await record.close();
  });

  it('panel without a patient (teach offer)', async () => {
    const page = await s.newPage('/');
    await openPanel(page);
    await expect.poll(() => overlay.reason(page).count()).toBe(1);
    expect(await audit(panelFrame(page))).toEqual([]);
    await page.close();
  });

  it.each([['popup.html'], ['options.html'], ['privacy.html']])('%s', async (file) => {
    const page = await s.context.newPage();
    await page.goto(`chrome-extension://${s.extensionId}/${file}`);
    await page.waitForTimeout(500);
    expect(await audit(page)).toEqual([]);
    await page.close();
  });

  it('options: the template editor, with a refused save and the JSON disclosure open', async () => {
    const page = await s.context.newPage();
    await page.goto(`chrome-extension://${s.extensionId}/options.html`);
    await page.getByRole('button', { name: 'Copier' }).first().click();
    await page.getByTestId('op-form').waitFor();
    await page.getByRole('button', { name: 'Ajouter un élément' }).click();
    await page.getByTestId('op-save').click();
    await page.getByTestId('op-field-error').first().waitFor();
    await page.locator('.op-advanced summary').click();
    await page.getByTestId('op-json').waitFor();
    expect(await audit(page)).toEqual([]);
    await page.close();
  });

  it('lock screens: the panel, the launcher and the settings while locked', async () => {
    const opts = await s.context.newPage();
    await opts.goto(`chrome-extension://${s.extensionId}/options.html`);
    const ask = (msg: object) => opts.evaluate((m) => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: object): Promise<{ ok: boolean }> } } }).chrome.runtime.sendMessage(m), msg);
    expect(await ask({ type: 'lock.enable', passphrase: 'audit du cabinet', idleMinutes: 5 })).toMatchObject({ ok: true });
    expect(await ask({ type: 'lock.lock' })).toMatchObject({ ok: true });
    const page = await s.newPage('/patients/P0007');
    await openPanel(page);
    await overlay.frame(page).getByTestId('pc-lock').waitFor();
    expect(await audit(panelFrame(page))).toEqual([]);
    await page.locator('preconsult-overlay').getByRole('button', { name: 'Réduire' }).click();
    await expect.poll(() => overlay.patient(page).textContent()).toBe('Préconsult — verrouillé');
    expect(await audit(page, 'preconsult-overlay')).toEqual([]);
    await opts.reload();
    await opts.getByTestId('pc-lock').waitFor();
    expect(await audit(opts)).toEqual([]);
    expect(await ask({ type: 'lock.disable', passphrase: 'audit du cabinet' })).toMatchObject({ ok: true });
    await page.close();
    await opts.close();
  });
});
