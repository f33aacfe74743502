import { describe, expect, test } from 'vitest';
import { detectPatient } from '../../../sites/generic';
import { parsePage } from './load-page';

// « Label: <strong>value</strong> », one line per field: the value is the emphasised text after
// the caption in the same line. With only two lines in their box, the second line was once taken
// for a caption under the first line's value (the Whitfield / Family Name layout), and its value lost.
const read = (body: string, lang = 'en') => detectPatient(parsePage(`<html lang="${lang}"><body>${body}</body></html>`, 'https://dossier.example/'), 'https://dossier.example');

describe('values in bold after their caption, two lines in a box', () => {
  test('Name then DOB', () => {
    expect(read('<p>Name: <strong>DUPONT, Anne</strong></p><p>DOB: <strong>1968-08-25</strong></p>')).toMatchObject({ kind: 'patient', patient: { birthName: 'DUPONT', firstNames: 'Anne', birthDate: '1968-08-25' } });
    expect(read('<div><p>Name: <b>Anne Dupont</b></p><p>DOB: <b>1968-08-25</b></p></div>')).toMatchObject({ kind: 'patient', patient: { birthName: 'Dupont', firstNames: 'Anne', birthDate: '1968-08-25' } });
  });

  test('in French', () => {
    expect(read('<div><p>Patient : <b>DUPONT Anne</b></p><p>Né(e) le : <b>25/08/1968</b></p></div>', 'fr')).toMatchObject({ kind: 'patient', patient: { birthName: 'DUPONT', firstNames: 'Anne', birthDate: '1968-08-25' } });
  });

  test('a caption under its value is still read so', () => {
    expect(read('<div><span><span>Whitfield</span><em>Family Name</em></span> <span><span>Jordan</span><em>Given Name</em></span> <span><span>1961-09-03</span><em>DOB</em></span></div>')).toMatchObject({ kind: 'patient', patient: { birthName: 'Whitfield', firstNames: 'Jordan', birthDate: '1961-09-03' } });
  });
});
