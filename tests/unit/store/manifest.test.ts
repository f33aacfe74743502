import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import config from '../../../wxt.config';
import { PUBLIC_SITE_URL } from '../../../store/public-site';

// The manifest as WXT builds it for each browser and mode (the built packages themselves are
// checked by tests/e2e/store-package.e2e.ts).
type Manifest = Record<string, unknown> & { host_permissions?: string[]; optional_host_permissions?: string[] };
const manifest = (browser: string, target: 'store' | 'demo'): Manifest => {
  const saved = process.env.PRECONSULT_TARGET;
  process.env.PRECONSULT_TARGET = target === 'store' ? 'store' : '';
  try {
    return (config.manifest as (env: { browser: string; mode: string; command: string; manifestVersion: 3 }) => Manifest)({ browser, mode: 'production', command: 'build', manifestVersion: 3 });
  } finally {
    process.env.PRECONSULT_TARGET = saved;
    if (saved === undefined) delete process.env.PRECONSULT_TARGET;
  }
};
const catalogue = (lang: string): Record<string, { message: string }> =>
  JSON.parse(readFileSync(`public/_locales/${lang}/messages.json`, 'utf8'));

describe('manifest', () => {
  it.each(['chrome', 'firefox'])('%s store build asks no host access at install, only optional per-site access', (browser) => {
    const m = manifest(browser, 'store');
    expect(m.host_permissions).toBeUndefined();
    expect(m.optional_host_permissions).toEqual(['https://*/*', 'http://*/*']);
  });

  it.each(['chrome', 'firefox'])('%s demo/test build keeps the loopback origins of the demo', (browser) => {
    expect(manifest(browser, 'demo').host_permissions).toEqual(['http://localhost/*', 'http://127.0.0.1/*']);
  });

  it('names its homepage and, for Chrome and Edge, the first version with every API it uses', () => {
    expect(manifest('chrome', 'store')).toMatchObject({ homepage_url: PUBLIC_SITE_URL, minimum_chrome_version: '116' });
    expect(PUBLIC_SITE_URL).toMatch(/^https:\/\/[^/]+\/.*\/$/);
    expect(manifest('firefox', 'store').minimum_chrome_version).toBeUndefined();
  });

  it.each(['fr', 'en'])('description in %s fits the Chrome Web Store’s 132 characters', (lang) => {
    const d = catalogue(lang).extDescription!.message;
    expect(d.length).toBeGreaterThan(60);
    expect(d.length).toBeLessThanOrEqual(132);
  });

  it('has the MIT licence package.json declares', () => {
    expect(JSON.parse(readFileSync('package.json', 'utf8')).license).toBe('MIT');
    expect(readFileSync('LICENSE', 'utf8')).toMatch(/^MIT License/);
  });
});
