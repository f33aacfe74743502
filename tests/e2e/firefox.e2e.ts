import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, ElementHandle, Frame, Page } from 'puppeteer-core';
import { startDemoServer, type DemoServer } from '../../demo/server.mjs';
import { launchFirefox, panelFrame } from './firefox-harness';

// Debian's Firefox ESR (WebDriver BiDi via puppeteer-core) with the unpacked Firefox build
// installed as a temporary add-on, in French (firefox-esr-l10n-fr), one browser for every flow:
// the patient read and followed through an SPA switch; a note typed in the panel, saved, and read
// back after a reload; the administrative file captured from the record and filled into the
// demo's framework-controlled form.
//
// The panel is an extension frame inside the record page. Firefox's BiDi lists it in the page's
// browsing-context tree, and puppeteer runs scripts in it, but never sees it navigate: its
// `url()` stays `about:blank`. So the panel's frame is recognised by asking it where it is
// (firefox-harness.ts), and is driven as the user does: real clicks (dispatched by the parent
// process, so they reach the out-of-process frame) and the keyboard (it goes to the focused frame).
const TIMEOUT = 15_000;

let browser: Browser;
let demo: DemoServer;
beforeAll(async () => {
  demo = await startDemoServer();
  // The background (an event page) is suspended after 1 s idle instead of 30 s: the flows meet
  // it asleep, as an assistant's next click often does.
  browser = await launchFirefox({ 'extensions.background.idle.timeout': 1000 });
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await demo?.close();
});

const poll = <T>(fn: () => Promise<T>) => expect.poll(fn, { timeout: TIMEOUT, interval: 100 });

async function openRecord(path: string): Promise<Page> {
  const page = await browser.newPage();
  page.setDefaultTimeout(TIMEOUT);
  await page.goto(`${demo.url}${path}`);
  return page;
}

/** Text of an element inside the overlay's open shadow root (puppeteer's pierce/ selectors). */
async function overlayText(page: Page, testid: string): Promise<string> {
  const el = await page.waitForSelector(`pierce/[data-testid="${testid}"]`);
  return (await el!.evaluate((e) => e.textContent)) ?? '';
}

/** Opens the panel with the launcher if it is collapsed (it opens as the user last left it). */
async function openPanel(page: Page): Promise<Frame> {
  const shown = await page.waitForSelector('pierce/:is([data-testid="pc-launcher"], [data-testid="pc-frame"])', { visible: true });
  if ((await shown!.evaluate((e) => e.getAttribute('data-testid'))) === 'pc-launcher') await shown!.click();
  return panelFrame(page, { timeoutMs: TIMEOUT });
}

async function click(where: Page | Frame, selector: string): Promise<void> {
  const el = await where.waitForSelector(selector, { visible: true });
  await el!.click();
}
const text = (where: Page | Frame, selector: string) => where.$eval(selector, (e) => e.textContent ?? '').catch(() => '');
const value = (el: ElementHandle) => el.evaluate((e) => (e as HTMLTextAreaElement).value);
/**
 * Resolves once Firefox has suspended the idle background: observed from the panel's frame by a
 * port of its own, which the suspension closes (the background ignores ports of that name).
 */
async function backgroundSuspended(panel: Frame): Promise<void> {
  const closed = panel.evaluate(() => new Promise<void>((resolve) => {
    const port = (globalThis as unknown as { browser: { runtime: { connect(o: { name: string }): { onDisconnect: { addListener(f: () => void): void } } } } })
      .browser.runtime.connect({ name: 'test.suspension' });
    port.onDisconnect.addListener(() => resolve());
  }));
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => { timer = setTimeout(() => reject(new Error('the background was never suspended')), TIMEOUT); });
  await Promise.race([closed, late]).finally(() => clearTimeout(timer));
}
const formState = async (page: Page) => JSON.parse((await text(page, 'output[aria-label="État du formulaire"]')) || '{}') as Record<string, string>;

