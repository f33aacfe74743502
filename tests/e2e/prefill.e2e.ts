import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FrameLocator, Page } from 'playwright-core';
import { launch, openPanel, overlay, spaGo, type Session } from './harness';

// The pre-fill promise: the administrative file is captured from the record page with its
// sources, corrected by hand, filled into a framework-controlled form in one click (the
// framework's own state holds the values), undone, and refused when the patient is uncertain.
let s: Session;
beforeAll(async () => { s = await launch(); });
afterAll(async () => { await s?.close(); });

const formState = async (page: Page) =>
  JSON.parse((await page.locator('output[aria-label="État du formulaire"]').textContent()) ?? '{}') as Record<string, string>;
const EMPTY_FORM = {
  civilite: '', nom: '', nomUsage: '', prenom: '', jour: '', mois: '', annee: '', nir: '',
  adresse: '', codePostal: '', ville: '', telephone: '', email: '', caisse: '', mutuelle: '', motif: '',
};

async function openPrefill(page: Page, section: string): Promise<FrameLocator> {
  await openPanel(page);
  const panel = overlay.frame(page);
  await panel.getByRole('tab', { name: 'Administratif' }).click();
  await panel.getByRole('button', { name: section, exact: true }).click();
  return panel;
}

describe('administrative pre-fill on the demo record software', () => {
  it('shows a correction made in another tab on the same patient at once', async () => {
    const first = await s.newPage('/patients/P0010');
    const a = await openPrefill(first, 'Dossier');
    const second = await s.newPage('/patients/P0010');
    const b = await openPrefill(second, 'Dossier');
    await a.getByLabel('Employeur', { exact: true }).fill('Mairie de Lannion');
    await expect.poll(() => a.getByTestId('pf-save').textContent()).toBe('Enregistré');
    await expect.poll(() => b.getByLabel('Employeur', { exact: true }).inputValue()).toBe('Mairie de Lannion');
    await first.close();
    await second.close();
  });

  it('captures the file from the record, takes a correction, fills the transport form and undoes it', async () => {
    const page = await s.newPage('/patients/P0006/administratif');
    await openPanel(page);
    await expect.poll(() => overlay.panelPatient(page).textContent()).toContain('LE GALL-DUPUIS Marie-Hélène Anne');
    const panel = await openPrefill(page, 'Dossier');

    // The administrative view is shown: the panel reads it into the empty file by itself (the
    // button reads again on request).
    await panel.getByRole('button', { name: 'Lire le dossier affiché' }).first().click();
    await expect.poll(() => panel.getByLabel('Nom de naissance', { exact: true }).inputValue()).toBe('LE GALL-DUPUIS');
    await expect.poll(() => panel.getByTestId('pf-save').textContent()).toBe('Enregistré');
    expect(await panel.getByTestId('pf-file-missing').count()).toBe(0);

    // Compound name and used name kept apart, values normalised, each with the label it was read under.
    expect(await panel.getByLabel('Nom de naissance', { exact: true }).inputValue()).toBe('LE GALL-DUPUIS');
    expect(await panel.getByLabel('Nom utilisé', { exact: true }).inputValue()).toBe('GIRARD');
    expect(await panel.getByLabel('Prénoms', { exact: true }).inputValue()).toBe('Marie-Hélène Anne');
    expect(await panel.getByLabel('Date de naissance', { exact: true }).inputValue()).toBe('12/04/1974');
    expect(await panel.getByLabel('N° de sécurité sociale (NIR)').inputValue()).toBe('274042211809068');
    expect(await panel.getByLabel('N° d’adhérent').inputValue()).toBe('7781002');
    expect(await panel.locator('#pf-identity-birthName-src').textContent()).toBe('Source : page (« Nom de naissance »)');

    // A correction: refused while invalid (French message, not saved), taken once valid.
    const email = panel.getByLabel('Courriel', { exact: true });
    await email.fill('mh.girard@');
    await expect.poll(() => panel.getByTestId('pf-field-error').textContent()).toContain('Adresse e-mail invalide');
    await email.fill('marie-helene.girard@exemple.fr');
    await expect.poll(() => panel.getByTestId('pf-field-error').count()).toBe(0);
    await expect.poll(() => panel.getByTestId('pf-save').textContent()).toBe('Enregistré');
    expect(await panel.locator('#pf-email-src').textContent()).toBe('Source : saisie');

    // The transport form of the Documents tab: Preact-controlled inputs.
    await page.getByRole('link', { name: 'Documents' }).click();
    await expect.poll(async () => (await formState(page)).nom).toBe('');
    await panel.getByRole('button', { name: 'Remplir la page', exact: true }).click();
    await panel.getByRole('button', { name: 'Aperçu du remplissage' }).click();
    await expect.poll(() => panel.getByTestId('pf-row').count()).toBeGreaterThan(10);
    expect(await panel.getByRole('combobox', { name: 'Donnée pour « Nom de naissance »' }).inputValue()).toBe('birthName');
    // The preview marks the page's fields; nothing is written yet.
    expect(await page.locator('preconsult-prefill-marks').count()).toBe(1);
    expect(await formState(page)).toEqual(EMPTY_FORM);

    // The user leaves the reason for transport alone (it is not administrative).
    const motif = panel.getByRole('combobox', { name: 'Donnée pour « Motif du transport »' });
    expect(await motif.inputValue()).toBe('');

    expect(await panel.getByTestId('pf-will').textContent()).toMatch(/^Remplir 15 champs du formulaire affiché avec le dossier de GIRARD Marie-Hélène\.$/);
    await panel.getByRole('button', { name: /^Remplir \d+ champs?$/ }).click();
    await expect.poll(() => panel.getByTestId('pf-fill-message').textContent()).toBe('Champs remplis\u00a0: 15 sur 15 prévus, relus dans la page.');
    const filled = await formState(page);
    expect(filled).toEqual({
      ...EMPTY_FORM,
      civilite: 'Madame', nom: 'LE GALL-DUPUIS', nomUsage: 'GIRARD', prenom: 'Marie-Hélène',
      jour: '12', mois: '04', annee: '1974', nir: '274042211809068',
      adresse: '5 impasse des Mouettes', codePostal: '22300', ville: 'Lannion', telephone: '02 96 37 00 11',
      email: 'marie-helene.girard@exemple.fr', caisse: 'CPAM des Côtes-d\'Armor', mutuelle: 'MGEN',
    });
    expect(await page.locator('preconsult-prefill-marks').count()).toBe(0);

    // Undo: every text field back to empty in the framework's state. The civility radio group had
    // no choice before; the page's own events cannot empty it again, and the panel says so.
    await panel.getByRole('button', { name: 'Annuler le remplissage' }).click();
    await expect.poll(() => formState(page)).toEqual({ ...EMPTY_FORM, civilite: 'Madame' });
    await expect.poll(() => panel.getByTestId('pf-fill-message').textContent()).toMatch(/^Champs remis comme avant\u00a0: 14\. Non rétablis\u00a0: 1 /);

    // The mapping used is remembered for this form: the next preview offers it as such.
    await panel.getByRole('button', { name: 'Aperçu du remplissage' }).click();
    await expect.poll(() => panel.getByTestId('pf-row').first().textContent()).toContain('choix mémorisé');
    await panel.getByRole('button', { name: 'Annuler', exact: true }).click();
    await expect.poll(() => page.locator('preconsult-prefill-marks').count()).toBe(0);
    await page.close();
  });

  it('refuses to fill when the page switched patient between the preview and the fill', async () => {
    const page = await s.newPage('/patients/P0006/documents');
    await openPanel(page);
    await expect.poll(() => overlay.panelPatient(page).textContent()).toContain('GIRARD');
    const panel = await openPrefill(page, 'Remplir la page');
    await panel.getByRole('button', { name: 'Aperçu du remplissage' }).click();
    await expect.poll(() => panel.getByTestId('pf-row').count()).toBeGreaterThan(10);
    expect(await page.locator('preconsult-prefill-marks').count()).toBe(1);

    await spaGo(page, '/patients/P0007/documents');
    await expect.poll(() => overlay.panelPatient(page).textContent()).toContain('LEFEBVRE Nicolas');
    await expect.poll(() => panel.getByTestId('pf-stale').count()).toBe(1);
    // The first patient's values are taken off the page as soon as it shows someone else.
    await expect.poll(() => page.locator('preconsult-prefill-marks').count()).toBe(0);
    // The preview's fill button cannot be used for the patient now shown (the fill itself refuses too,
    // see the unit tests); the way on is a new preview.
    expect(await panel.getByRole('button', { name: /^Remplir \d+ champs?$/ }).isDisabled()).toBe(true);
    expect(await panel.getByTestId('pf-stale').textContent()).toContain('refaites l’aperçu');
    expect(await formState(page)).toEqual(EMPTY_FORM);
    await page.close();
  });

  it('writes the administrative summary into the record field the user clicks', async () => {
    const page = await s.newPage('/patients/P0006/consultation');
    await openPanel(page);
    await expect.poll(() => overlay.panelPatient(page).textContent()).toContain('GIRARD');
    const panel = await openPrefill(page, 'Courriers');
    await panel.getByLabel('Synthèse administrative').check();
    await panel.getByRole('button', { name: 'Rédiger' }).click();
    const text = panel.getByLabel('Texte (modifiable avant usage)');
    await expect.poll(() => text.inputValue()).toContain('NIR : 274042211809068');
    const summary = await text.inputValue();

    await panel.getByRole('button', { name: 'Insérer dans la page…' }).click();
    const note = page.getByLabel('Note de consultation');
    await note.click();
    await expect.poll(() => panel.getByText('Texte inséré dans « Note de consultation ».').count()).toBe(1);
    expect(await note.inputValue()).toBe(summary);
    // The record software's own state took it: its save sends the text to its server.
    await page.getByRole('button', { name: 'Enregistrer la note' }).click();
    await expect.poll(() => page.evaluate(async () => ((await (await fetch('/api/patients/P0006/note')).json()) as { text: string }).text)).toBe(summary);
    await page.close();
  });

  it('offers nothing to fill on the patient list, where no patient is certain', async () => {
    const page = await s.newPage('/');
    await openPanel(page);
    await expect.poll(() => overlay.reason(page).textContent()).toContain('Aucun patient identifié');
    expect(await overlay.frame(page).getByRole('tab', { name: 'Administratif' }).count()).toBe(0);
    expect(await overlay.frame(page).getByRole('button', { name: /Remplir/ }).count()).toBe(0);
    await page.close();
  });
});
