import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { launch, overlay, type Session } from './harness';

// The "next checklist item" shortcut (Alt+Shift+N by default) end to end: the background's command
// listener, the record page opening its panel, the panel moving the focus item by item. Headless
// Chromium cannot press extension shortcuts, so the service worker dispatches the browser's own
// commands.onCommand event, with the tab, as the browser does: the listener that runs is the one
// a real key press runs (background/command-router.ts), nothing is added for the test.
let s: Session;
beforeAll(async () => { s = await launch(); });
afterAll(async () => { await s?.close(); });

async function tabIdOf(page: Page): Promise<number> {
  const id = await (await s.worker()).evaluate(async (url) => {
    const tabs = await (globalThis as any).chrome.tabs.query({});
    return tabs.find((t: { url?: string }) => t.url === url)?.id as number | undefined;
  }, page.url());
  if (id === undefined) throw new Error('record tab not found');
  return id;
}

/** The browser's command event, fired in the service worker with the record page's tab. */
async function shortcut(tabId: number, command = 'next-checklist-item'): Promise<void> {
  await (await s.worker()).evaluate(async ({ tabId, command }) => {
    const chrome = (globalThis as any).chrome;
    chrome.commands.onCommand.dispatch(command, await chrome.tabs.get(tabId));
  }, { tabId, command });
}

/** What has the focus in a document (the panel frame, the side panel page), and how it shows. */
const focusIn = (doc: Page | Frame) => doc.evaluate(() => {
  const el = document.activeElement as HTMLElement | null;
  const r = el?.getBoundingClientRect();
  return {
    id: el?.dataset.testid || el?.id || el?.tagName || '',
    ring: !!el?.matches(':focus-visible'),
    inView: !!r && r.height > 0 && r.top >= 0 && r.bottom <= innerHeight,
    hasFocus: document.hasFocus(),
  };
});

function panelFrame(page: Page): Frame {
  const f = page.frames().find((x) => /\/panel\.html(#|$)/.test(x.url()));
  if (!f) throw new Error('panel frame not found');
  return f;
}

describe('next checklist item shortcut', () => {
  it('acts in the side panel when that is where the user works, leaving the page’s overlay closed', async () => {
    const record = await s.newPage('/patients/P0010');
    await expect.poll(() => overlay.patient(record).textContent()).toContain('DUPONT');
    const tabId = await tabIdOf(record);
    const side = await s.context.newPage();
    await side.goto(`chrome-extension://${s.extensionId}/sidepanel.html?tabId=${tabId}`);
    await expect.poll(() => side.getByTestId('pc-panel-patient').textContent()).toContain('DUPONT Jeanne');
    expect((await focusIn(side)).hasFocus).toBe(true);

    await shortcut(tabId);
    await expect.poll(async () => (await focusIn(side)).id).toBe('ik-start');
    expect(await side.getByRole('tab', { name: 'Pré-consultation' }).getAttribute('aria-selected')).toBe('true');
    expect(await overlay.panel(record).count()).toBe(0); // the record page's panel was not opened
    await side.keyboard.press('Enter');
    await expect.poll(async () => (await focusIn(side)).id).toBe('ik-in-motif');
    await shortcut(tabId);
    await expect.poll(async () => (await focusIn(side)).id).toBe('ik-ta-sys-0');
    await side.close();
    await record.close();
  });

  it('opens the record page’s panel on the Pré-consultation tab and moves the focus item by item', async () => {
    const page = await s.newPage('/patients/P0008');
    await expect.poll(() => overlay.patient(page).textContent()).toContain('MERCIER');
    expect(await overlay.panel(page).count()).toBe(0);
    const tabId = await tabIdOf(page);

    // Closed panel, no intake yet: the panel opens, on the intake, at its start button.
    await shortcut(tabId);
    await overlay.panel(page).waitFor();
    await expect.poll(async () => (await focusIn(panelFrame(page))).id).toBe('ik-start');
    expect(await overlay.frame(page).getByRole('tab', { name: 'Pré-consultation' }).getAttribute('aria-selected')).toBe('true');
    expect(await focusIn(panelFrame(page))).toMatchObject({ ring: true, inView: true });
    const k = page.keyboard;
    await k.press('Enter');
    await expect.poll(async () => (await focusIn(panelFrame(page))).id).toBe('ik-in-motif');

    // Item by item, each time on the item's first field, ringed and in view.
    const step = async (expected: string) => {
      await shortcut(tabId);
      await expect.poll(async () => (await focusIn(panelFrame(page))).id).toBe(expected);
      expect(await focusIn(panelFrame(page))).toMatchObject({ ring: true, inView: true });
    };
    await step('ik-ta-sys-0'); // the motif is left empty
    await k.type('128'); await k.press('Tab'); await k.type('82');
    await step('ik-in-fc');
    await step('ik-in-poids'); // nothing typed in FC: the next one still
    await k.type('64');
    await step('ik-in-taille');
    // From the last item, round to the top: the motif is still to fill in.
    await overlay.frame(page).getByTestId('ik-in-carte-vitale').focus();
    await step('ik-in-motif');
    await k.type('Contrôle');
    await step('ik-in-fc'); // TA done: skipped
    // The panel collapsed from the page (nothing in it has the focus any more): the shortcut opens
    // it again, on the first item still to do from the top.
    await page.locator('preconsult-overlay').getByRole('button', { name: 'Réduire' }).click();
    await expect.poll(() => overlay.panel(page).isVisible()).toBe(false);
    await step('ik-in-fc');
    expect(await overlay.panel(page).isVisible()).toBe(true);
    await page.close();
  });
});
