import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { publicPrivacyPage } from '../../../store/privacy-page.mjs';
import { PRIVACY_URL, PUBLIC_SITE_URL } from '../../../store/public-site';

// The privacy policy inside the extension and the one published for the stores' privacy URL are
// one text: the public copy is generated from the extension's page (node scripts/publish-pages.mjs).
const source = readFileSync('entrypoints/privacy/index.html', 'utf8');
const css = readFileSync('entrypoints/privacy/privacy.css', 'utf8');
const published = readFileSync('docs/privacy/index.html', 'utf8');
const text = (html: string) => html.replace(/<style>[\s\S]*?<\/style>/g, '').replace(/<[^>]+>/g, ' ').replace(/&#160;/g, '\u00a0').replace(/\s+/g, ' ');

describe('privacy page', () => {
  it('the published copy is the extension’s page, regenerated (run node scripts/publish-pages.mjs)', () => {
    expect(published).toBe(publicPrivacyPage(source, css));
    expect(published).not.toContain('privacy.css');
    expect(published).toContain('<style>');
  });

  it('is published where the manifest and the listings say', () => {
    expect(PRIVACY_URL).toBe(`${PUBLIC_SITE_URL}privacy/`);
    expect(readFileSync('docs/index.html', 'utf8')).toContain('href="privacy/"');
  });

  // What the stores, the RGPD and a French practice need to read in it, in French and in English.
  it.each([
    ['the data controller: the practice', /responsable du traitement[^.]*structure du professionnel de santé/i],
    ['the authors process nothing', /auteurs de Préconsult ne reçoivent, n’hébergent et ne traitent aucune donnée/],
    ['the legal basis', /article\s6[\s\S]*article\s9-2-h du RGPD/],
    ['HDS does not apply', /HDS[\s\S]{0,120}ne s’applique pas/],
    ['rights exercised at the practice, with the per-patient export', /auprès du cabinet[\s\S]*export[\s\S]*PDF[\s\S]*CSV/],
    ['retention', /Conservation/],
    ['security: lock and encrypted backup', /Verrouillage du poste[\s\S]*sauvegarde exportée est chiffrée/],
    ['not a medical device', /n’est pas un dispositif médical\s?: il ne pose aucun diagnostic/],
    ['flags are reminders, the professional decides', /rappels[\s\S]*le professionnel de santé qui apprécie et décide/],
    ['contact', /Contact/],
    ['every permission', /storage[\s\S]*scripting[\s\S]*idle[\s\S]*sidePanel/],
    ['in English too', /Data controller[\s\S]*Art\. 9\(2\)\(h\)[\s\S]*HDS[\s\S]*Not a medical device/],
  ])('says %s', (_what, pattern) => {
    expect(text(source)).toMatch(pattern);
  });
});
