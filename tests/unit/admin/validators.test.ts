import { describe, expect, it } from 'vitest';
import { validateEmail } from '../../../clinical/admin/email';
import { checkNir } from '../../../clinical/admin/nir-check';
import { validatePastDate } from '../../../clinical/admin/past-date';
import { formatPhone, validatePhone } from '../../../clinical/admin/phone';
import { validatePostalCode } from '../../../clinical/admin/postal-code';
import { inFrench } from '../../i18n';

const ok = (value: string) => ({ ok: true, value });
const code = (c: string) => expect.objectContaining({ ok: false, code: c, message: expect.objectContaining({ key: expect.any(String) }) });

describe('validatePostalCode', () => {
  it.each([
    ['75011', '75011'],
    ['01000', '01000'],
    ['95000', '95000'],
    ['20000', '20000'], // Ajaccio: Corsica is 20xxx
    ['20200', '20200'], // Bastia
    ['97100', '97100'],
    ['97600', '97600'], // Mayotte
    ['98000', '98000'], // Monaco
    ['98800', '98800'], // Nouvelle-Calédonie
    ['75 011', '75011'],
  ])('accepts %s', (input, value) => expect(validatePostalCode(input)).toEqual(ok(value)));

  it.each([
    ['2A000', 'postalCode.corsica'],
    ['2b200', 'postalCode.corsica'],
    ['00100', 'postalCode.department'],
    ['96000', 'postalCode.department'],
    ['97000', 'postalCode.department'],
    ['97700', 'postalCode.department'],
    ['99000', 'postalCode.department'],
    ['7501', 'postalCode.format'],
    ['750111', 'postalCode.format'],
    ['75O11', 'postalCode.format'],
    ['', 'postalCode.format'],
  ])('refuses %s (%s)', (input, c) => expect(validatePostalCode(input)).toEqual(code(c)));

  it('explains Corsica (French rendering)', () => {
    const result = validatePostalCode('2A004');
    expect(!result.ok && inFrench(result.message)).toContain('Corse');
  });
});

describe('validatePhone', () => {
  it.each([
    ['0612345678', '06 12 34 56 78'],
    ['06 12 34 56 78', '06 12 34 56 78'],
    ['06.12.34.56.78', '06 12 34 56 78'],
    ['01-23-45-67-89', '01 23 45 67 89'],
    ['09 87 65 43 21', '09 87 65 43 21'],
    ['+33 6 12 34 56 78', '06 12 34 56 78'],
    ['+33612345678', '06 12 34 56 78'],
    ['+33 (0)6 12 34 56 78', '06 12 34 56 78'],
    ['0033 1 23 45 67 89', '01 23 45 67 89'],
    ['+262 692 12 34 56', '06 92 12 34 56'],
  ])('accepts %s', (input, value) => expect(validatePhone(input)).toEqual(ok(value)));

  it.each(['0012345678', '061234567', '06123456789', '+44 20 7946 0958', '+33 0 12 34 56 78', '06 12 34 56 7a', '', '1234567890'])(
    'refuses %s',
    (input) => expect(validatePhone(input)).toEqual(code('phone.format')),
  );

  it('reformats for fields', () => {
    expect(formatPhone('06 12 34 56 78', 'compact')).toBe('0612345678');
    expect(formatPhone('06 12 34 56 78', 'e164')).toBe('+33612345678');
    expect(formatPhone('0612345678', 'national')).toBe('06 12 34 56 78');
  });
});

describe('validateEmail', () => {
  it.each([
    ['marie.durand@exemple.fr', 'marie.durand@exemple.fr'],
    ['  Marie.Durand@Exemple.FR ', 'Marie.Durand@exemple.fr'],
    ['a+tag@sub.domaine.com', 'a+tag@sub.domaine.com'],
  ])('accepts %s', (input, value) => expect(validateEmail(input)).toEqual(ok(value)));

  it.each(['marie', 'marie@', '@exemple.fr', 'marie@exemple', 'marie durand@exemple.fr', 'a@b@c.fr', 'marie@exemple..fr', ''])(
    'refuses %s',
    (input) => expect(validateEmail(input)).toEqual(code('email.format')),
  );
});

describe('validatePastDate', () => {
  const today = '2025-03-15';
  it.each([
    ['1980-02-29', '1980-02-29'],
    ['29/02/1980', '1980-02-29'],
    ['1/2/1990', '1990-02-01'],
    ['15.03.2025', '2025-03-15'], // today itself is not in the future
  ])('accepts %s', (input, value) => expect(validatePastDate(input, today)).toEqual(ok(value)));

  it.each([
    ['2025-03-16', 'date.future'],
    ['16/03/2025', 'date.future'],
    ['1981-02-29', 'date.calendar'],
    ['31/04/1990', 'date.calendar'],
    ['1990-13-01', 'date.calendar'],
    ['1990/01/01', 'date.format'],
    ['01/01/90', 'date.format'],
    ['hier', 'date.format'],
  ])('refuses %s (%s)', (input, c) => expect(validatePastDate(input, today)).toEqual(code(c)));
});

describe('checkNir (delegates to clinical/identity)', () => {
  // Keys computed by hand: 97 − (13-digit body mod 97).
  it.each([
    ['1 85 05 78 006 084 91', '185057800608491'],
    ['2 55 08 14 168 025 38', '255081416802538'],
    ['185057800608491', '185057800608491'],
    ['1 85 05 2A 006 084 35', '185052A00608435'], // 2A counts as 19
    ['1.85.05.2b.006.084.62', '185052B00608462'], // 2B counts as 18
  ])('accepts %s', (input, value) => expect(checkNir(input)).toEqual(ok(value)));

  it.each([
    ['185057800608492', 'clé'],
    ['1850578006084', 'clé'],
    ['1850578006084911', '15 caractères'],
    ['585057800608491', 'premier chiffre'],
    ['18505X800608491', 'chiffres'],
  ])('refuses %s with the NIR check’s message (French rendering)', (input, words) => {
    const result = checkNir(input);
    expect(result).toEqual(code('nir.invalid'));
    expect(!result.ok && inFrench(result.message)).toContain(words);
  });
});
