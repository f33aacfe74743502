import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import listing from '../../../store/listing.json';
import config from '../../../wxt.config';
import { PRIVACY_URL, PUBLIC_SITE_URL } from '../../../store/public-site';
import { typographyFaults } from '../../typography';

// The listing texts (store/listing.json, store/description.*.txt) fit each store's limits, justify
// every permission the built manifests ask for, answer the data-use questions truthfully, and
// follow French typography.
type Manifest = { permissions?: string[]; optional_host_permissions?: string[]; host_permissions?: string[] };
const manifest = (browser: string): Manifest => {
  const saved = process.env.PRECONSULT_TARGET;
  process.env.PRECONSULT_TARGET = 'store';
  try {
    return (config.manifest as (env: object) => Manifest)({ browser, mode: 'production', command: 'build', manifestVersion: 3 });
  } finally {
    if (saved === undefined) delete process.env.PRECONSULT_TARGET;
    else process.env.PRECONSULT_TARGET = saved;
  }
};
const description = (lang: string) => readFileSync(`store/description.${lang}.txt`, 'utf8');
const catalogue = (lang: string) => JSON.parse(readFileSync(`public/_locales/${lang}/messages.json`, 'utf8')) as Record<string, { message: string }>;
const langs = ['fr', 'en'] as const;

describe('store listing', () => {
  it.each(langs)('%s: the summary is the manifest description, within the Chrome Web Store’s 132 characters', (lang) => {
    expect(listing.summary[lang]).toBe(catalogue(lang).extDescription!.message);
    expect(listing.summary[lang].length).toBeLessThanOrEqual(132);
  });

  it.each(langs)('%s: AMO summary ≤ 250, long description within Edge (250–10 000) and CWS (16 000), single purpose ≤ 1 000', (lang) => {
    expect(listing.amoSummary[lang].length).toBeLessThanOrEqual(250);
    expect(description(lang).length).toBeGreaterThanOrEqual(250);
    expect(description(lang).length).toBeLessThanOrEqual(10_000);
    expect(listing.singlePurpose[lang].length).toBeLessThanOrEqual(1000);
    expect(listing.name[lang].length).toBeLessThanOrEqual(45);
  });

  it.each(['chrome', 'firefox'])('every permission of the %s store build is justified, naming it, in both languages (≤ 1 000 characters each)', (browser) => {
    const m = manifest(browser);
    const asked = [...(m.permissions ?? []), ...(m.host_permissions ?? []), ...(m.optional_host_permissions?.length ? ['optional_host_permissions'] : [])];
    expect(asked.length).toBeGreaterThan(2);
    const justified = listing.permissions as Record<string, { fr: string; en: string }>;
    for (const p of asked) {
      expect(Object.keys(justified), p).toContain(p);
      for (const lang of langs) {
        const text = justified[p]![lang];
        expect(text.length, `${p} ${lang}`).toBeLessThanOrEqual(1000);
        if (p === 'optional_host_permissions') for (const o of m.optional_host_permissions!) expect(text).toContain(o);
        else expect(text.startsWith(`${p}`), `${p} ${lang}`).toBe(true);
      }
    }
    // And the privacy page names them too.
    const privacy = readFileSync('entrypoints/privacy/index.html', 'utf8');
    for (const p of m.permissions ?? []) expect(privacy, p).toContain(`<code>${p}</code>`);
  });

  it('answers the data-use questions truthfully: health data and page content handled locally, never sold or transferred', () => {
    expect(listing.dataUse.collects).toMatchObject({ healthInformation: true, personallyIdentifiableInformation: true, websiteContent: true });
    expect(Object.values(listing.dataUse.certifications).every(Boolean)).toBe(true);
    expect(listing.dataUse.explanation.fr).toMatch(/ni vendues, ni transmises/);
    expect(listing.dataUse.explanation.en).toMatch(/not sold, not transferred/);
    // AMO's declaration is the manifest's.
    const gecko = (manifest('firefox') as { browser_specific_settings?: { gecko?: { data_collection_permissions?: unknown } } }).browser_specific_settings?.gecko;
    expect(gecko?.data_collection_permissions).toEqual({ required: listing.amoDataCollection.required });
  });

  it('points to the published privacy page and homepage', () => {
    expect(listing.privacyUrl).toBe(PRIVACY_URL);
    expect(listing.homepageUrl).toBe(PUBLIC_SITE_URL);
  });

  it('writes French with French typography', () => {
    const french = [listing.summary.fr, listing.amoSummary.fr, listing.singlePurpose.fr, listing.dataUse.explanation.fr, listing.amoDataCollection.fr,
      ...Object.values(listing.permissions).map((p) => p.fr), description('fr')];
    for (const text of french) expect(typographyFaults(text), text.slice(0, 40)).toEqual([]);
  });
});
