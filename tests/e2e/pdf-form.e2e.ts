import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PDFDocument } from 'pdf-lib';
import { launch, openPanel, overlay, type Session } from './harness';
import { cerfaLikePdf } from '../unit/forms/cerfa-like';
import { readPdfFields } from '../../sites/forms/pdf/pdf-fields';
import { readPdfValue } from '../../sites/forms/pdf/pdf-fill';

// The official-form promise: a cerfa-like AcroForm PDF (made by the test, French names and
// tooltips) given to the panel is filled on the workstation with the patient's file, handed to the
// browser's downloads under a clear name, and its fields read back equal the file.
let s: Session;
beforeAll(async () => { s = await launch(); });
afterAll(async () => { await s?.close(); });

describe('official PDF forms filled on the workstation', () => {
  it('fills a cerfa-like PDF with P0010’s file and reads its fields back equal to the file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'preconsult-pdf-'));
    const form = join(dir, 'cerfa_11574_transport.pdf');
    writeFileSync(form, await cerfaLikePdf());

    const page = await s.newPage('/patients/P0010/administratif');
    await openPanel(page);
    const panel = overlay.frame(page);
    await panel.getByRole('tab', { name: 'Administratif' }).click();
    // The administrative view is shown: the panel reads it into the file by itself.
    await expect.poll(() => panel.getByLabel('Ville', { exact: true }).inputValue(), { timeout: 15_000 }).toBe('Bourg-en-Bresse');
    await expect.poll(() => panel.getByTestId('pf-save').textContent()).toBe('Enregistré');

    await panel.getByRole('button', { name: 'Formulaire PDF', exact: true }).click();
    const started = performance.now();
    await panel.getByLabel('Choisir un formulaire PDF').setInputFiles(form);
    const will = panel.getByTestId('pf-pdf-will');
    await expect.poll(() => will.textContent()).toBe('Remplir 14 champs du formulaire «\u00a0cerfa_11574_transport.pdf\u00a0» avec le dossier de DUPONT Jeanne.');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      panel.getByRole('button', { name: 'Créer le PDF rempli (14 champs)' }).click(),
    ]);
    const elapsed = performance.now() - started;
    expect(download.suggestedFilename()).toBe('cerfa_11574_transport-DUPONT-Jeanne-rempli.pdf');
    const saved = join(dir, 'rempli.pdf');
    await download.saveAs(saved);
    await expect.poll(() => panel.getByTestId('pf-pdf-status').textContent()).toBe('PDF rempli. Champs écrits\u00a0: 14 sur 14 prévus, relus dans le fichier créé.');

    const doc = await PDFDocument.load(readFileSync(saved));
    const read = Object.fromEntries(readPdfFields(doc).map((f) => [f.descriptor.name, readPdfValue(doc, f)]));
    expect(read).toEqual({
      nom_naissance: 'DUPONT', nom_usage: '', prenoms: 'Jeanne',
      date_naissance_jour: '01', date_naissance_mois: '12', date_naissance_annee: '1944',
      nir: '2441201033009', nir_cle: '14', adresse: 'EHPAD Les Glycines, 1 rue des Lilas', code_postal: '01000',
      commune: 'Bourg-en-Bresse', caisse: 'CPAM de l\'Ain', medecin_traitant: 'Dr Claire Fontaine', sexe: 'féminin', ald: 'oui',
    });
    console.log(`[pdf form] from the file given to the filled PDF handed to the downloads: ${Math.round(elapsed)} ms`);
    await page.close();
  });
});
