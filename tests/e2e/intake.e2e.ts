import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Frame, Page } from 'playwright-core';
import { launch, openPanel, overlay, type Session } from './harness';

// The intake's promise: a full adult intake by keyboard alone, implausible values refused with
// nothing lost, and the hand-off through the record's own note read back as the doctor's view on
// another browser profile (another workstation) that shares only the record software.
let s: Session;
beforeAll(async () => { s = await launch(); });
afterAll(async () => { await s?.close(); });

const panelFrame = (page: Page): Frame => {
  const f = page.frames().find((x) => /\/panel\.html(#|$)/.test(x.url()));
  if (!f) throw new Error('panel frame not found');
  return f;
};
const focused = (page: Page) => panelFrame(page).evaluate(() => {
  const el = document.activeElement as HTMLElement | null;
  return el?.dataset.testid || el?.id || el?.tagName || '';
});
/** Presses Enter (the checklist's "next field") or Tab until the focus is on `target`. */
async function enterUntil(page: Page, target: string, key: 'Enter' | 'Tab' = 'Enter', max = 40) {
  for (let i = 0; i < max && (await focused(page)) !== target; i++) await page.keyboard.press(key);
  expect(await focused(page)).toBe(target);
}
async function openIntake(page: Page, name: string) {
  await openPanel(page);
  await expect.poll(() => overlay.panelPatient(page).textContent()).toContain(name);
  const f = overlay.frame(page);
  await f.getByRole('tab', { name: 'Pré-consultation' }).click();
  await f.locator('[data-testid="ik-start"]').waitFor();
  return f;
}

describe('intake checklist on the demo record software', () => {
  it('takes a full adult intake by keyboard alone, with prevention due for a 50-year-old man', async () => {
    const page = await s.newPage('/patients/P0007');
    const f = await openIntake(page, 'LEFEBVRE Nicolas');
    await f.locator('[data-testid="ik-start"]').focus();
    await page.keyboard.press('Enter');
    // The first item has the focus: from here on, only the keyboard.
    await expect.poll(() => focused(page)).toBe('ik-in-motif');
    const k = page.keyboard;
    await k.type('Renouvellement traitement HTA');
    await k.press('Enter');
    // Blood pressure: two numbers and the arm; a second reading is one Tab away.
    await k.type('152'); await k.press('Enter'); await k.type('96'); await k.press('Enter');
    expect(await focused(page)).toBe('ik-ta-arm');
    await k.type('d'); // arm: droit
    await k.press('Tab');
    expect(await focused(page)).toBe('ik-ta-add');
    await k.press('Enter'); // second reading
    await expect.poll(() => focused(page)).toBe('ik-ta-sys-1');
    await k.type('146'); await k.press('Enter'); await k.type('92'); await k.press('Enter');
    expect(await focused(page)).toBe('ik-ta-arm');
    await k.press('Enter');
    expect(await focused(page)).toBe('ik-in-fc');
    for (const v of ['72', '82', '176', '99', '36,8', '97']) { await k.type(v); await k.press('Enter'); }
    expect(await focused(page)).toBe('ik-in-glycemie');
    await k.type('1,10'); await k.press('Enter'); // unit and fasting are for Tab
    await k.type('2'); await k.press('Enter');
    expect(await focused(page)).toBe('ik-review-allergies');
    // The record page lists them: checked unchanged, one key each.
    await expect.poll(() => f.locator('[data-testid="ik-review-page-traitements"]').textContent()).toBe('Dans le dossier\u00a0: Amlodipine 5 mg/j');
    for (const topic of ['allergies', 'traitements', 'antecedents']) {
      expect(await focused(page)).toBe(`ik-review-${topic}`);
      await k.press('Enter');
    }

    // Prevention from birth date and sex: a man of 50 in 2026.
    const items = f.locator('[data-testid="ik-prevention-item"]');
    await expect.poll(async () => (await items.evaluateAll((els) => els.map((e) => e.getAttribute('data-id')))).sort())
      .toEqual(['bilan-prevention', 'depistage-cancer-colorectal', 'vaccin-dtp']);
    await expect.poll(() => f.locator('[data-id="vaccin-dtp"]').textContent()).toContain('Source');
    // The patient reports a tetanus booster in 2024: typed in its "fait le" field, it is no longer due.
    await enterUntil(page, 'ik-prevention'); // focus on the first act field
    const onDtp = () => panelFrame(page).evaluate(() => document.activeElement?.closest('[data-id]')?.getAttribute('data-id') === 'vaccin-dtp');
    // Tab goes from act to act (Enter on an empty one passes the whole item).
    for (let i = 0; i < 5 && !(await onDtp()); i++) await k.press('Tab');
    expect(await onDtp()).toBe(true);
    await k.type('10/03/2024'); await k.press('Enter');
    await expect.poll(() => items.count()).toBe(2);
    await expect.poll(() => f.locator('.ik-acts').textContent()).toContain('10/03/2024');

    // Past the recorded act's "remove" button (Enter would press it) and the conditions.
    await enterUntil(page, 'ik-in-tabac', 'Tab');
    await k.type('n'); await k.press('Enter'); await k.press('Enter');
    await enterUntil(page, 'ik-in-carte-vitale');
    await k.press('Space'); await k.press('Enter');
    expect(await focused(page)).toBe('ik-finish');
    await expect.poll(() => f.locator('[data-testid="ik-progress"]').textContent()).toContain('16 / 17');
    await k.press('Enter');

    const done = f.locator('[data-testid="ik-finished"]');
    await done.waitFor();
    const flags = done.locator('[data-testid="ik-doctor-flags"]');
    await expect.poll(() => flags.textContent()).toContain('TA élevée');
    const text = (await flags.textContent())!;
    expect(text).toContain('Tour de taille élevé');
    expect(text).toContain('À faire : Dépistage du cancer colorectal');
    expect(text).not.toContain('Vaccin diphtérie');
    expect(text).not.toContain('Manquant');
    const vitals = (await done.locator('[data-testid="ik-doctor-vitals"]').textContent())!;
    expect(vitals).toContain('149/94 mmHg (moyenne de 2 mesures : 152/96, 146/92, bras droit)');
    expect(vitals).toContain('26,5 kg/m²');
    expect(vitals).toContain('1,1 g/L (6,1 mmol/L)');
    await page.close();
  });

  it('refuses an implausible value with a French message, keeps the typed text, and accepts the correction', async () => {
    const page = await s.newPage('/patients/P0008');
    const f = await openIntake(page, 'MERCIER Françoise');
    await f.locator('[data-testid="ik-start"]').click();
    const weight = f.locator('[data-testid="ik-in-poids"]');
    await weight.pressSequentially('820');
    const err = f.locator('[data-testid="ik-err-poids"]');
    await expect.poll(() => err.textContent()).toBe('Poids de 820 kg hors des valeurs possibles (0,3 à 400 kg) : vérifiez la saisie.');
    expect(await weight.inputValue()).toBe('820');
    expect(await weight.getAttribute('aria-invalid')).toBe('true');
    expect(await f.locator('[data-testid="ik-finish"]').isDisabled()).toBe(true);
    // Systolic below diastolic is refused too.
    await f.locator('[data-testid="ik-ta-sys-0"]').pressSequentially('80');
    await f.locator('[data-testid="ik-ta-dia-0"]').pressSequentially('90');
    await expect.poll(() => f.locator('[data-testid="ik-err-ta"]').textContent()).toContain('La systolique (80) doit être supérieure à la diastolique (90).');
    // Nothing is lost: the refused text survives a reload of the page (autosaved as typed).
    await expect.poll(() => f.locator('[data-testid="ik-save"]').textContent()).toBe('Enregistré');
    await page.reload();
    await openPanel(page);
    const f2 = overlay.frame(page);
    await f2.getByRole('tab', { name: 'Pré-consultation' }).click();
    await expect.poll(() => f2.locator('[data-testid="ik-in-poids"]').inputValue()).toBe('820');
    await f2.locator('[data-testid="ik-in-poids"]').press('End');
    await f2.locator('[data-testid="ik-in-poids"]').press('Backspace');
    await expect.poll(() => f2.locator('[data-testid="ik-err-poids"]').count()).toBe(0);
    expect(await f2.locator('[data-testid="ik-in-poids"]').inputValue()).toBe('82');
    await f2.locator('[data-testid="ik-ta-sys-0"]').fill('130');
    await expect.poll(() => f2.locator('[data-testid="ik-err-ta"]').count()).toBe(0);
    expect(await f2.locator('[data-testid="ik-ta-dia-0"]').inputValue()).toBe('90');
    await page.close();
  });

  it('reads the vaccinations listed in the record into the prevention acts', async () => {
    const page = await s.newPage('/patients/P0008/vaccinations');
    await openPanel(page);
    await expect.poll(() => overlay.panelPatient(page).textContent()).toContain('MERCIER Françoise');
    const f = overlay.frame(page);
    await f.getByRole('tab', { name: 'Pré-consultation' }).click();
    // The intake left open by the previous test goes on.
    await f.locator('[data-testid="ik-read-acts"]').click();
    await expect.poll(() => f.locator('[data-testid="ik-read-acts-status"]').textContent()).toBe('Actes ajoutés : 1.');
    expect(await f.locator('.ik-acts').textContent()).toContain('Vaccin grippe saisonnière le 20/10/2025');
    await page.close();
  });

  it('hands the intake over through the record note, read back as the doctor’s view on a second profile', async () => {
    const page = await s.newPage('/patients/P0007');
    const f = await openIntake(page, 'LEFEBVRE Nicolas');
    await f.locator('[data-testid="ik-transmit"]').click();
    await expect.poll(() => f.locator('[data-testid="ik-handoff-status"]').textContent()).toContain('Résumé écrit dans la note du dossier');
    const note = page.locator('#note-consultation');
    const written = await note.inputValue();
    expect(written).toMatch(/^--- Préconsult : pré-consultation du \d{2}\/\d{2}\/\d{4} ---\n/);
    expect(written).toContain('\n--- fin Préconsult ---');
    // The same summary as text, and the vital signs as a FHIR R4 file.
    await f.locator('[data-testid="ik-copy"]').click();
    await expect.poll(() => f.locator('[data-testid="ik-handoff-status"]').textContent()).toBe('Texte copié.');
    const [download] = await Promise.all([page.waitForEvent('download'), f.locator('[data-testid="ik-fhir"]').click()]);
    expect(download.suggestedFilename()).toMatch(/^preconsult-\d{4}-\d{2}-\d{2}\.fhir\.json$/);
    const bundle = JSON.parse(readFileSync(await download.path(), 'utf8'));
    expect(bundle.resourceType).toBe('Bundle');
    type Entry = { fullUrl: string; resource: { resourceType: string; code?: { coding: { code: string }[] }; subject?: { reference: string }; identifier?: { system: string; value: string }[] } };
    const [patient, ...observations] = bundle.entry as Entry[];
    expect(patient!.resource).toMatchObject({ resourceType: 'Patient', birthDate: '1976-01-25', gender: 'male' });
    expect(patient!.resource.identifier).toEqual([expect.objectContaining({ system: 'urn:oid:1.2.250.1.213.1.4.8', value: '176015935001245' })]);
    expect(observations.map((e) => e.resource.code!.coding[0]!.code)).toContain('85354-9');
    for (const o of observations) expect(o.resource.subject).toEqual({ reference: patient!.fullUrl });
    await page.getByRole('button', { name: 'Enregistrer la note' }).click();
    await expect.poll(() => page.locator('.md-status').textContent()).toBe('Enregistré');
    await page.close();

    // Another workstation: a fresh profile, set to the doctor's role, same record software.
    const doc = await launch({ demo: s.demo });
    try {
      const options = await doc.context.newPage();
      await options.goto(`chrome-extension://${doc.extensionId}/options.html`);
      await options.locator('[data-testid="op-role-medecin"]').check();
      await expect.poll(() => options.locator('[data-testid="op-role-status"]').textContent()).toBe('Enregistré.');
      await options.close();

      const p2 = await doc.newPage('/patients/P0007');
      await openPanel(p2, { notes: false }); // as it opens: on Pré-consultation, the doctor's view
      const f2 = overlay.frame(p2);
      const view = f2.locator('[data-testid="ik-doctor"]');
      await view.waitFor({ timeout: 10_000 });
      expect(await f2.locator('[data-testid="ik-doctor-source"]').textContent()).toContain('Note du dossier');
      const flags = (await view.locator('[data-testid="ik-doctor-flags"]').textContent())!;
      expect(flags).toContain('TA élevée');
      expect(flags).toContain('Dépistage du cancer colorectal');
      // Flags come first, then the measures and the checklist.
      const order = await view.evaluate((el) => [...el.querySelectorAll('[data-testid^="ik-doctor-"]')].map((x) => x.getAttribute('data-testid')));
      expect(order).toEqual(['ik-doctor-source', 'ik-doctor-flags', 'ik-doctor-vitals', 'ik-doctor-checklist']);
      expect(await view.locator('[data-testid="ik-doctor-vitals"]').textContent()).toContain('149/94 mmHg');
      expect(await view.locator('[data-testid="ik-doctor-checklist"]').textContent()).toContain('Renouvellement traitement HTA');
      await p2.close();
    } finally {
      await doc.close();
    }
  });
});
