import { describe, expect, test } from 'vitest';
import { nameKey, parseName } from '../../../clinical/identity';

describe('parseName', () => {
  test.each([
    ['DUPONT Marie Claire', { birthName: 'DUPONT', firstNames: 'Marie Claire' }],
    ['Marie Claire DUPONT', { birthName: 'DUPONT', firstNames: 'Marie Claire' }],
    ['DUPONT, Marie', { birthName: 'DUPONT', firstNames: 'Marie' }],
    ["LE GALL-D'ARCY Anne-Sophie", { birthName: "LE GALL-D'ARCY", firstNames: 'Anne-Sophie' }],
    ['LE GALL-D’ARCY Anne-Sophie', { birthName: 'LE GALL-D’ARCY', firstNames: 'Anne-Sophie' }],
    ['DE LA TOUR D’AUVERGNE Henri', { birthName: 'DE LA TOUR D’AUVERGNE', firstNames: 'Henri' }],
    ['ÉTIENNE Élodie', { birthName: 'ÉTIENNE', firstNames: 'Élodie' }],
    ["O'CONNOR Sarah", { birthName: "O'CONNOR", firstNames: 'Sarah' }],
    ['Henri de LA TOUR', { birthName: 'de LA TOUR', firstNames: 'Henri' }],
    ['van der BERG Jan', { birthName: 'van der BERG', firstNames: 'Jan' }],
    ['M. MARTIN Jean-Pierre', { birthName: 'MARTIN', firstNames: 'Jean-Pierre', sex: 'M' }],
    ['DUPONT Marie, ', { birthName: 'DUPONT', firstNames: 'Marie' }],
    ['Mme DUPONT Marie (69 ans)', { birthName: 'DUPONT', firstNames: 'Marie', sex: 'F' }],
  ])('%s', (text, expected) => expect(parseName(text)).toEqual({ marked: false, ...expected }));

  test.each([
    ['Mme DURAND Marie née MARTIN', { usedName: 'DURAND', birthName: 'MARTIN', firstNames: 'Marie', sex: 'F' }],
    ['DURAND Marie (née MARTIN)', { usedName: 'DURAND', birthName: 'MARTIN', firstNames: 'Marie' }],
    ['DURAND née LE GALL Marie', { usedName: 'DURAND', birthName: 'LE GALL', firstNames: 'Marie' }],
    ['Marie DURAND née Martin', { usedName: 'DURAND', birthName: 'Martin', firstNames: 'Marie' }],
    ['MARTIN épouse DURAND Marie', { birthName: 'MARTIN', usedName: 'DURAND', firstNames: 'Marie' }],
    ['MARTIN ép. DURAND Marie', { birthName: 'MARTIN', usedName: 'DURAND', firstNames: 'Marie' }],
    ["MARTIN (nom d'usage : DURAND) Marie", { birthName: 'MARTIN', usedName: 'DURAND', firstNames: 'Marie' }],
    ['Nom de naissance : MARTIN', { birthName: 'MARTIN' }],
    ['MARTIN (née DURAND) Claire', { usedName: 'MARTIN', birthName: 'DURAND', firstNames: 'Claire' }],
    // Used name, then the birth name in parentheses (Mediboard, OX): « civilité NOM (NAISSANCE) Prénom ».
    ['Mme MOREAU (LEFEBVRE) Jeanne', { usedName: 'MOREAU', birthName: 'LEFEBVRE', firstNames: 'Jeanne', sex: 'F' }],
    ['Mme HUBERT (BARBIER) Monique (79 ans)', { usedName: 'HUBERT', birthName: 'BARBIER', firstNames: 'Monique', sex: 'F' }],
  ])('markers: %s', (text, expected) => expect(parseName(text)).toEqual({ marked: true, ...expected }));

  test('all upper case: first word (with particles) is the family name', () => {
    expect(parseName('MARTIN JEAN PIERRE')).toEqual({ marked: false, birthName: 'MARTIN', firstNames: 'JEAN PIERRE' });
    expect(parseName('LE GALL MARIE')).toEqual({ marked: false, birthName: 'LE GALL', firstNames: 'MARIE' });
    expect(parseName('DUPONT')).toEqual({ marked: false, birthName: 'DUPONT' });
    expect(parseName('DURAND NÉE MARTIN MARIE')).toEqual({ marked: true, usedName: 'DURAND', birthName: 'MARTIN', firstNames: 'MARIE' });
    expect(parseName('DURAND NEE LE GALL MARIE')).toEqual({ marked: true, usedName: 'DURAND', birthName: 'LE GALL', firstNames: 'MARIE' });
  });

  test('all upper case on a page that writes given names first: the last word is the family name', () => {
    expect(parseName('MARIA ELENA LOPEZ', 'given-first')).toEqual({ marked: false, birthName: 'LOPEZ', firstNames: 'MARIA ELENA' });
    expect(parseName('ANNA VAN DER BERG', 'given-first')).toEqual({ marked: false, birthName: 'VAN DER BERG', firstNames: 'ANNA' });
    // A comma or a marker still says which name is which.
    expect(parseName('LOPEZ, MARIA ELENA', 'given-first')).toEqual({ marked: false, birthName: 'LOPEZ', firstNames: 'MARIA ELENA' });
    expect(parseName('DURAND NÉE MARTIN MARIE', 'given-first')).toEqual({ marked: true, usedName: 'DURAND', birthName: 'MARTIN', firstNames: 'MARIE' });
    expect(parseName('MARTIN JEAN PIERRE', 'family-first')).toEqual({ marked: false, birthName: 'MARTIN', firstNames: 'JEAN PIERRE' });
  });

  test('mixed case only: no guess unless the order is given', () => {
    expect(parseName('Marie Dupont')).toEqual({ marked: false });
    expect(parseName('Sarah Jane Smith', 'given-first')).toEqual({ marked: false, birthName: 'Smith', firstNames: 'Sarah Jane' });
    expect(parseName('Dupont Marie', 'family-first')).toEqual({ marked: false, birthName: 'Dupont', firstNames: 'Marie' });
  });

  test('"né le" is a birth-date phrase, not a name marker', () => {
    expect(parseName('MARTIN Jean né le')).toMatchObject({ marked: false, birthName: 'MARTIN' });
    expect(parseName('Jane SMITH née DOE')).toEqual({ marked: true, usedName: 'SMITH', birthName: 'DOE', firstNames: 'Jane' });
  });
});

describe('nameKey', () => {
  test('accents, case, hyphens and apostrophes do not matter', () => {
    expect(nameKey("Le Gall-d'Arcy")).toBe(nameKey('LE GALL D’ARCY'));
    expect(nameKey('Étienne')).toBe(nameKey('ETIENNE'));
  });
});
