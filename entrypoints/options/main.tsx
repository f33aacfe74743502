import { render } from 'preact';
import { browser } from 'wxt/browser';
import '../../components/panel.css';
import '../../components/options/options.css';
import { OptionsApp } from '../../components/options/OptionsApp';
import { send } from '../../messaging/client';
import { loadRole, saveRole } from '../../messaging/workstation-role';
import { localIsoDate } from '../../clinical/admin/past-date';

// The settings page: wiring only; each section lives in components/options/.
document.documentElement.lang = browser.i18n.getUILanguage().startsWith('fr') ? 'fr' : 'en';
render(<OptionsApp deps={{ send, loadRole, saveRole, today: () => localIsoDate(new Date()) }} />, document.getElementById('app')!);
