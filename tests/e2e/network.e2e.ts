import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Request } from 'playwright-core';
import { launch, openPanel, overlay, whenRegistered, type Session } from './harness';

// Zero network: from a fresh install through a note, an intake, a pre-fill and a backup, every request the
// browser makes goes either to the record software's own server (asked by the record page itself)
// or stays inside the extension (chrome-extension://). Préconsult has no server to talk to.
let s: Session;
const seen: { url: string; from: string }[] = [];
const record = (r: Request) => {
  const frame = (() => { try { return r.frame().url(); } catch { return 'service worker'; } })();
  seen.push({ url: r.url(), from: frame });
};
beforeAll(async () => {
  s = await launch();
  s.context.on('request', record);
  await whenRegistered(s);
});
afterAll(async () => { await s?.close(); });

describe('zero network', () => {
  it('makes no request of its own from install to a note, an intake, a pre-fill and a backup', async () => {
    const origin = new URL(s.demo.url).origin;
    // Calibration: a request made by the service worker itself must be seen by this listener,
    // otherwise the check below would prove nothing about the background.
    await (await s.worker()).evaluate((u) => fetch(u).then((r) => r.status), `${origin}/calibration-sw`);
    await expect.poll(() => seen.some((r) => r.url.endsWith('/calibration-sw'))).toBe(true);

    const page = await s.newPage('/patients/P0006/administratif');
    await openPanel(page);
    await expect.poll(() => overlay.panelPatient(page).textContent()).toContain('GIRARD');
    const panel = overlay.frame(page);

    // A note.
    await overlay.note(page).click();
    await overlay.note(page).pressSequentially('Note sans réseau', { delay: 5 });
    await expect.poll(() => overlay.save(page).textContent()).toBe('Enregistré');

    // An intake: started, a reason typed and autosaved.
    await panel.getByRole('tab', { name: 'Pré-consultation' }).click();
    await panel.locator('[data-testid="ik-start"]').click();
    await panel.locator('[data-testid="ik-in-motif"]').fill('Certificat de sport');
    await panel.locator('[data-testid="ik-in-motif"]').press('Enter');

    // A pre-fill: the record's file read, accepted, then the transport form filled.
    await panel.getByRole('tab', { name: 'Administratif' }).click();
    await panel.getByRole('button', { name: 'Dossier', exact: true }).click();
    await panel.getByRole('button', { name: 'Lire le dossier affiché' }).first().click();
    await expect.poll(() => panel.getByLabel('Nom de naissance', { exact: true }).inputValue()).not.toBe('');
    await expect.poll(() => panel.getByTestId('pf-save').textContent()).toBe('Enregistré');
    await page.getByRole('link', { name: 'Documents' }).click();
    await panel.getByRole('button', { name: 'Remplir la page', exact: true }).click();
    await panel.getByRole('button', { name: 'Aperçu du remplissage' }).click();
    await panel.getByRole('button', { name: /^Remplir \d+ champs?$/ }).click();
    await expect.poll(() => panel.getByTestId('pf-fill-message').textContent()).toMatch(/^Champs remplis/);

    // A backup: the encrypted file is made in the settings page and handed to the browser's downloads.
    const options = await s.context.newPage();
    await options.goto(`chrome-extension://${s.extensionId}/options.html`);
    await options.getByTestId('bk-pass').fill('phrase de passe assez longue 42');
    await options.getByTestId('bk-pass2').fill('phrase de passe assez longue 42');
    const [download] = await Promise.all([options.waitForEvent('download'), options.getByTestId('bk-export').click()]);
    expect(download.suggestedFilename()).toMatch(/\.pcbackup$/);
    await expect.poll(() => options.getByTestId('bk-export-msg').textContent()).toContain('Sauvegarde exportée');
    await options.close();

    // The listener sees the extension's own pages too (so a request from them would not go unnoticed).
    // The panel is framed at this session's URL (use_dynamic_url), which leads to the extension's own.
    const session = new URL((await page.locator('preconsult-overlay [data-testid="pc-frame"]').getAttribute('src'))!).host;
    expect(seen.some((r) => r.url === `chrome-extension://${session}/panel.html` || r.url === `chrome-extension://${s.extensionId}/panel.html`)).toBe(true);
    const ours = (u: string) => [s.extensionId, session].some((id) => u.startsWith(`chrome-extension://${id}/`) || u.startsWith(`blob:chrome-extension://${id}/`));
    const foreign = seen.filter((r) => !ours(r.url) && !r.url.startsWith(`${origin}/`));
    expect(foreign).toEqual([]);
    // The demo server is reached only by the record page itself (its documents, scripts and API),
    // never from an extension page; the calibration request is the only one from the worker.
    const fromExtension = seen.filter((r) => r.from.startsWith('chrome-extension://') && !ours(r.url));
    expect(fromExtension).toEqual([]);
    const fromWorker = seen.filter((r) => r.from === 'service worker' && !ours(r.url));
    expect(fromWorker.map((r) => new URL(r.url).pathname)).toEqual(['/calibration-sw']);
    await page.close();
  });
});
