#!/usr/bin/env node
// Renders the extension icon (assets/icon.svg) to the PNG sizes the stores and browsers ask for,
// with the same Debian Chromium the tests use. Run after changing the SVG; the PNGs are committed.
import { readFileSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';

const root = resolve(import.meta.dirname, '..');
const svg = readFileSync(resolve(root, 'assets/icon.svg'), 'utf8');
const out = resolve(root, 'public/icon');
mkdirSync(out, { recursive: true });
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
for (const size of [16, 32, 48, 96, 128]) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  await page.setContent(`<html><body style="margin:0;background:transparent">${svg.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body></html>`);
  await page.screenshot({ path: `${out}/${size}.png`, omitBackground: true });
  await page.close();
}
await browser.close();
console.log(`icônes écrites dans ${out}`);
