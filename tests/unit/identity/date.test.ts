import { describe, expect, test } from 'vitest';
import { findDate, findDates, parseDate } from '../../../clinical/identity';

describe('parseDate', () => {
  test.each([
    '12/03/1956', '12-03-1956', '12.03.1956', '12 mars 1956', '12 MARS 1956', '1956-03-12', '1956-3-12',
    'March 12, 1956', 'March 12th, 1956', '12 Mar 1956', '12 Mar. 1956', '12th March 1956', '12-Mar-1956',
    'mardi 12 mars 1956', ' 12/03/1956 ', '12 de mars 1956',
  ])('%s → 1956-03-12', (s) => expect(parseDate(s)).toBe('1956-03-12'));

  test.each([
    ['1er mars 1956', '1956-03-01'],
    ['1er février 1956', '1956-02-01'],
    ['3 févr. 1948', '1948-02-03'],
    ['3 fevrier 1948', '1948-02-03'],
    ['15 août 2001', '2001-08-15'],
    ['15 aout 2001', '2001-08-15'],
    ['1 déc 1999', '1999-12-01'],
    ['29/02/1964', '1964-02-29'],
    ['5/7/2020', '2020-07-05'],
    ['July 4, 1976', '1976-07-04'],
    ['4 juil. 1976', '1976-07-04'],
  ])('%s → %s', (s, iso) => expect(parseDate(s)).toBe(iso));

  test.each(['31/02/1956', '29/02/1965', '31/04/2000', '00/03/1956', '12/13/1956', '32 mars 1956', '12 foo 1956', '12/03/56', '12/03-1956', 'né le 12/03/1956', '12/03/1956 et 13/03/1956', ''])(
    'rejects %j',
    (s) => expect(parseDate(s)).toBeNull(),
  );

  test('US order on request', () => {
    expect(parseDate('03/12/1956', 'mdy')).toBe('1956-03-12');
    expect(parseDate('03/12/1956')).toBe('1956-12-03');
    expect(parseDate('13/03/1956', 'mdy')).toBeNull();
  });

  test("'unsure' order reads only numeric dates whose day and month cannot be swapped", () => {
    expect(parseDate('25/03/1956', 'unsure')).toBe('1956-03-25');
    expect(parseDate('03/25/1956', 'unsure')).toBe('1956-03-25');
    expect(parseDate('03/03/1956', 'unsure')).toBe('1956-03-03');
    expect(parseDate('03/12/1956', 'unsure')).toBeNull();
    expect(parseDate('March 12, 1956', 'unsure')).toBe('1956-03-12');
    expect(parseDate('1956-03-12', 'unsure')).toBe('1956-03-12');
  });
});

describe('findDate / findDates', () => {
  test('a date inside a sentence', () => {
    expect(findDate('Mme DUPONT Marie, née le 12/03/1956 (69 ans)')).toBe('1956-03-12');
    expect(findDate('M. MARTIN — né le 3 avril 1948 — NIR 1 48 04')).toBe('1948-04-03');
    expect(findDate('born March 12, 1956 in Cork')).toBe('1956-03-12');
    expect(findDate('<time datetime="1971-03-01T00:00:00">')).toBe('1971-03-01');
  });
  test('skips impossible dates and keeps looking', () => {
    expect(findDates('31/02/1956 puis 12/03/1956').map((d) => d.iso)).toEqual(['1956-03-12']);
  });
  test('no date in phone numbers or NIRs', () => {
    expect(findDate('06 12 34 56 78 — 1 48 04 75 116 042 69')).toBeNull();
  });
});
