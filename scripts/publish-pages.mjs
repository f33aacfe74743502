// Writes the public privacy page (docs/privacy/index.html, for GitHub Pages) from the extension's
// own privacy page. Run after editing entrypoints/privacy/; a unit test fails until it is run.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { publicPrivacyPage } from '../store/privacy-page.mjs';

const root = join(dirname(new URL(import.meta.url).pathname), '..');
const html = readFileSync(join(root, 'entrypoints/privacy/index.html'), 'utf8');
const css = readFileSync(join(root, 'entrypoints/privacy/privacy.css'), 'utf8');
const out = join(root, 'docs/privacy/index.html');
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, publicPrivacyPage(html, css));
console.log(`wrote ${out}`);
