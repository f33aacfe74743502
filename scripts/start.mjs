#!/usr/bin/env node
// `npm start`: build the extension and the demo record software, serve the demo on loopback, and
// open a Chromium-family browser (separate throw-away profile) with Préconsult loaded on it.
// Without a display or a browser, print how to load the extension by hand; the demo keeps running.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startDemoServer } from '../demo/server.mjs';

const root = resolve(import.meta.dirname, '..');
const extDir = join(root, '.output/chrome-mv3');
const port = Number(process.env.PORT ?? 4780);

execFileSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: 'inherit' });
const demo = await startDemoServer({ port });
const first = `${demo.url}/patients/P0006`;
console.log(`\nMédiDémo (logiciel de démonstration, patients fictifs) : ${demo.url}`);

// Branded Google Chrome ignores --load-extension since version 137; Chromium still honours it.
const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/snap/bin/chromium',
  '/Applications/Chromium.app/Contents/MacOS/Chromium'].filter(Boolean);
const browser = candidates.find((p) => existsSync(p));
const hasDisplay = process.platform !== 'linux' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);

if (browser && hasDisplay) {
  const profile = mkdtempSync(join(tmpdir(), 'preconsult-demo-'));
  const child = spawn(browser, [
    `--user-data-dir=${profile}`, `--disable-extensions-except=${extDir}`, `--load-extension=${extDir}`,
    '--no-first-run', '--no-default-browser-check', '--lang=fr', first,
  ], { stdio: 'ignore', env: { ...process.env, LANGUAGE: process.env.LANGUAGE ?? 'fr' } });
  console.log(`Navigateur lancé avec Préconsult (${browser}). Fermez-le ou Ctrl+C pour arrêter.`);
  child.on('exit', () => { void demo.close().then(() => process.exit(0)); });
} else {
  console.log(hasDisplay ? 'Aucun navigateur Chromium trouvé (définissez CHROMIUM_PATH).' : "Pas d'affichage graphique : le navigateur n'est pas lancé.");
  console.log(`Pour charger Préconsult à la main :
  1. Ouvrez chrome://extensions (ou edge://extensions), activez le « Mode développeur ».
  2. « Charger l'extension non empaquetée » → choisissez ${extDir}
  3. Ouvrez ${first}
Firefox : about:debugging → « Ce Firefox » → « Charger un module temporaire » → .output/firefox-mv3/manifest.json (npm run build:firefox).
Le serveur de démonstration tourne ; Ctrl+C pour l'arrêter.`);
}
process.on('SIGINT', () => { void demo.close().then(() => process.exit(0)); });
