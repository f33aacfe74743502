import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// Manifest V3 for Chrome/Edge and Firefox. Host access is limited to the local demo at install;
// other record sites are activated per origin at run time (optional host permissions).
export default defineConfig({
  manifestVersion: 3,
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'fr',
    // sidePanel: the workspace in Chrome's side panel (Firefox: sidebar_action, no permission).
    permissions: ['storage', 'scripting', 'idle', ...(browser === 'firefox' ? [] : ['sidePanel'])],
    // Suggested keys (Chrome takes 4 at most; users change them in the browser's shortcuts page):
    // Alt+Shift+letter, which neither Chrome/Edge (Alt+Shift+A/B/I/T) nor Firefox use on desktop.
    commands: {
      'toggle-panel': { suggested_key: { default: 'Alt+Shift+P' }, description: '__MSG_cmdTogglePanel__' },
      'next-checklist-item': { suggested_key: { default: 'Alt+Shift+N' }, description: '__MSG_cmdNextChecklistItem__' },
    },
    // The demo's loopback origins; every other site is asked for at run time, per origin.
    host_permissions: ['http://localhost/*', 'http://127.0.0.1/*'],
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
