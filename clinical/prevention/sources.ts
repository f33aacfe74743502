// Official documents the rules come from. `title` is what the UI shows as the reminder's source.
// Titles stay French in every language, on purpose: they name French official documents as
// published (like a cerfa title), for the reader to find them; the UI's « Source : » is translated.
// When a document is superseded, add the new one here and point the new rules at it.

export interface OfficialSource {
  readonly title: string;
  /** Publication or effective date as the document gives it (YYYY, YYYY-MM or YYYY-MM-DD). */
  readonly date: string;
}

export const SOURCES = {
  'calendrier-vaccinal-2025': {
    title: 'Calendrier des vaccinations et recommandations vaccinales 2025 (ministère chargé de la santé)',
    date: '2025',
  },
  'has-zona-2024': {
    title: 'HAS, recommandation vaccinale contre le zona (vaccin recombinant adjuvanté), 2024',
    date: '2024',
  },
  'has-hpv-2025': {
    title: "HAS, recommandation vaccinale contre les papillomavirus (rattrapage jusqu'à 26 ans révolus), 13 mai 2025",
    date: '2025-05-13',
  },
  'has-pneumocoque-2025': {
    title: "HAS, recommandation vaccinale contre le pneumocoque chez l'adulte (vaccin conjugué 20-valent), 2025",
    date: '2025',
  },
  'has-vrs-2024': {
    title: 'HAS, stratégie vaccinale de prévention des infections par le VRS chez l’adulte âgé de 60 ans et plus, juillet 2024',
    date: '2024-07',
  },
  'has-vrs-grossesse-2024': {
    title:
      'HAS, recommandation vaccinale contre le VRS chez la femme enceinte (Abrysvo entre 32 et 36 SA), juin 2024 ; campagne de prévention des bronchiolites à VRS (ministère chargé de la santé)',
    date: '2024-06',
  },
  'has-rotavirus-2022': {
    title: 'HAS, recommandation vaccinale contre les rotavirus, juillet 2022 (AMM Rotarix et RotaTeq)',
    date: '2022-07',
  },
  'has-coqueluche-grossesse-2022': {
    title: 'HAS, vaccination contre la coqueluche pendant la grossesse, 2022 (reprise au calendrier 2025)',
    date: '2022',
  },
  'campagne-grippe-covid-2024-2025': {
    title:
      'Campagne de vaccination grippe et Covid-19 2024-2025, prolongée jusqu’au 28 février 2025 (direction générale de la santé)',
    date: '2025-01',
  },
  'campagne-grippe-covid-2025-2026': {
    title:
      'Campagne de vaccination grippe et Covid-19 2025-2026, prolongée jusqu’au 28 février 2026 (ministère chargé de la santé, Assurance maladie ; DGS, 27 janvier 2026)',
    date: '2026-01-27',
  },
  'campagne-covid-printemps-2025': {
    title: 'Campagne de vaccination contre la Covid-19 du printemps 2025, du 14 avril au 14 juin (Assurance maladie)',
    date: '2025-04',
  },
  'inca-depistage-sein': {
    title: 'INCa / Assurance maladie, programme de dépistage organisé du cancer du sein',
    date: '2004',
  },
  'inca-depistage-colorectal': {
    title: 'INCa / Assurance maladie, programme de dépistage organisé du cancer colorectal',
    date: '2009',
  },
  'inca-depistage-col-uterus': {
    title:
      "INCa / Assurance maladie, programme de dépistage organisé du cancer du col de l'utérus (HAS 2019 : test HPV à partir de 30 ans)",
    date: '2019',
  },
  'mon-bilan-prevention': {
    title: 'Mon bilan prévention (ministère chargé de la santé, Assurance maladie), 2024',
    date: '2024',
  },
} as const satisfies Record<string, OfficialSource>;

export type SourceId = keyof typeof SOURCES;

export function sourceTitles(ids: readonly SourceId[]): string {
  return ids.map((id) => SOURCES[id].title).join(' ; ');
}
