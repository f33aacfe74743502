// The pieces to gather for each administrative file the practice prepares, as data. A piece id is
// stable (stored ticks refer to it); labels are keys of the locale catalogues (docSet_…,
// docPiece_…), shown in the browser's language; French official names (cerfa numbers, MDPH, ALD,
// Carte Vitale) stay as they are in both.
import { msg, type Msg } from '../message';

export interface DocumentPiece {
  id: string;
  label: Msg;
}

export interface DocumentSet {
  id: string;
  label: Msg;
  pieces: readonly DocumentPiece[];
}

export const DOCUMENT_SETS: readonly DocumentSet[] = [
  {
    id: 'referral',
    label: msg('docSet_referral'),
    pieces: [
      { id: 'letter', label: msg('docPiece_referral_letter') },
      { id: 'treatments', label: msg('docPiece_referral_treatments') },
      { id: 'results', label: msg('docPiece_referral_results') },
      { id: 'reports', label: msg('docPiece_referral_reports') },
      { id: 'vitale', label: msg('docPiece_referral_vitale') },
      { id: 'complementary', label: msg('docPiece_referral_complementary') },
    ],
  },
  {
    id: 'mdph',
    label: msg('docSet_mdph'),
    pieces: [
      { id: 'cerfa15692', label: msg('docPiece_mdph_cerfa15692') },
      { id: 'cerfa15695', label: msg('docPiece_mdph_cerfa15695') },
      { id: 'reports', label: msg('docPiece_mdph_reports') },
      { id: 'identity', label: msg('docPiece_mdph_identity') },
      { id: 'address', label: msg('docPiece_mdph_address') },
      { id: 'guardianship', label: msg('docPiece_mdph_guardianship') },
    ],
  },
  {
    id: 'ehpad',
    label: msg('docSet_ehpad'),
    pieces: [
      { id: 'cerfa14732-admin', label: msg('docPiece_ehpad_cerfa14732_admin') },
      { id: 'cerfa14732-medical', label: msg('docPiece_ehpad_cerfa14732_medical') },
      { id: 'identity', label: msg('docPiece_ehpad_identity') },
      { id: 'vitale', label: msg('docPiece_ehpad_vitale') },
      { id: 'tax', label: msg('docPiece_ehpad_tax') },
      { id: 'pensions', label: msg('docPiece_ehpad_pensions') },
    ],
  },
  {
    id: 'ald',
    label: msg('docSet_ald'),
    pieces: [
      { id: 'protocol', label: msg('docPiece_ald_protocol') },
      { id: 'evidence', label: msg('docPiece_ald_evidence') },
      { id: 'specialist', label: msg('docPiece_ald_specialist') },
      { id: 'signature', label: msg('docPiece_ald_signature') },
    ],
  },
  {
    id: 'sickLeave',
    label: msg('docSet_sickLeave'),
    pieces: [
      { id: 'nir', label: msg('docPiece_sickLeave_nir') },
      { id: 'employer', label: msg('docPiece_sickLeave_employer') },
      { id: 'dates', label: msg('docPiece_sickLeave_dates') },
      { id: 'sent', label: msg('docPiece_sickLeave_sent') },
    ],
  },
  {
    id: 'transport',
    label: msg('docSet_transport'),
    pieces: [
      { id: 'prescription', label: msg('docPiece_transport_prescription') },
      { id: 'appointment', label: msg('docPiece_transport_appointment') },
      { id: 'agreement', label: msg('docPiece_transport_agreement') },
      { id: 'vitale', label: msg('docPiece_transport_vitale') },
    ],
  },
];

/** The pieces of a set not ticked yet, in the set's order. */
export function missingPieces(setId: string, ticked: readonly string[]): DocumentPiece[] {
  const set = DOCUMENT_SETS.find((s) => s.id === setId);
  return set ? set.pieces.filter((p) => !ticked.includes(p.id)) : [];
}
