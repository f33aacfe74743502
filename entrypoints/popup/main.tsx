import { render } from 'preact';
import { browser } from 'wxt/browser';
import './popup.css';
import { Popup } from '../../components/Popup';
import { send } from '../../messaging/client';
import { sitePattern } from '../../sites/match-pattern';

// The toolbar popup's wiring. `?tabId=` lets the popup page act on a given tab when it is opened
// as a page (keyboard users, end-to-end tests); otherwise it acts on the active tab.
async function main() {
  document.documentElement.lang = browser.i18n.getUILanguage().startsWith('fr') ? 'fr' : 'en';
  const asked = Number(new URLSearchParams(location.search).get('tabId'));
  const tab = Number.isInteger(asked) && asked > 0
    ? await browser.tabs.get(asked)
    : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  const pattern = tab?.url ? sitePattern(tab.url) : null;
  render(
    <Popup
      tabUrl={tab?.url}
      pattern={pattern}
      list={async () => (await send({ type: 'sites.list' })).active}
      activate={async (p) => {
        // First thing on the click: browsers grant permissions only in answer to a user gesture.
        if (!(await browser.permissions.request({ origins: [p] }))) return null;
        return (await send({ type: 'sites.activate', pattern: p, tabId: tab?.id })).active;
      }}
      deactivate={async (p) => (await send({ type: 'sites.deactivate', pattern: p })).active}
      openSettings={() => void browser.runtime.openOptionsPage()}
      privacyUrl={browser.runtime.getURL('/privacy.html')}
    />,
    document.getElementById('app')!,
  );
}
void main();
