import { describe, expect, test } from 'vitest';
import { parseSex, splitCivility } from '../../../clinical/identity';

describe('parseSex', () => {
  test.each(['F', 'f', 'Féminin', 'FEMININ', 'Femme', 'Mme', 'Mme.', 'Madame', 'Mlle', 'Female', 'female', '♀', 'Féminin (F)', 'F - Femme', 'Femelle', 'Mrs', 'Ms'])(
    '%s → F',
    (s) => expect(parseSex(s)).toBe('F'),
  );
  test.each(['M', 'm', 'M.', 'Masculin', 'Homme', 'Monsieur', 'Male', 'MALE', '♂', 'Mr', 'Mr.', 'H', 'H - Homme'])('%s → M', (s) =>
    expect(parseSex(s)).toBe('M'),
  );
  test.each(['', 'X', 'Inconnu', 'Autre', 'F/M', 'Madame Monsieur', 'Marie'])('%j → null', (s) => expect(parseSex(s)).toBeNull());
});

describe('splitCivility', () => {
  test.each([
    ['Mme DUPONT Marie', 'F', 'DUPONT Marie'],
    ['M. MARTIN Jean-Pierre', 'M', 'MARTIN Jean-Pierre'],
    ['Monsieur MARTIN', 'M', 'MARTIN'],
    ['Mlle LEROY Jeanne', 'F', 'LEROY Jeanne'],
    ['Mrs Sarah O\'CONNOR', 'F', "Sarah O'CONNOR"],
    ['Marie DUPONT', null, 'Marie DUPONT'],
    ['MARTIN Jean', null, 'MARTIN Jean'],
  ])('%s', (text, sex, rest) => expect(splitCivility(text)).toEqual({ sex, rest }));
});
