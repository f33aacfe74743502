import { afterEach, describe, expect, it } from 'vitest';
import { render } from 'preact';
import { demoAdapter, demoSelectors } from '../../../sites/demo';
import { PatientContextSchema } from '../../../clinical/identity/patient-context';
import { Banner } from '../../../demo/src/Banner';
import { PatientList } from '../../../demo/src/PatientList';
import { patients } from '../../../demo/src/patients';

// The demo adapter read against the demo's own components, rendered as the browser renders them.
const adapter = demoAdapter({ noRecord: 'pas de dossier', several: 'plusieurs', missing: (f) => `manque ${f}` });
const url = new URL('http://127.0.0.1:4780/patients/P0006');

function page(content: preact.ComponentChild): Document {
  document.body.replaceChildren();
  const shell = document.createElement('header');
  shell.className = 'md-top';
  const main = document.createElement('div');
  document.body.append(shell, main);
  render(content, main);
  return document;
}
afterEach(() => render(null, document.body.lastElementChild ?? document.body));

// Each selector with the pages it must match and how many times (negative pages included).
const pages = {
  record: () => page(<Banner p={patients[5]!} />),
  list: () => page(<PatientList />),
};
const expectations: [keyof typeof demoSelectors, string, keyof typeof pages, number][] = [
  ['appMarker', demoSelectors.appMarker, 'record', 1],
  ['appMarker', demoSelectors.appMarker, 'list', 1],
  ['banner', demoSelectors.banner, 'record', 1],
  ['banner', demoSelectors.banner, 'list', 0],
];

describe('MédiDémo selectors', () => {
  it.each(expectations)('%s matches %s on the %s page %i time(s)', (_name, selector, pageName, count) => {
    expect(pages[pageName]().querySelectorAll(selector)).toHaveLength(count);
  });
});

describe('MédiDémo adapter', () => {
  it.each(patients.map((p) => [p.id, p] as const))('reads patient %s exactly', (_id, p) => {
    const d = adapter.detect(page(<Banner p={p} />), url);
    expect(d.kind).toBe('patient');
    if (d.kind !== 'patient') return;
    expect(PatientContextSchema.parse(d.patient)).toEqual(d.patient);
    expect(d.patient).toMatchObject({
      recordId: p.id, birthName: p.birthName, firstNames: p.firstNames, birthDate: p.birthDate, sex: p.sex,
      nir: p.nir.replace(/\s/g, ''), origin: 'http://127.0.0.1:4780',
    });
    expect(d.patient.usedName).toBe(p.usedName);
  });

  it('finds no patient on the patient list', () => {
    expect(adapter.detect(page(<PatientList />), url)).toEqual({ kind: 'none', reason: 'pas de dossier' });
  });

  it('refuses a banner missing the birth date', () => {
    const doc = page(<Banner p={patients[0]!} />);
    doc.querySelector('[data-md-field="date-naissance"]')!.textContent = '';
    expect(adapter.detect(doc, url)).toEqual({ kind: 'none', reason: 'manque birthDate' });
  });

  it('refuses to choose between two banners', () => {
    const doc = page(<><Banner p={patients[11]!} /><Banner p={patients[12]!} /></>);
    expect(adapter.detect(doc, url).kind).toBe('ambiguous');
  });

  it('changes its fingerprint when the patient changes, not otherwise', () => {
    const a = adapter.fingerprint(page(<Banner p={patients[11]!} />));
    const a2 = adapter.fingerprint(page(<Banner p={patients[11]!} />));
    const b = adapter.fingerprint(page(<Banner p={patients[12]!} />));
    expect(a).toBe(a2);
    expect(a).not.toBe(b);
  });
});
