import { PDFDocument, PDFHexString, PDFName, StandardFonts, type PDFField } from 'pdf-lib';

// A cerfa-like AcroForm PDF made by the tests (no downloaded file): French field names and
// tooltips as on the MDPH / transport / EHPAD forms — names, split birth date, NIR in 13 + 2 boxes,
// address, caisse, médecin traitant, sex and ALD as pairs of check boxes.
export async function cerfaLikePdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const page = doc.addPage([595, 842]);
  const font = await doc.embedFont(StandardFonts.Helvetica);
  page.drawText('Formulaire de test (type cerfa)', { x: 40, y: 800, size: 14, font });
  const form = doc.getForm();
  let y = 760;
  const tip = (f: PDFField, text: string) => f.acroField.dict.set(PDFName.of('TU'), PDFHexString.fromText(text));
  const text = (name: string, tooltip: string, maxLength?: number, width = 300) => {
    const f = form.createTextField(name);
    if (maxLength !== undefined) f.setMaxLength(maxLength);
    f.addToPage(page, { x: 200, y, width, height: 18 });
    tip(f, tooltip);
    y -= 26;
  };
  const box = (name: string, tooltip: string, x: number) => {
    const f = form.createCheckBox(name);
    f.addToPage(page, { x, y, width: 12, height: 12 });
    tip(f, tooltip);
  };
  text('beneficiaire.nom_naissance', 'Nom de naissance');
  text('beneficiaire.nom_usage', "Nom d'usage");
  text('beneficiaire.prenoms', 'Prénoms');
  text('beneficiaire.date_naissance_jour', 'Date de naissance : jour (JJ)', 2, 30);
  text('beneficiaire.date_naissance_mois', 'Date de naissance : mois (MM)', 2, 30);
  text('beneficiaire.date_naissance_annee', 'Date de naissance : année (AAAA)', 4, 50);
  text('beneficiaire.nir', "Numéro d'immatriculation (NIR)", 13, 160);
  text('beneficiaire.nir_cle', 'Clé du numéro de sécurité sociale', 2, 30);
  text('beneficiaire.adresse', 'Adresse', 60);
  text('beneficiaire.code_postal', 'Code postal', 5, 60);
  text('beneficiaire.commune', 'Commune');
  text('caisse', "Caisse d'assurance maladie");
  text('medecin_traitant', 'Nom du médecin traitant');
  box('sexe_F', 'Sexe : féminin', 200);
  box('sexe_M', 'Sexe : masculin', 260);
  y -= 26;
  box('ald_oui', 'Affection de longue durée (ALD) : oui', 200);
  box('ald_non', 'Affection de longue durée (ALD) : non', 260);
  return doc.save();
}
