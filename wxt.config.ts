import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { PUBLIC_SITE_URL } from './store/public-site';

import { BUILTIN_PATTERNS } from './sites/match-pattern';

/**
 * `PRECONSULT_TARGET=store` (npm run zip, npm run build:store) builds what goes to the stores: no
 * host access at install at all, into `.output/<browser>-mv3-store`. Every other build (npm start,
 * npm test) keeps the demo's loopback origins. (An environment variable rather than WXT's `--mode`:
 * any mode but "production" makes Vite build for development.)
 */
export const isStoreBuild = (): boolean => process.env.PRECONSULT_TARGET === 'store';

// Manifest V3 for Chrome/Edge and Firefox. Host access is limited to the local demo at install
// (none at all in the store build); record sites are activated per origin at run time (optional
// host permissions).
export default defineConfig({
  manifestVersion: 3,
  ...(isStoreBuild() ? { outDirTemplate: '{{browser}}-mv{{manifestVersion}}-store' } : {}),
  // ES2022, which every browser the manifest admits (Chrome/Edge 116, Firefox 140) runs. Vite's
  // default names browsers, for which esbuild rewrites each Unicode regular expression literal
  // (\p{L}) into a `new RegExp(…)` built again at every call, in the reader's inner loops.
  vite: () => ({ plugins: [preact()], build: { target: 'es2022' } }),
  hooks: {
    // The record-page script alone goes through terser rather than esbuild's minifier: 1.2 KB gzip
    // smaller (its budget is 25 KB, and every record page loads it). Terser over every entrypoint
    // would triple the build's time.
    'vite:build:extendConfig': (entries, config) => {
      if (!entries.some((e) => e.name === 'record')) return;
      config.build = { ...config.build, minify: 'terser', terserOptions: { ecma: 2020, compress: { passes: 2 } } };
    },
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    // At most 132 characters in every language (the Chrome Web Store's limit; tests/unit/store-listing).
    description: '__MSG_extDescription__',
    default_locale: 'fr',
    homepage_url: PUBLIC_SITE_URL,
    // 116: chrome.sidePanel.open() (side panel itself 114; storage.session 102, whose default
    // access level, trusted contexts only, is what the lock relies on; scripting.registerContentScripts
    // with persistAcrossSessions 96).
    ...(browser === 'firefox' ? {} : { minimum_chrome_version: '116' }),
    // sidePanel: the workspace in Chrome's side panel (Firefox: sidebar_action, no permission).
    permissions: ['storage', 'scripting', 'idle', ...(browser === 'firefox' ? [] : ['sidePanel'])],
    // Suggested keys (Chrome takes 4 at most; users change them in the browser's shortcuts page):
    // Alt+Shift+letter, which neither Chrome/Edge (Alt+Shift+A/B/I/T) nor Firefox use on desktop.
    commands: {
      'toggle-panel': { suggested_key: { default: 'Alt+Shift+P' }, description: '__MSG_cmdTogglePanel__' },
      'next-checklist-item': { suggested_key: { default: 'Alt+Shift+N' }, description: '__MSG_cmdNextChecklistItem__' },
    },
    // The demo's loopback origins (not in the store build); every other site is asked for at run
    // time, per origin.
    ...(isStoreBuild() ? {} : { host_permissions: BUILTIN_PATTERNS }),
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    // The panel page is framed by the overlay on whichever record site the user activated. It
    // serves only the frame the overlay created (messaging/panel-mount.ts). Chrome: reachable only
    // at a URL that changes every session, so that pages cannot probe for the extension (Firefox's
    // moz-extension:// host is already random per installation).
    web_accessible_resources: [{ resources: ['panel.html'], matches: ['<all_urls>'], ...(browser === 'firefox' ? {} : { use_dynamic_url: true }) }],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'preconsult@preconsult.fr',
              // 140: the first version that knows data_collection_permissions.
              strict_min_version: '140.0',
              // AMO's data-collection declaration: Préconsult collects and transmits nothing.
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