describe('Firefox ESR', () => {
  it('reads the patient, follows an SPA switch and frames the panel page', async () => {
    const page = await openRecord('/patients/P0006');
    await poll(() => overlayText(page, 'pc-patient')).toContain('LE GALL-DUPUIS Marie-Hélène');

    await page.evaluate(() => {
      history.pushState(null, '', '/patients/P0009');
      dispatchEvent(new Event('md:navigate'));
    });
    await poll(() => overlayText(page, 'pc-patient')).toContain('CASANOVA Jean-Baptiste');

    const panel = await openPanel(page);
    await poll(() => text(panel, '[data-testid="pc-panel-patient"]')).toContain('CASANOVA Jean-Baptiste');
    // The panel page is a moz-extension document the host page cannot read.
    const access = await page.evaluate(() => {
      const frame = document.querySelector('preconsult-overlay')!.shadowRoot!.querySelector('iframe')!;
      try {
        return frame.contentWindow!.location.href;
      } catch {
        return 'cross-origin';
      }
    });
    expect(access).toBe('cross-origin');
    await page.close();
  }, 60_000);

  it('saves a note typed in the panel and reads it back after a reload', async () => {
    const page = await openRecord('/patients/P0004');
    let panel = await openPanel(page);
    await poll(() => text(panel, '[data-testid="pc-panel-patient"]')).toContain('MOREAU Camille');
    await click(panel, '[role="tab"]#pc-tab-notes'); // the panel opens on Pré-consultation
    const note = (await panel.waitForSelector('[data-testid="pc-note"]'))!;
    expect(await value(note)).toBe('');
    await note.click();
    await page.keyboard.type('Vient pour renouvellement de pilule.', { delay: 5 });
    await poll(() => text(panel, '[data-testid="pc-save"]')).toBe('Enregistré');

    // The record page's launcher, once the panel is folded, counts the note.
    await click(page, 'pierce/button[aria-label="Réduire"]');
    await poll(() => overlayText(page, 'pc-status')).toBe('1 note');

    await page.reload();
    panel = await openPanel(page);
    await poll(() => text(panel, '[data-testid="pc-panel-patient"]')).toContain('MOREAU Camille');
    await click(panel, '[role="tab"]#pc-tab-notes');
    await poll(async () => value((await panel.waitForSelector('[data-testid="pc-note"]'))!)).toBe('Vient pour renouvellement de pilule.');

    // Once the background is asleep, another patient's record: the panel follows it and shows
    // no note there (the note stays with its patient).
    await backgroundSuspended(panel);
    await click(page, 'a::-p-text(Patient suivant →)');
    await poll(() => text(panel, '[data-testid="pc-panel-patient"]')).toContain('FOURNIER Thomas');
    await poll(async () => value((await panel.waitForSelector('[data-testid="pc-note"]'))!)).toBe('');
    await page.close();
  }, 60_000);

  it('captures the administrative file from the record and fills the demo’s transport form', async () => {
    const page = await openRecord('/patients/P0006/administratif');
    const panel = await openPanel(page);
    await poll(() => text(panel, '[data-testid="pc-panel-patient"]')).toContain('LE GALL-DUPUIS Marie-Hélène Anne');
    await click(panel, '[role="tab"]::-p-text(Administratif)');
    await click(panel, '.pf-section-btn::-p-text(Dossier)');

    await click(panel, 'button::-p-text(Lire le dossier affiché)');
    await poll(async () => value((await panel.waitForSelector('#pf-identity-birthName'))!)).toBe('LE GALL-DUPUIS');
    await poll(() => text(panel, '[data-testid="pf-save"]')).toBe('Enregistré');
    expect(await value((await panel.waitForSelector('#pf-nir'))!)).toBe('274042211809068');
    expect(await text(panel, '#pf-nir-src')).toBe('Source : page (« N° de sécurité sociale »)');

    // The transport form of the Documents tab: Preact-controlled inputs, empty.
    await click(page, 'nav.md-tabs a::-p-text(Documents)');
    await poll(async () => (await formState(page)).nom).toBe('');
    await click(panel, '.pf-section-btn::-p-text(Remplir la page)');
    await click(panel, 'button::-p-text(Aperçu du remplissage)');
    await poll(() => panel.$$eval('[data-testid="pf-row"]', (rows) => rows.length)).toBeGreaterThan(10);
    expect((await formState(page)).nom).toBe(''); // the preview writes nothing

    await click(panel, '.pf-primary');
    await poll(() => text(panel, '[data-testid="pf-fill-message"]')).toMatch(/^Champs remplis/);
    // The demo's own component state holds the values.
    expect(await formState(page)).toEqual({
      civilite: 'Madame', nom: 'LE GALL-DUPUIS', nomUsage: 'GIRARD', prenom: 'Marie-Hélène',
      jour: '12', mois: '04', annee: '1974', nir: '274042211809068',
      adresse: '5 impasse des Mouettes', codePostal: '22300', ville: 'Lannion', telephone: '02 96 37 00 11',
      email: 'mh.girard@exemple.fr', caisse: 'CPAM des Côtes-d\'Armor', mutuelle: 'MGEN', motif: '',
    });

    await click(panel, 'button::-p-text(Annuler le remplissage)');
    await poll(async () => (await formState(page)).nom).toBe('');
    await page.close();
  }, 60_000);

  it('locks the workspace on demand and opens it with the passphrase (data sealed by the background)', async () => {
    const page = await openRecord('/patients/P0004');
    let panel = await openPanel(page);
    await poll(() => text(panel, '[data-testid="pc-panel-patient"]')).toContain('MOREAU Camille');
    // Enabled as the settings page does (a message from an extension page of ours).
    // With the panel's credential, as the panel sends everything (messaging/panel-mount.ts).
    const ask = (m: object) => panel.evaluate((msg) => (globalThis as unknown as { browser: { runtime: { sendMessage(m: object): Promise<{ ok: boolean; error?: string }> } } }).browser.runtime.sendMessage({ ...msg, mount: { token: location.hash.slice(1) } }), m);
    expect(await ask({ type: 'lock.enable', passphrase: 'cabinet des dunes', idleMinutes: 5 })).toMatchObject({ ok: true });
    await page.reload();
    panel = await openPanel(page);
    await click(panel, '[role="tab"]#pc-tab-notes');
    await poll(async () => value((await panel.waitForSelector('[data-testid="pc-note"]'))!)).toBe('Vient pour renouvellement de pilule.');

    await click(panel, '[data-testid="pc-lock-now"]');
    await panel.waitForSelector('[data-testid="pc-lock"]');
    expect(await text(panel, 'body')).not.toContain('pilule');
    await click(panel, '[data-testid="pc-lock-passphrase"]');
    await page.keyboard.type('cabinet des plages');
    await page.keyboard.press('Enter');
    await poll(() => text(panel, '[data-testid="pc-lock-error"]')).toBe('Phrase de passe incorrecte.');
    await click(panel, '[data-testid="pc-lock-passphrase"]');
    await page.keyboard.down('Control');
    await page.keyboard.press('a');
    await page.keyboard.up('Control');
    await page.keyboard.type('cabinet des dunes');
    await page.keyboard.press('Enter');
    await poll(async () => value((await panel.waitForSelector('[data-testid="pc-note"]'))!)).toBe('Vient pour renouvellement de pilule.');
    expect(await ask({ type: 'lock.disable', passphrase: 'cabinet des dunes' })).toMatchObject({ ok: true });
    await page.close();
  }, 60_000);
});
