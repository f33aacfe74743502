import { describe, expect, test } from 'vitest';
import { nirConflicts as conflicts, nirMismatches, parseNir, type NirInfo } from '../../../clinical/identity';
import { inFrench } from '../../i18n';

// The messages, rendered in French.
const nirConflicts = (...a: Parameters<typeof conflicts>) => conflicts(...a).map(inFrench);

const nir = (s: string) => parseNir(s) as NirInfo;

describe('nirConflicts', () => {
  const marie = nir('2 56 03 75 056 123 69');
  test('agreeing sex and birth date', () => {
    expect(nirConflicts(marie, { sex: 'F', birthDate: '1956-03-12' })).toEqual([]);
    expect(nirConflicts(marie, {})).toEqual([]);
  });
  test('sex disagreement', () => {
    expect(nirConflicts(marie, { sex: 'M' })).toEqual(['Le NIR correspond à une femme, mais le sexe indiqué est masculin.']);
  });
  test('year disagreement', () => {
    expect(nirConflicts(marie, { birthDate: '1957-03-12' })).toEqual([
      'L’année de naissance du NIR (…56) ne correspond pas à la date de naissance (1957).',
    ]);
  });
  test('month disagreement', () => {
    expect(nirConflicts(marie, { birthDate: '1956-04-12' })).toEqual([
      'Le mois de naissance du NIR (03) ne correspond pas à la date de naissance (mois 04).',
    ]);
  });
  test('both at once', () => {
    expect(nirConflicts(marie, { sex: 'M', birthDate: '1966-03-12' })).toHaveLength(2);
  });
  test('a NIR with an unknown month only checks the year', () => {
    const r = nir('1 60 42 75 116 042 ' + String(97 - Number(1604275116042n % 97n)).padStart(2, '0'));
    expect(nirConflicts(r, { birthDate: '1960-11-30' })).toEqual([]);
    expect(nirConflicts(r, { birthDate: '1961-11-30' })).toHaveLength(1);
  });
  test('a Corsican NIR', () => {
    expect(nirConflicts(nir('2 78 07 2A 004 045 71'), { sex: 'F', birthDate: '1978-07-21' })).toEqual([]);
    expect(nirConflicts(nir('1 83 11 2B 033 112 97'), { sex: 'F', birthDate: '1983-11-05' })).toHaveLength(1);
  });
});

describe('nirMismatches', () => {
  test('codes, not sentences', () => {
    const marie = parseNir('2 56 03 75 056 123 69') as NirInfo;
    expect(nirMismatches(marie, { sex: 'F', birthDate: '1956-03-12' })).toEqual([]);
    expect(nirMismatches(marie, { sex: 'M', birthDate: '1956-04-12' })).toEqual(['sex', 'month']);
    expect(nirMismatches(marie, { birthDate: '1966-03-12' })).toEqual(['year']);
  });
});
