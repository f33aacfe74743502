import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, overlay, whenRegistered, type Session } from './harness';
import { chromeExtensionDir, root } from './paths';

// The packages sent to the stores (`npm run zip`, store mode) ask no host access at install; the
// build the tests and `npm start` use keeps the demo's loopback origins and still reads the demo.
const output = join(root, '.output');
const zipped = (browser: 'chrome' | 'firefox'): Record<string, unknown> => {
  const zip = readdirSync(output).find((f) => f.endsWith(`-${browser}.zip`));
  if (!zip) throw new Error(`no ${browser} package in ${output}`);
  return JSON.parse(execFileSync('unzip', ['-p', join(output, zip), 'manifest.json'], { encoding: 'utf8' }));
};
const loopback = (m: Record<string, unknown>) =>
  [...((m.host_permissions as string[] | undefined) ?? []), ...((m.permissions as string[] | undefined) ?? [])].filter((p) => /localhost|127\.0\.0\.1/.test(p));

describe('store packages', () => {
  beforeAll(() => {
    execFileSync('npm', ['run', 'zip'], { cwd: root, stdio: 'ignore' });
  }, 300_000);

  it.each(['chrome', 'firefox'] as const)('the %s package asks no host access to localhost or 127.0.0.1', (browser) => {
    const m = zipped(browser);
    expect(m.host_permissions).toBeUndefined();
    expect(loopback(m)).toEqual([]);
    expect(m.optional_host_permissions).toEqual(['https://*/*', 'http://*/*']);
    expect(m.homepage_url).toMatch(/^https:\/\//);
  });

  it('the Chrome package names the minimum version and fits the description limit', () => {
    const m = zipped('chrome');
    expect(m.minimum_chrome_version).toBe('116');
    expect(m.description).toBe('__MSG_extDescription__');
  });
});

describe('demo build', () => {
  let s: Session;
  beforeAll(async () => { s = await launch(); });
  afterAll(async () => { await s?.close(); });

  it('keeps loopback access and reads the demo patient', async () => {
    const m = JSON.parse(readFileSync(join(chromeExtensionDir, 'manifest.json'), 'utf8'));
    expect(m.host_permissions).toEqual(['http://localhost/*', 'http://127.0.0.1/*']);
    await whenRegistered(s);
    const page = await s.newPage('/patients/P0010');
    await expect.poll(() => overlay.patient(page).textContent()).toContain('DUPONT');
    await page.close();
  });
});
