import { describe, expect, it } from 'vitest';
import { PDFDocument } from 'pdf-lib';
import { readPdfFields } from '../../../sites/forms/pdf/pdf-fields';
import { readPdfValue } from '../../../sites/forms/pdf/pdf-fill';
import { toWinAnsi } from '../../../sites/forms/pdf/win-ansi';
import { classifyField } from '../../../sites/forms/classify-field';
import { fillPdf, filledFileName, openPdf, type PdfPreview } from '../../../components/prefill/pdf-flow';
import { plannedRows } from '../../../components/prefill/fill-flow';
import { profileToFillValues } from '../../../clinical/admin/profile-values';
import { emptyAdminProfile, type AdminProfile } from '../../../clinical/admin/profile-schema';
import { cerfaLikePdf } from './cerfa-like';

const s = <T,>(value: T) => ({ value, source: { kind: 'saisie' as const }, capturedAt: '2026-11-23T10:00:00.000Z' });
// P0010's file, as captured from MédiDémo.
const P0010: AdminProfile = {
  ...emptyAdminProfile(),
  identity: { civility: s('Mme'), sex: s('F'), birthName: s('DUPONT'), firstNames: s('Jeanne'), birthDate: s('1944-12-01') },
  nir: s('244120103300914'),
  insurance: { caisse: s('CPAM de l’Ain') },
  doctor: { declared: s(true), name: s('Dr Claire Fontaine') },
  ald: { active: s(true), conditions: s(['Maladie d’Alzheimer']) },
  address: { lines: s(['EHPAD Les Glycines', '1 rue des Lilas']), postalCode: s('01000'), city: s('Bourg-en-Bresse') },
};

async function preview(profile: AdminProfile): Promise<PdfPreview> {
  const opened = await openPdf(await cerfaLikePdf(), 'cerfa_11574.pdf', 'k1', profileToFillValues(profile));
  if ('error' in opened) throw new Error(opened.error);
  return opened;
}

describe('an official PDF form read as a web form is', () => {
  it('describes each AcroForm field by its tooltip, name and section, and pairs of check boxes as one choice', async () => {
    const fields = readPdfFields(await PDFDocument.load(await cerfaLikePdf()));
    const byName = Object.fromEntries(fields.map((f) => [f.descriptor.name, f.descriptor]));
    expect(byName.nom_naissance).toMatchObject({ kind: 'text', labels: ['Nom de naissance'], section: 'beneficiaire' });
    expect(byName.nir).toMatchObject({ maxLength: 13 });
    expect(byName.sexe).toMatchObject({ kind: 'radio', labels: ['Sexe'], options: [{ value: 'sexe_F', text: 'féminin' }, { value: 'sexe_M', text: 'masculin' }] });
    expect(byName.ald?.options.map((o) => o.text)).toEqual(['oui', 'non']);
  });

  it('classified by the same classifier as web forms', async () => {
    const fields = readPdfFields(await PDFDocument.load(await cerfaLikePdf()));
    const keys = Object.fromEntries(fields.map((f) => [f.descriptor.name, classifyField(f.descriptor).key]));
    expect(keys).toEqual({
      nom_naissance: 'birthName', nom_usage: 'usedName', prenoms: 'firstNames',
      date_naissance_jour: 'birthDate.day', date_naissance_mois: 'birthDate.month', date_naissance_annee: 'birthDate.year',
      nir: 'nir', nir_cle: 'nir', adresse: 'addressLine1', code_postal: 'postalCode', commune: 'city',
      caisse: 'caisse', medecin_traitant: 'doctorName', sexe: 'sex', ald: 'ald',
    });
  });
});

