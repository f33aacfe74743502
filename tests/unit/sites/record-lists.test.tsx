import { afterEach, describe, expect, it } from 'vitest';
import { render } from 'preact';
import { readHeadedLists, readRecordLists, topicOfHeading } from '../../../sites/record-lists';
import { demoListSelectors } from '../../../sites/demo-lists';
import { RecordSummary } from '../../../demo/src/RecordSummary';
import { patients } from '../../../demo/src/patients';
import { PatientList } from '../../../demo/src/PatientList';
import { parseHtml } from '../forms/parse-html';

// The record's lists of allergies, treatments and history, read for the intake's review items:
// the demo adapter's own selectors, then headed lists as record software lays them out.
afterEach(() => render(null, document.body));

function demoPage(i: number): Document {
  document.body.replaceChildren();
  render(<RecordSummary p={patients[i]!} />, document.body);
  return document;
}

describe('MédiDémo lists (adapter selectors)', () => {
  it.each(Object.entries(demoListSelectors))('%s matches once on the consultation page', (_topic, sel) => {
    expect(demoPage(5).querySelectorAll(sel)).toHaveLength(1);
  });

  it.each(Object.entries(demoListSelectors))('%s matches nothing on the patient list', (_topic, sel) => {
    document.body.replaceChildren();
    render(<PatientList />, document.body);
    expect(document.querySelectorAll(sel)).toHaveLength(0);
    expect(readRecordLists(document)).toEqual({});
  });

  it('reads the lists of a patient, one line per item', () => {
    expect(readRecordLists(demoPage(5))).toEqual({
      allergies: ['Iode'],
      traitements: ['Metformine 1000 mg x2/j'],
      antecedents: ['Diabète de type 2 (2015)', 'Cholécystectomie (2010)'],
    });
  });

  it('proposes what the page says when a list is empty', () => {
    expect(readRecordLists(demoPage(6))).toEqual({ allergies: ['Aucune allergie connue.'], traitements: ['Amlodipine 5 mg/j'], antecedents: ['HTA'] });
  });
});

describe('headed lists of other record software', () => {
  it.each([
    ['a heading and a bulleted list', '<h3>Allergies</h3><ul><li>Pénicilline</li><li>Iode</li></ul>', { allergies: ['Pénicilline', 'Iode'] }],
    ['a definition list', '<dl><dt>Traitements en cours :</dt><dd>Ramipril 5 mg</dd><dd>Bisoprolol 2,5 mg</dd><dt>Antécédents</dt><dd>Infarctus (2018)</dd></dl>',
      { traitements: ['Ramipril 5 mg', 'Bisoprolol 2,5 mg'], antecedents: ['Infarctus (2018)'] }],
    ['a row header and its cell', '<table><tr><th>ATCD</th><td>HTA<br>Appendicectomie</td></tr></table>', { antecedents: ['HTA', 'Appendicectomie'] }],
    ['a table under its caption', '<table><caption>Current medications</caption><thead><tr><th>Drug</th><th>Dose</th></tr></thead><tbody><tr><td>Metformin</td><td>1000 mg bid</td></tr></tbody></table>',
      { traitements: ['Metformin — 1000 mg bid'] }],
    ['an inline bold label', '<p><b>Allergies :</b> pénicilline, aspirine</p>', { allergies: ['pénicilline, aspirine'] }],
    ['a heading in a wrapper, with a count', '<div class="panel"><div class="hd"><span role="heading">Past medical history (2)</span></div><p>Asthma</p><p>Appendectomy</p></div>',
      { antecedents: ['Asthma', 'Appendectomy'] }],
    ['lines of text up to the next heading', '<h4>Problems</h4><div>Type 2 diabetes</div><div>Hypertension</div><h4>Notes</h4><p>Not a problem</p>',
      { antecedents: ['Type 2 diabetes', 'Hypertension'] }],
  ])('%s', (_name, html, expected) => {
    expect(readHeadedLists(parseHtml(html))).toEqual(expected);
  });

  it('ignores hidden lists and a word that is not a heading', () => {
    const doc = parseHtml('<p>Pas d’allergies signalées par le patient aujourd’hui.</p><section hidden><h3>Allergies</h3><ul><li>Latex</li></ul></section>'
      + '<div style="display:none"><h3>Traitements</h3><ul><li>Ancien</li></ul></div><h3>Antécédents</h3><ul><li style="display:none">Masqué</li><li>Visible</li></ul>');
    expect(readHeadedLists(doc)).toEqual({ antecedents: ['Visible'] });
  });

  it('the first list of a topic wins, and a heading alone gives nothing', () => {
    expect(readHeadedLists(parseHtml('<h3>Allergies</h3><h3>Medications</h3><ul><li>A</li></ul><h3>Allergies</h3><ul><li>B</li></ul>')))
      .toEqual({ traitements: ['A'], allergies: ['B'] });
  });

  it('names topics by the whole heading only', () => {
    expect(topicOfHeading('Allergies (3) :')).toBe('allergies');
    expect(topicOfHeading('Current Medications')).toBe('traitements');
    expect(topicOfHeading('Allergies du conjoint et de la famille')).toBeNull();
  });
});
