import { describe, expect, test } from 'vitest';
import { detectPatient } from '../../../sites/generic';
import { parsePage } from './load-page';

// French laboratory reports write the birth name between « née » and « le »: « Madame LEFEBVRE
// Martine / Née ROUSSEL le 01/01/1957 » (the report's mandatory identity, CSP D6211-3).
const read = (body: string) => detectPatient(parsePage(`<html lang="fr"><body>${body}</body></html>`, 'https://labo.example/'), 'https://labo.example');

describe('« Née NOM le … »', () => {
  test('under the name line: birth name, used name, first name, date, sex', () => {
    expect(read('<div class="pat"><div>Madame LEFEBVRE Martine</div><div>Née ROUSSEL le 01/01/1957</div></div>')).toMatchObject({
      kind: 'patient',
      patient: { birthName: 'ROUSSEL', usedName: 'LEFEBVRE', firstNames: 'Martine', birthDate: '1957-01-01', sex: 'F' },
    });
  });

  test('on one banner line', () => {
    expect(read('<div>Mme DUPONT Claire née MARTIN le 12/03/1956 — NIR 2 56 03 75 112 031 05</div>')).toMatchObject({
      kind: 'patient',
      patient: { birthName: 'MARTIN', usedName: 'DUPONT', firstNames: 'Claire', birthDate: '1956-03-12' },
    });
  });
});