describe('filling an official PDF form on the workstation', () => {
  it('writes the file into the fields and reads them back equal to the file', async () => {
    const p = await preview(P0010);
    // Nom d'usage: no used name, left blank; everything else planned, nothing cut.
    expect(p.rows.filter((r) => r.fit?.loses)).toEqual([]);
    expect(plannedRows(p)).toHaveLength(14);
    const filled = await fillPdf(p, 'DUPONT Jeanne');
    expect(filled).toMatchObject({ planned: 14, filled: 14, fileName: 'cerfa_11574-DUPONT-Jeanne-rempli.pdf' });
    const doc = await PDFDocument.load(filled.bytes);
    const read = Object.fromEntries(readPdfFields(doc).map((f) => [f.descriptor.name, readPdfValue(doc, f)]));
    expect(read).toEqual({
      nom_naissance: 'DUPONT', nom_usage: '', prenoms: 'Jeanne',
      date_naissance_jour: '01', date_naissance_mois: '12', date_naissance_annee: '1944',
      nir: '2441201033009', nir_cle: '14', adresse: 'EHPAD Les Glycines, 1 rue des Lilas', code_postal: '01000',
      commune: 'Bourg-en-Bresse', caisse: 'CPAM de l’Ain', medecin_traitant: 'Dr Claire Fontaine', sexe: 'féminin', ald: 'oui',
    });
  });

  it('says when a value is longer than the box, and leaves it for the user', async () => {
    const long: AdminProfile = { ...P0010, address: { ...P0010.address, lines: s(['Résidence des Tilleuls, bâtiment B, escalier 4', '1 rue des Lilas']) } };
    const p = await preview(long);
    const address = p.rows.find((r) => r.descriptor.name === 'adresse')!;
    expect(address.fit).toMatchObject({ loses: true, notes: ['joined', 'truncated'], maxLength: 60 });
    expect(address.include).toBe(false);
  });

  it('writes French accents and quotes as they are; letters outside the form’s font as the closest, flagged; others not at all', async () => {
    expect(toWinAnsi('Hélène Françoise Œuvre « à côté » — 12 €')).toEqual({ text: 'Hélène Françoise Œuvre « à côté » — 12 €', replaced: [], impossible: [] });
    expect(toWinAnsi('Łukasiewicz Győző').text).toBe('Lukasiewicz Gyozo');
    expect(toWinAnsi('李').impossible).toEqual(['李']);

    const names: AdminProfile = { ...P0010, identity: { ...P0010.identity, birthName: s('ŁUKASIEWICZ'), firstNames: s('李') } };
    const p = await preview(names);
    const birthName = p.rows.find((r) => r.descriptor.name === 'nom_naissance')!;
    expect(birthName).toMatchObject({ include: false, fit: { text: 'LUKASIEWICZ', meant: 'ŁUKASIEWICZ', notes: ['transliterated'] } });
    const first = p.rows.find((r) => r.descriptor.name === 'prenoms')!;
    expect(first.fit).toMatchObject({ text: '', notes: ['unencodable'] });
    // Ticked by the user, the close spelling is written; the impossible one never is.
    const ticked = { ...p, rows: p.rows.map((r) => (r === birthName ? { ...r, include: true } : r)) };
    const filled = await fillPdf(ticked, 'LUKASIEWICZ');
    const doc = await PDFDocument.load(filled.bytes);
    const form = doc.getForm();
    expect(form.getTextField('beneficiaire.nom_naissance').getText()).toBe('LUKASIEWICZ');
    expect(form.getTextField('beneficiaire.prenoms').getText()).toBeUndefined();
    expect(filled.report.find((r) => r.name === 'Prénoms')).toMatchObject({ status: 'left', reason: 'unencodable' });
  });

  it('refuses what is not a form, in words the panel can say', async () => {
    expect(await openPdf(new TextEncoder().encode('pas un PDF'), 'x.pdf', 'k', {})).toEqual({ error: 'notPdf' });
    const blank = await PDFDocument.create();
    blank.addPage();
    expect(await openPdf(await blank.save(), 'scan.pdf', 'k', {})).toEqual({ error: 'noFields' });
  });

  it('names the filled copy after the form and the patient, in plain letters', () => {
    expect(filledFileName('cerfa 15692*01 (MDPH).PDF', 'LE GALL-DUPUIS Marie-Hélène')).toBe('cerfa-15692-01-MDPH-LE-GALL-DUPUIS-Marie-Helene-rempli.pdf');
  });
});
