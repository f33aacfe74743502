import { describe, expect, test } from 'vitest';
import { checkNir, findNir, nirKey, normaliseNir, parseNir } from '../../../clinical/identity';
import { inFrench } from '../../i18n';

// Synthetic NIRs; keys computed independently (97 − n mod 97, 2A → 19, 2B → 18).
describe('parseNir', () => {
  test.each([
    ['2 55 08 14 168 025 38', { nir: '255081416802538', sex: 'F', birthYear: '55', birthMonth: 8, department: '14' }],
    ['1 48 04 75 116 042 69', { nir: '148047511604269', sex: 'M', birthYear: '48', birthMonth: 4, department: '75' }],
    ['2.56.03.75.056.123.69', { nir: '256037505612369', sex: 'F', birthYear: '56', birthMonth: 3, department: '75' }],
    ['102026444500827', { nir: '102026444500827', sex: 'M', birthYear: '02', birthMonth: 2, department: '64' }],
  ])('valid %s', (input, expected) => {
    expect(parseNir(input)).toMatchObject({ ok: true, temporary: false, ...expected });
  });

  test('Corse-du-Sud (2A): key computed with 19', () => {
    const r = parseNir('2 78 07 2A 004 045 71');
    expect(r).toMatchObject({ ok: true, nir: '278072A00404571', department: '2A', sex: 'F' });
    expect(nirKey('2780719004045')).toBe(71);
  });

  test('Haute-Corse (2B): key computed with 18, lower case accepted, key 97', () => {
    expect(parseNir('1 83 11 2b 033 112 97')).toMatchObject({ ok: true, nir: '183112B03311297', department: '2B', sex: 'M' });
    expect(nirKey('1831118033112')).toBe(97);
  });

  test('a Corsican NIR with the key of the other department is refused', () => {
    expect(parseNir('2 78 07 2B 004 045 71').ok).toBe(false);
    expect(parseNir('1 83 11 2A 033 112 97').ok).toBe(false);
  });

  test('overseas departments have 3 digits, born abroad is 99', () => {
    const key = String(nirKey('2850597112034')).padStart(2, '0');
    expect(parseNir('2850597112034' + key)).toMatchObject({ ok: true, department: '971' });
    expect(parseNir('2 90 09 99 136 021 15')).toMatchObject({ ok: true, department: '99' });
  });

  test('special months (20–42, 50+) are tolerated, month unknown', () => {
    for (const mm of ['20', '31', '42', '50', '99']) {
      const first13 = `1${'60'}${mm}75116042`;
      const r = parseNir(first13 + String(nirKey(first13)).padStart(2, '0'));
      expect(r).toMatchObject({ ok: true, birthMonth: null });
    }
  });

  test('temporary numbers (7, 8) and foreign-born (3, 4) are flagged', () => {
    const first13 = '8560375056123';
    expect(parseNir(first13 + String(nirKey(first13)).padStart(2, '0'))).toMatchObject({ ok: true, sex: 'F', temporary: true });
  });

  test.each([
    ['', 'Le NIR est vide.'],
    ['1 48 04 75 116 042 68', 'La clé du NIR (68) ne correspond pas aux 13 premiers chiffres : vérifiez la saisie.'],
    ['1 48 04 75 116 043 69', 'La clé du NIR (69) ne correspond pas aux 13 premiers chiffres : vérifiez la saisie.'],
    ['1 48 04 75 116 042', 'Le NIR n’a pas de clé : 15 caractères attendus (13 chiffres et une clé de 2 chiffres).'],
    ['1 48 04 75 116 042 6', 'Le NIR doit comporter 15 caractères (13 chiffres et une clé de 2 chiffres) ; 14 trouvés.'],
    ['1 48 04 75 116 O42 69', 'Le NIR ne doit contenir que des chiffres (et 2A ou 2B pour un département corse).'],
    ['5 48 04 75 116 042 69', 'Le premier chiffre du NIR doit être 1 (homme) ou 2 (femme), ou 3, 4, 7, 8 pour un numéro provisoire.'],
    ['1 48 13 75 116 042 69', 'Le mois de naissance du NIR (13) n’existe pas.'],
    ['1 48 00 75 116 042 69', 'Le mois de naissance du NIR (00) n’existe pas.'],
    ['1 48 45 75 116 042 69', 'Le mois de naissance du NIR (45) n’existe pas.'],
    ['1 48 04 00 116 042 69', 'Le département de naissance du NIR est invalide.'],
    ['1 48 2A 75 116 042 69', 'Le département de naissance du NIR est invalide.'],
  ])('invalid %j', (input, error) => {
    const r = parseNir(input);
    expect(r.ok ? r : { ok: false, error: inFrench(r.error) }).toEqual({ ok: false, error });
  });

  test('arithmetic stays exact on the largest 13-digit numbers', () => {
    expect(nirKey('8999999999999')).toBe(97 - Number(8999999999999n % 97n));
    expect(nirKey('1999999999999')).toBe(97 - Number(1999999999999n % 97n));
  });
});

describe('findNir / normaliseNir', () => {
  test('finds a NIR in text, whatever the grouping', () => {
    expect(findNir('NIR 1 48 04 75 116 042 69 (clé)')).toBe('148047511604269');
    expect(findNir('N° SS : 1831 12B0 3311 297')).toBe('183112B03311297');
    expect(findNir('INS : 2.78.07.2A.004.045.71')).toBe('278072A00404571');
    expect(findNir('sans clé : 1 48 04 75 116 042')).toBe('1480475116042');
  });
  test('ignores phone numbers and dates', () => {
    expect(findNir('Tél. 06 12 34 56 78, né le 12/03/1956')).toBeNull();
  });
  test('normaliseNir strips spaces, dots, hyphens', () => {
    expect(normaliseNir(' 2-56.03 75 056\u00a0123 69 ')).toBe('256037505612369');
  });
});

describe('checkNir (no message, for the content script)', () => {
  test('returns the same info as parseNir, or an error code', () => {
    expect(checkNir('2 78 07 2A 004 045 71')).toEqual(parseNir('2 78 07 2A 004 045 71'));
    expect(checkNir('1 48 04 75 116 042 68')).toEqual({ ok: false, code: 'key', nir: '148047511604268' });
    expect(checkNir('1 48 04 75 116 042')).toMatchObject({ ok: false, code: 'missingKey' });
  });
});
