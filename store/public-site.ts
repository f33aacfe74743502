// Where the project's public pages are published (GitHub Pages from `docs/`): the manifest's
// homepage_url and the privacy policy URL the stores ask for. A fork or another organisation
// changes this one line (README, « Publier »).
export const PUBLIC_SITE_URL = 'https://preconsult.github.io/preconsult/';
export const PRIVACY_URL = `${PUBLIC_SITE_URL}privacy/`;
