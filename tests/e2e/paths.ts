import { resolve } from 'node:path';

export const root = resolve(import.meta.dirname, '../..');
export const chromeExtensionDir = resolve(root, '.output/chrome-mv3');
export const fixturesDir = resolve(root, 'tests/fixtures');
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
