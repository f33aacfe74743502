import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openPanel, overlay, type Session } from './harness';

// Chromium in English: the browser's i18n gives the English catalogue, and what clinical/ returns
// (age, refused values, flags, prevention reminders, NIR checks) is shown in English, numbers and
// dates the English way. The rest of the e2e suite runs in French.
let s: Session;
beforeAll(async () => { s = await launch({ lang: 'en-US' }); });
afterAll(async () => { await s?.close(); });

describe('the panel in English', () => {
  it('shows the age, the intake’s checks and reminders, and the NIR check in English', async () => {
    const page = await s.newPage('/patients/P0007');
    await openPanel(page);
    const f = overlay.frame(page);
    await expect.poll(() => overlay.panelPatient(page).textContent()).toContain('LEFEBVRE Nicolas');
    expect(await f.locator('[data-testid="pc-age"]').textContent()).toMatch(/^\d+ years$/);

    await f.getByRole('tab', { name: 'Pre-consultation' }).click();
    await f.locator('[data-testid="ik-start"]').click();
    const weight = f.locator('[data-testid="ik-in-poids"]');
    await weight.pressSequentially('820');
    await expect.poll(() => f.locator('[data-testid="ik-err-poids"]').textContent())
      .toBe('Weight of 820 kg is outside the possible values (0.3 to 400 kg): check the entry.');
    await weight.press('Backspace');
    await f.locator('[data-testid="ik-in-taille"]').pressSequentially('176');
    await expect.poll(() => f.locator('[data-testid="ik-bmi"]').textContent()).toContain('BMI: 26.5 kg/m²');
    expect(await f.locator('[data-testid="ik-flags-imc"]').textContent()).toBe('Info: BMI 25 to 29.9: overweight');

    const dtp = f.locator('[data-id="vaccin-dtp"]');
    await expect.poll(() => dtp.locator('.ik-badge').textContent()).toBe('Overdue');
    expect(await dtp.locator('strong').textContent()).toBe('Diphtheria, tetanus, polio vaccine (± pertussis)');
    expect(await dtp.locator('.ik-reason').textContent()).toBe('Diphtheria-tetanus-polio boosters at fixed ages: Td-IPV booster at 45, no dose recorded; due since 1/25/2021.');
    expect(await dtp.locator('.ik-source').textContent()).toMatch(/^Source: Calendrier des vaccinations/);

    await f.getByRole('tab', { name: 'Administrative' }).click();
    await f.locator('#pf-nir').fill('1 48 04 75 116 042 68');
    await expect.poll(() => f.locator('[data-testid="pf-field-error"]').first().textContent())
      .toBe('The NIR key (68) does not match the first 13 digits: check the entry.');
    await page.close();
  });
});
