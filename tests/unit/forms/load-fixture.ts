import { readFileSync } from 'node:fs';
import { join } from 'node:path';

// Fixture pages are parsed with DOMParser into their own document, as a browser would
// load them: nothing is written through innerHTML. Paths are from the project root,
// where vitest runs.
export function loadFixture(name: string): Document {
  const html = readFileSync(join(process.cwd(), 'tests/fixtures/forms', name), 'utf8');
  return new DOMParser().parseFromString(html, 'text/html');
}

export const CORPUS_FILES = [
  'cerfa-like.html',
  'react-aria.html',
  'legacy-table.html',
  'material-floating.html',
  'english-hospital.html',
  'split-date-civilite.html',
  'contacts-sections.html',
  'negatives.html',
  'bootstrap-vue-unseen.html',
];
