// The pieces to gather for each administrative file the practice prepares, as data. A piece id is
// stable (stored ticks refer to it); labels are French, as the forms are.
export interface DocumentPiece {
  id: string;
  label: string;
}

export interface DocumentSet {
  id: string;
  label: string;
  pieces: readonly DocumentPiece[];
}

export const DOCUMENT_SETS: readonly DocumentSet[] = [
  {
    id: 'referral',
    label: 'Adressage à un spécialiste',
    pieces: [
      { id: 'letter', label: 'Courrier d’adressage du médecin traitant' },
      { id: 'treatments', label: 'Liste des traitements en cours (dernière ordonnance)' },
      { id: 'results', label: 'Résultats d’examens récents (biologie, imagerie)' },
      { id: 'reports', label: 'Comptes rendus antérieurs utiles' },
      { id: 'vitale', label: 'Carte Vitale ou attestation de droits à jour' },
      { id: 'complementary', label: 'Carte de complémentaire santé' },
    ],
  },
  {
    id: 'mdph',
    label: 'Dossier MDPH',
    pieces: [
      { id: 'cerfa15692', label: 'Formulaire de demande (cerfa 15692), complété et signé' },
      { id: 'cerfa15695', label: 'Certificat médical (cerfa 15695) de moins d’un an' },
      { id: 'reports', label: 'Comptes rendus et bilans complémentaires' },
      { id: 'identity', label: 'Justificatif d’identité' },
      { id: 'address', label: 'Justificatif de domicile' },
      { id: 'guardianship', label: 'Jugement de protection juridique, le cas échéant' },
    ],
  },
  {
    id: 'ehpad',
    label: 'Admission en EHPAD',
    pieces: [
      { id: 'cerfa14732-admin', label: 'Dossier unique (cerfa 14732) : volet administratif' },
      { id: 'cerfa14732-medical', label: 'Dossier unique (cerfa 14732) : volet médical, sous pli confidentiel' },
      { id: 'identity', label: 'Pièce d’identité ou livret de famille' },
      { id: 'vitale', label: 'Carte Vitale ou attestation de droits et carte de complémentaire' },
      { id: 'tax', label: 'Dernier avis d’imposition' },
      { id: 'pensions', label: 'Justificatifs des pensions et ressources' },
    ],
  },
  {
    id: 'ald',
    label: 'ALD : protocole de soins',
    pieces: [
      { id: 'protocol', label: 'Protocole de soins rédigé par le médecin traitant' },
      { id: 'evidence', label: 'Comptes rendus et examens justifiant le diagnostic' },
      { id: 'specialist', label: 'Avis du spécialiste, le cas échéant' },
      { id: 'signature', label: 'Protocole signé par le patient, volet remis au patient' },
    ],
  },
  {
    id: 'sickLeave',
    label: 'Arrêt de travail',
    pieces: [
      { id: 'nir', label: 'NIR du patient vérifié' },
      { id: 'employer', label: 'Nom et adresse de l’employeur' },
      { id: 'dates', label: 'Dates de début et de fin, sorties autorisées' },
      { id: 'sent', label: 'Avis transmis à la caisse (volets 1 et 2), volet 3 remis pour l’employeur' },
    ],
  },
  {
    id: 'transport',
    label: 'Transport sanitaire',
    pieces: [
      { id: 'prescription', label: 'Prescription médicale de transport' },
      { id: 'appointment', label: 'Convocation ou bon de rendez-vous' },
      { id: 'agreement', label: 'Accord préalable de la caisse, si nécessaire (longue distance, transports en série)' },
      { id: 'vitale', label: 'Carte Vitale ou attestation de droits' },
    ],
  },
];

/** The pieces of a set not ticked yet, in the set's order. */
export function missingPieces(setId: string, ticked: readonly string[]): DocumentPiece[] {
  const set = DOCUMENT_SETS.find((s) => s.id === setId);
  return set ? set.pieces.filter((p) => !ticked.includes(p.id)) : [];
}
