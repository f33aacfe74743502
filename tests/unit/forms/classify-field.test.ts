import { describe, expect, it } from 'vitest';
import { classifyField } from '../../../sites/forms/classify-field';
import type { FieldDescriptor } from '../../../sites/forms/field-descriptor';

// Direct cases on descriptors: the classifier is pure, no DOM needed.
function d(partial: Partial<FieldDescriptor>): FieldDescriptor {
  return {
    kind: 'text', type: 'text', name: '', id: '', autocomplete: '', labels: [], ariaLabel: '', placeholder: '', title: '',
    nearby: '', group: '', wrapper: '', section: '', columnHeader: '', options: [], maxLength: null, frameDepth: 0, ...partial,
  };
}
const key = (partial: Partial<FieldDescriptor>) => classifyField(d(partial)).key;

describe('classifyField', () => {
  it('uses HTML autocomplete tokens, with phone kinds and section prefixes', () => {
    expect(key({ autocomplete: 'given-name' })).toBe('firstName');
    expect(key({ autocomplete: 'section-patient family-name' })).toBe('birthName');
    expect(key({ autocomplete: 'bday-month' })).toBe('birthDate.month');
    expect(key({ autocomplete: 'shipping home tel' })).toBe('phoneHome');
    expect(key({ autocomplete: 'street-address', kind: 'textarea', type: 'textarea' })).toBe('address');
    expect(key({ autocomplete: 'username' })).toBeNull();
    expect(classifyField(d({ autocomplete: 'email' })).confidence).toBeGreaterThanOrEqual(0.9);
  });

  it('prefers the longest phrase: nom de naissance, nom d’usage, prénom(s)', () => {
    expect(key({ labels: ['Nom'] })).toBe('birthName');
    expect(key({ labels: ["Nom d'usage"] })).toBe('usedName');
    expect(key({ labels: ['Prénom'] })).toBe('firstName');
    expect(key({ labels: ['Prénom(s)'] })).toBe('firstNames');
    expect(key({ labels: ['Lieu de naissance'] })).toBe('birthPlace');
    expect(key({ labels: ['Adresse e-mail'] })).toBe('email');
  });

  it('scores a full label above a lone name attribute', () => {
    const label = classifyField(d({ labels: ['Code postal'] }));
    const name = classifyField(d({ name: 'codePostal' }));
    expect(label.key).toBe('postalCode');
    expect(name.key).toBe('postalCode');
    expect(label.confidence).toBeGreaterThan(name.confidence);
  });

  it('refuses search boxes and negative words even when they mention names', () => {
    expect(key({ type: 'search', labels: ['Nom'] })).toBeNull();
    expect(key({ ariaLabel: 'Rechercher un patient par nom' })).toBeNull();
    expect(key({ labels: ['Motif de la consultation'] })).toBeNull();
    expect(key({ labels: ["Nom d'utilisateur"] })).toBeNull();
  });

  it('tells day, month and year of a split birth date, and only for a birth date', () => {
    expect(key({ placeholder: 'JJ', wrapper: 'Date de naissance / /' })).toBe('birthDate.day');
    expect(key({ labels: ['Mois de naissance'] })).toBe('birthDate.month');
    expect(key({ name: 'dob_year' })).toBe('birthDate.year');
    expect(key({ placeholder: 'JJ', wrapper: 'Date du rendez-vous / /' })).toBeNull();
    expect(key({ labels: ['Date de naissance'], placeholder: 'JJ/MM/AAAA' })).toBe('birthDate');
    const days = Array.from({ length: 31 }, (_, i) => ({ value: String(i + 1), text: String(i + 1) }));
    expect(key({ kind: 'select', type: 'select-one', options: days, group: 'Naissance' })).toBe('birthDate.day');
  });

  it('recognises sex and civility from the choices', () => {
    const radio = (texts: string[]) => d({ kind: 'radio', type: 'radio', options: texts.map((t) => ({ value: t, text: t })) });
    expect(classifyField(radio(['Madame', 'Monsieur'])).key).toBe('civility');
    expect(classifyField(radio(['Femme', 'Homme'])).key).toBe('sex');
    expect(classifyField(radio(['M', 'F'])).key).toBe('sex');
    expect(classifyField({ ...radio(['M.', 'Mme']), group: 'Sexe' }).key).toBe('civility');
    expect(classifyField(radio(['Assuré', 'Ayant droit'])).key).toBe('vitaleRole');
  });

  it('moves a field into the section it belongs to', () => {
    expect(key({ labels: ['Nom'], section: 'Personne de confiance' })).toBe('trustedPersonLastName');
    expect(key({ labels: ['Téléphone de la personne à prévenir'] })).toBe('emergencyContactPhone');
    expect(key({ labels: ['Adresse'], section: 'Employeur' })).toBeNull();
    expect(key({ labels: ['Nom'], section: 'Médecin traitant' })).toBe('doctorName');
    expect(key({ labels: ["Nom de l'assuré"] })).toBe('insuredBirthName');
    expect(key({ labels: ['Date de naissance'], section: "Identité de l'assuré" })).toBe('birthDate');
    expect(key({ type: 'tel', labels: ["Numéro à appeler en cas d'urgence"] })).toBe('emergencyContactPhone');
  });

  it('answers yes/no questions only with yes/no fields', () => {
    const yesNo = [
      { value: 'o', text: 'Oui' },
      { value: 'n', text: 'Non' },
    ];
    expect(key({ kind: 'radio', type: 'radio', group: 'ALD', options: yesNo })).toBe('ald');
    expect(key({ labels: ['ALD'] })).toBe('aldList');
    expect(key({ kind: 'select', type: 'select-one', labels: ['Médecin traitant'], options: yesNo })).toBe('doctorDeclared');
    expect(key({ kind: 'checkbox', type: 'checkbox', labels: ['Bénéficiaire de la C2S'] })).toBe('c2s');
    expect(key({ kind: 'checkbox', type: 'checkbox', labels: ['Adresse identique au patient'] })).toBeNull();
    expect(key({ labels: ['C2S'] })).toBeNull();
  });

  it('ignores generated ids', () => {
    expect(key({ id: 'mat-input-12' })).toBeNull();
    expect(key({ id: 'prenom' })).toBe('firstName');
  });

  it('gives its evidence', () => {
    expect(classifyField(d({ labels: ['Nom'], section: 'Personne de confiance' })).evidence).toContain('trustedPerson');
  });
});
