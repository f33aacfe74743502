// Synthetic patients of the demo record software ("MédiDémo"). No real person: names, NIRs
// (with valid keys) and addresses are invented. Covers the ages and cases the tests need.
export interface DemoPatient {
  id: string;
  civilite: 'Mme' | 'M.';
  birthName: string;
  usedName?: string;
  firstNames: string;
  birthDate: string; // ISO
  sex: 'F' | 'M';
  nir: string; // displayed with spaces
  ins: 'Qualifiée' | 'Validée' | 'Récupérée' | 'Provisoire';
  birthPlace: string;
  address: { line: string; postalCode: string; city: string };
  phone: string;
  email?: string;
  caisse: string;
  mutuelle?: { name: string; member: string };
  medecinTraitant: string;
  ald: string[];
  antecedents: string[];
  allergies: string[];
  traitements: string[];
  vaccinations: { name: string; date: string }[];
  documents: string[];
}

const cpam = (city: string) => `CPAM ${city}`;

export const patients: DemoPatient[] = [
  {
    id: 'P0001', civilite: 'Mme', birthName: 'BERNARD', firstNames: 'Léa', birthDate: '2026-09-10', sex: 'F',
    nir: '2 26 09 75 056 123 83', ins: 'Provisoire', birthPlace: 'Paris 6e',
    address: { line: '14 rue de Sèvres', postalCode: '75006', city: 'Paris' }, phone: '01 45 48 12 30',
    caisse: cpam('de Paris'), medecinTraitant: 'Dr Claire Fontaine', ald: [], antecedents: ['Née à terme, 3,250 kg'],
    allergies: [], traitements: ['Vitamine D 400 UI/j'], vaccinations: [], documents: ['Carnet de santé'],
  },
  {
    id: 'P0002', civilite: 'M.', birthName: 'PETIT', firstNames: 'Lucas', birthDate: '2019-05-14', sex: 'M',
    nir: '1 19 05 75 115 042 81', ins: 'Qualifiée', birthPlace: 'Paris 15e',
    address: { line: '3 allée des Tilleuls', postalCode: '92130', city: 'Issy-les-Moulineaux' }, phone: '06 12 34 56 78',
    caisse: cpam('des Hauts-de-Seine'), mutuelle: { name: 'MGEN', member: '0457812' }, medecinTraitant: 'Dr Claire Fontaine',
    ald: [], antecedents: ['Asthme du nourrisson'], allergies: ['Arachide'], traitements: [],
    vaccinations: [{ name: 'Hexavalent', date: '2019-07-15' }, { name: 'Hexavalent', date: '2019-09-16' }, { name: 'ROR', date: '2020-05-20' }],
    documents: [],
  },
  {
    id: 'P0003', civilite: 'Mme', birthName: 'ROUX', firstNames: 'Chloé', birthDate: '2013-02-20', sex: 'F',
    nir: '2 13 02 69 123 456 76', ins: 'Qualifiée', birthPlace: 'Lyon 3e',
    address: { line: '27 cours Gambetta', postalCode: '69003', city: 'Lyon' }, phone: '04 78 60 11 22',
    caisse: cpam('du Rhône'), mutuelle: { name: 'Harmonie Mutuelle', member: 'HM-778120' }, medecinTraitant: 'Dr Claire Fontaine',
    ald: [], antecedents: [], allergies: [], traitements: [],
    vaccinations: [{ name: 'DTCaP', date: '2019-03-01' }], documents: [],
  },
  {
    id: 'P0004', civilite: 'Mme', birthName: 'MOREAU', firstNames: 'Camille', birthDate: '1995-07-08', sex: 'F',
    nir: '2 95 07 69 388 101 86', ins: 'Qualifiée', birthPlace: 'Villeurbanne',
    address: { line: '8 rue Paul Bert', postalCode: '69003', city: 'Lyon' }, phone: '07 81 22 33 44', email: 'camille.moreau@exemple.fr',
    caisse: cpam('du Rhône'), mutuelle: { name: 'Alan', member: 'AL-99012' }, medecinTraitant: 'Dr Claire Fontaine',
    ald: [], antecedents: ['Appendicectomie (2008)'], allergies: ['Pénicilline'], traitements: ['Contraception orale'],
    vaccinations: [{ name: 'dTcaP', date: '2020-09-10' }], documents: ['Frottis 2022'],
  },
  {
    id: 'P0005', civilite: 'M.', birthName: 'FOURNIER', firstNames: 'Thomas', birthDate: '1992-11-30', sex: 'M',
    nir: '1 92 11 31 555 077 73', ins: 'Validée', birthPlace: 'Toulouse',
    address: { line: '112 avenue de Muret', postalCode: '31300', city: 'Toulouse' }, phone: '06 98 76 54 32', email: 't.fournier@exemple.fr',
    caisse: cpam('de la Haute-Garonne'), mutuelle: { name: 'MAAF Santé', member: '5520-331' }, medecinTraitant: 'Dr Claire Fontaine',
    ald: [], antecedents: [], allergies: [], traitements: [], vaccinations: [], documents: [],
  },
  {
    id: 'P0006', civilite: 'Mme', birthName: 'LE GALL-DUPUIS', usedName: 'GIRARD', firstNames: 'Marie-Hélène Anne', birthDate: '1974-04-12', sex: 'F',
    nir: '2 74 04 22 118 090 68', ins: 'Qualifiée', birthPlace: 'Lannion',
    address: { line: '5 impasse des Mouettes', postalCode: '22300', city: 'Lannion' }, phone: '02 96 37 00 11', email: 'mh.girard@exemple.fr',
    caisse: cpam('des Côtes-d\'Armor'), mutuelle: { name: 'MGEN', member: '7781002' }, medecinTraitant: 'Dr Claire Fontaine',
    ald: ['Diabète de type 2'], antecedents: ['Diabète de type 2 (2015)', 'Cholécystectomie (2010)'], allergies: ['Iode'],
    traitements: ['Metformine 1000 mg x2/j'], vaccinations: [{ name: 'dTP', date: '2019-05-02' }], documents: ['Protocole ALD'],
  },
  {
    id: 'P0007', civilite: 'M.', birthName: 'LEFEBVRE', firstNames: 'Nicolas', birthDate: '1976-01-25', sex: 'M',
    nir: '1 76 01 59 350 012 45', ins: 'Qualifiée', birthPlace: 'Lille',
    address: { line: '40 rue Solférino', postalCode: '59000', city: 'Lille' }, phone: '03 20 11 22 33',
    caisse: cpam('de Lille-Douai'), mutuelle: { name: 'Malakoff Humanis', member: 'MH-40021' }, medecinTraitant: 'Dr Claire Fontaine',
    ald: [], antecedents: ['HTA'], allergies: [], traitements: ['Amlodipine 5 mg/j'], vaccinations: [], documents: [],
  },
  {
    id: 'P0008', civilite: 'Mme', birthName: 'MERCIER', firstNames: 'Françoise', birthDate: '1960-06-03', sex: 'F',
    nir: '2 60 06 33 063 045 50', ins: 'Qualifiée', birthPlace: 'Bordeaux',
    address: { line: '2 place Gambetta', postalCode: '33000', city: 'Bordeaux' }, phone: '05 56 44 55 66',
    caisse: cpam('de la Gironde'), mutuelle: { name: 'MGEN', member: '3300417' }, medecinTraitant: 'Dr Claire Fontaine',
    ald: [], antecedents: ['Ostéoporose'], allergies: [], traitements: ['Calcium-vitamine D'],
    vaccinations: [{ name: 'Grippe', date: '2025-10-20' }], documents: ['Mammographie 2024'],
  },
  {
    id: 'P0009', civilite: 'M.', birthName: 'CASANOVA', firstNames: 'Jean-Baptiste', birthDate: '1961-08-19', sex: 'M',
    nir: '1 61 08 2A 004 023 22', ins: 'Qualifiée', birthPlace: 'Ajaccio',
    address: { line: '9 cours Napoléon', postalCode: '20000', city: 'Ajaccio' }, phone: '04 95 21 00 00',
    caisse: cpam('de la Corse-du-Sud'), mutuelle: { name: 'Mutuelle de Corse', member: 'MC-1961' }, medecinTraitant: 'Dr Claire Fontaine',
    ald: ['Insuffisance cardiaque'], antecedents: ['Infarctus (2018)'], allergies: [], traitements: ['Bisoprolol 2,5 mg', 'Ramipril 5 mg'],
    vaccinations: [], documents: [],
  },
  {
    id: 'P0010', civilite: 'Mme', birthName: 'DUPONT', firstNames: 'Jeanne', birthDate: '1944-12-01', sex: 'F',
    nir: '2 44 12 01 033 009 14', ins: 'Qualifiée', birthPlace: 'Bourg-en-Bresse',
    address: { line: 'EHPAD Les Glycines, 1 rue des Lilas', postalCode: '01000', city: 'Bourg-en-Bresse' }, phone: '04 74 00 00 01',
    caisse: cpam('de l\'Ain'), mutuelle: { name: 'Mutualité Française Ain', member: 'MF-0144' }, medecinTraitant: 'Dr Claire Fontaine',
    ald: ['Maladie d\'Alzheimer'], antecedents: ['Maladie d\'Alzheimer', 'Fracture du col fémoral (2021)'], allergies: ['Aspirine'],
    traitements: ['Donépézil 10 mg'], vaccinations: [{ name: 'Grippe', date: '2024-10-18' }], documents: [],
  },
  {
    id: 'P0011', civilite: 'M.', birthName: 'BLANC', firstNames: 'Henri', birthDate: '1938-03-17', sex: 'M',
    nir: '1 38 03 13 055 110 02', ins: 'Validée', birthPlace: 'Marseille',
    address: { line: '61 boulevard Longchamp', postalCode: '13001', city: 'Marseille' }, phone: '04 91 50 50 50',
    caisse: cpam('des Bouches-du-Rhône'), medecinTraitant: 'Dr Claire Fontaine',
    ald: ['BPCO'], antecedents: ['BPCO', 'Prothèse de hanche (2015)'], allergies: [], traitements: ['Tiotropium'],
    vaccinations: [{ name: 'Pneumocoque', date: '2023-11-02' }], documents: [],
  },
  {
    id: 'P0012', civilite: 'M.', birthName: 'MARTIN', firstNames: 'Pierre', birthDate: '1958-05-10', sex: 'M',
    nir: '1 58 05 13 055 201 30', ins: 'Qualifiée', birthPlace: 'Marseille',
    address: { line: '18 rue Paradis', postalCode: '13001', city: 'Marseille' }, phone: '06 11 11 11 11',
    caisse: cpam('des Bouches-du-Rhône'), mutuelle: { name: 'Swiss Life', member: 'SL-5805' }, medecinTraitant: 'Dr Claire Fontaine',
    ald: [], antecedents: [], allergies: [], traitements: [], vaccinations: [], documents: [],
  },
  {
    id: 'P0013', civilite: 'M.', birthName: 'MARTIN', firstNames: 'Pierre', birthDate: '1983-09-22', sex: 'M',
    nir: '1 83 09 69 123 350 18', ins: 'Qualifiée', birthPlace: 'Lyon 8e',
    address: { line: '4 rue Garibaldi', postalCode: '69006', city: 'Lyon' }, phone: '06 22 22 22 22',
    caisse: cpam('du Rhône'), medecinTraitant: 'Dr Claire Fontaine',
    ald: [], antecedents: [], allergies: [], traitements: [], vaccinations: [], documents: [],
  },
  {
    id: 'P0014', civilite: 'Mme', birthName: 'SANTINI', firstNames: 'Laura', birthDate: '1990-02-14', sex: 'F',
    nir: '2 90 02 2B 033 044 16', ins: 'Qualifiée', birthPlace: 'Bastia',
    address: { line: '7 boulevard Paoli', postalCode: '20200', city: 'Bastia' }, phone: '04 95 31 00 00', email: 'laura.santini@exemple.fr',
    caisse: cpam('de la Haute-Corse'), mutuelle: { name: 'MGEN', member: '2020201' }, medecinTraitant: 'Dr Claire Fontaine',
    ald: [], antecedents: [], allergies: [], traitements: [], vaccinations: [], documents: [],
  },
];

export function findPatient(id: string): DemoPatient | undefined {
  return patients.find((p) => p.id === id);
}
