import { existsSync } from 'node:fs';
import { chromeExtensionDir, chromiumPath } from './paths';

// The test command builds first; fail early and clearly if it did not.
export default function setup(): void {
  if (!existsSync(`${chromeExtensionDir}/manifest.json`)) throw new Error(`Extension not built: run \`npm run build\` (${chromeExtensionDir})`);
  if (!existsSync('demo/dist/index.html')) throw new Error('Demo not built: run `npm run build:demo`');
  if (!existsSync(chromiumPath)) throw new Error(`Chromium not found at ${chromiumPath}: apt-get install -y chromium`);
}
