import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// Manifest V3 for Chrome/Edge and Firefox. Host access is limited to the local demo at install;
// other record sites are activated per origin at run time (optional host permissions).
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  manifestVersion: 3,
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'fr',
    permissions: ['storage', 'scripting'],
    host_permissions: ['http://localhost/*', 'http://127.0.0.1/*'],
    // The panel page is framed by the overlay on record pages.
    web_accessible_resources: [{ resources: ['panel.html'], matches: ['http://localhost/*', 'http://127.0.0.1/*'] }],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'preconsult@preconsult.fr',
              strict_min_version: '128.0',
              // AMO's data-collection declaration: Préconsult collects and transmits nothing.
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
