import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, overlay, type Session } from './harness';

// Least privilege: the record-page script runs only on sites switched on from the popup, which
// registers it (and injects it into the open page) or removes it.
let s: Session;
beforeAll(async () => { s = await launch(); });
afterAll(async () => { await s?.close(); });

describe('per-site activation from the popup', () => {
  it('switches Préconsult off and on for the demo site', async () => {
    const record = await s.newPage('/patients/P0003');
    await expect.poll(() => overlay.patient(record).textContent()).toContain('ROUX');
    const tabId = await (await s.worker()).evaluate(async (url) => {
      const tabs = await (globalThis as any).chrome.tabs.query({});
      return tabs.find((t: { url?: string }) => t.url === url)?.id;
    }, record.url());
    expect(tabId).toBeTypeOf('number');

    const popup = await s.context.newPage();
    await popup.goto(`chrome-extension://${s.extensionId}/popup.html?tabId=${tabId}`);
    await expect.poll(() => popup.getByTestId('pp-status').textContent()).toBe('Préconsult est actif sur ce site.');
    await popup.getByRole('button', { name: 'Désactiver sur ce site' }).click();
    await expect.poll(() => popup.getByTestId('pp-status').textContent()).toContain("n’est pas actif");

    await record.reload();
    // A positive signal first: the page is drawn, and a page of another origin still active
    // (localhost) gets its overlay meanwhile; then the reloaded page has none.
    await expect.poll(() => record.locator('body').textContent()).toContain('ROUX');
    const control = await s.context.newPage();
    await control.goto(record.url().replace('127.0.0.1', 'localhost'));
    await expect.poll(() => overlay.patient(control).textContent()).toContain('ROUX');
    await control.close();
    expect(await record.locator('preconsult-overlay').count()).toBe(0);

    await popup.getByRole('button', { name: 'Activer Préconsult sur ce site' }).click();
    await expect.poll(() => popup.getByTestId('pp-status').textContent()).toBe('Préconsult est actif sur ce site.');
    // Injected into the open page at once, no reload needed…
    await expect.poll(() => overlay.patient(record).textContent()).toContain('ROUX');
    // …and registered for the next loads.
    await record.reload();
    await expect.poll(() => overlay.patient(record).textContent()).toContain('ROUX');
    await popup.close();
    await record.close();
  });

  it('says so on a page that is not a web page', async () => {
    const popup = await s.context.newPage();
    const tabId = await (await s.worker()).evaluate(async () => (await (globalThis as any).chrome.tabs.query({})).find((t: { url?: string }) => t.url?.startsWith('chrome-extension://'))?.id);
    await popup.goto(`chrome-extension://${s.extensionId}/popup.html?tabId=${tabId ?? ''}`);
    await expect.poll(() => popup.locator('main').textContent()).toContain("n’en est pas une");
    await popup.close();
  });
});
