import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { launch, overlay, type Session } from './harness';
import { patients, type DemoPatient } from '../../demo/src/patients';

// The pre-fill promise, measured as a user lives it: for EVERY demo patient, MédiDémo's transport
// form is filled twice, once typed by hand and once with Préconsult the first time the patient is
// seen (file not captured yet: the flow opens the panel, follows what it says — open the record's
// administrative tab — then fills). Every key and every click goes through a small counter around
// Playwright's mouse and keyboard. The two forms must hold the same values (nothing lost or cut),
// and Préconsult must take at least 95 % fewer actions.

let s: Session;
beforeAll(async () => { s = await launch(); });
afterAll(async () => {
  await s?.close();
  // The figures for the README and the report.
  if (results.length) console.log(`[scripted user]\n${results.map((r) => `${r.id}: by hand ${r.hand}, Préconsult ${r.tool} (-${r.saving.toFixed(1)} %)`).join('\n')}`);
});

const results: { id: string; hand: number; tool: number; saving: number }[] = [];

/** Every click and key of a page counted: clicks at an element's centre, keys one by one. */
function counter(page: Page) {
  let actions = 0;
  return {
    get actions() { return actions; },
    async click(target: Locator): Promise<void> {
      await target.waitFor();
      await target.scrollIntoViewIfNeeded();
      const box = await target.boundingBox();
      if (!box) throw new Error('nothing to click');
      actions++;
      await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    },
    async type(text: string): Promise<void> {
      for (const ch of text) {
        actions++;
        await page.keyboard.type(ch);
      }
    },
  };
}

const formState = async (page: Page) =>
  JSON.parse((await page.locator('output[aria-label="État du formulaire"]').textContent()) ?? '{}') as Record<string, string>;

/** What a person types into the transport form for this patient, read off the record's administrative tab. */
function byHand(p: DemoPatient): [field: string, text: string][] {
  const [y, m, d] = p.birthDate.split('-');
  const rows: [string, string][] = [
    ['Nom de naissance', p.birthName],
    ["Nom d'usage", p.usedName ?? ''],
    ['Prénom', p.firstNames.split(' ')[0]!],
    ['Jour de naissance', d!], ['Mois de naissance', m!], ['Année de naissance', y!],
    ["N° d'immatriculation (NIR)", p.nir],
    ['Adresse', p.address.line], ['Code postal', p.address.postalCode], ['Ville', p.address.city],
    ['Téléphone', p.phone], ['Courriel', p.email ?? ''], ["Caisse d'affiliation", p.caisse],
    ['Organisme complémentaire', p.mutuelle?.name ?? ''],
  ];
  return rows.filter(([, text]) => text !== '');
}

/** Values compared as a person reads them: spaces inside a NIR or a phone number do not matter. */
function comparable(state: Record<string, string>): Record<string, string> {
  const out = { ...state };
  for (const k of ['nir', 'telephone']) out[k] = (out[k] ?? '').replace(/\s/g, '');
  return out;
}

async function fillByHand(p: DemoPatient): Promise<{ actions: number; state: Record<string, string> }> {
  const page = await s.newPage(`/patients/${p.id}`);
  const c = counter(page);
  // The values are read on the administrative tab, typed on the form of the Documents tab.
  await c.click(page.getByRole('link', { name: 'Administratif' }));
  await c.click(page.getByRole('link', { name: 'Documents' }));
  await c.click(page.getByLabel(p.civilite === 'Mme' ? 'Madame' : 'Monsieur'));
  for (const [label, text] of byHand(p)) {
    await c.click(page.getByLabel(label, { exact: true }));
    await c.type(text);
  }
  const state = await formState(page);
  await page.close();
  return { actions: c.actions, state };
}

async function fillWithPreconsult(p: DemoPatient): Promise<{ actions: number; state: Record<string, string> }> {
  const page = await s.newPage(`/patients/${p.id}`);
  await page.setViewportSize({ width: 1366, height: 768 });
  const c = counter(page);
  const panel = overlay.frame(page);
  await page.locator('preconsult-overlay :is([data-testid="pc-launcher"], [data-testid="pc-panel"])').first().waitFor();
  if (!(await overlay.panel(page).isVisible())) await c.click(overlay.launcher(page));
  await expect.poll(() => overlay.panelPatient(page).textContent()).toContain(p.usedName ?? p.birthName);
  const adminTab = panel.getByRole('tab', { name: 'Administratif' });
  if ((await adminTab.getAttribute('aria-selected')) !== 'true') await c.click(adminTab);
  // The panel reads what the record shows and says what is still missing, and where it usually is.
  const missing = panel.getByTestId('pf-file-missing');
  await expect.poll(async () => (await missing.count()) > 0 || (await panel.getByTestId('pf-read-status').count()) > 0).toBe(true);
  if ((await missing.count()) > 0) {
    expect(await missing.textContent()).toContain('Administratif');
    await c.click(page.getByRole('link', { name: 'Administratif' }));
    await expect.poll(() => missing.count(), { timeout: 15_000 }).toBe(0);
  }
  await c.click(page.getByRole('link', { name: 'Documents' }));
  // The form is noticed: the panel says what one click will do, on top, without scrolling.
  const bar = panel.getByTestId('pf-fill-bar');
  const will = bar.getByTestId('pf-will');
  await expect.poll(() => will.textContent(), { timeout: 15_000 }).toMatch(/^Remplir \d+ champs du formulaire affiché avec le dossier de /);
  const fillButton = bar.getByRole('button', { name: /^Remplir \d+ champs?$/ });
  const frameBox = await overlay.panel(page).boundingBox();
  const buttonBox = await fillButton.boundingBox();
  expect(buttonBox!.y + buttonBox!.height).toBeLessThanOrEqual(frameBox!.y + frameBox!.height);
  const announced = /^Remplir (\d+) champs/.exec((await will.textContent())!)![1];
  await c.click(fillButton);
  await expect.poll(() => panel.getByTestId('pf-fill-message').textContent()).toMatch(/^Champs remplis/);
  const message = (await panel.getByTestId('pf-fill-message').textContent())!;
  // The count the button announced is the count the report gives.
  const [, filled, planned] = /(\d+) sur (\d+)/.exec(message)!;
  expect([filled, planned]).toEqual([announced, announced]);
  const state = await formState(page);
  await page.close();
  return { actions: c.actions, state };
}

describe('a scripted user fills the transport form of every demo patient', () => {
  it.each(patients.map((p) => ({ id: p.id, p })))('$id: nothing lost, at least 95 % fewer actions', async ({ p }) => {
    const hand = await fillByHand(p);
    const tool = await fillWithPreconsult(p);
    // Nothing lost or cut compared with typing by hand (the reason for transport is not administrative).
    expect(comparable(tool.state)).toEqual(comparable(hand.state));
    const saving = (1 - tool.actions / hand.actions) * 100;
    results.push({ id: p.id, hand: hand.actions, tool: tool.actions, saving });
    expect(saving).toBeGreaterThanOrEqual(95);
  }, 120_000);
});
