import { render } from 'preact';
import { browser } from 'wxt/browser';
import '../../components/panel.css';
import './export.css';
import { ExportPage } from '../../components/export/ExportPage';
import { send } from '../../messaging/client';
import { localIsoDate } from '../../clinical/admin/past-date';

// export.html?key=<patient key>: opened from the panel (a link in the extension's frame).
document.documentElement.lang = browser.i18n.getUILanguage().startsWith('fr') ? 'fr' : 'en';
const patientKey = new URLSearchParams(location.search).get('key') ?? '';
render(<ExportPage patientKey={patientKey} send={send} today={() => localIsoDate(new Date())} />, document.getElementById('app')!);
