import { describe, expect, it } from 'vitest';
import { fitValue, keyCounts } from '../../../sites/forms/value-fit';
import type { FieldDescriptor } from '../../../sites/forms/field-descriptor';
import type { FillValues, ProfileFieldKey } from '../../../clinical/admin/field-keys';
import { profileToFillValues } from '../../../clinical/admin/profile-values';
import { emptyAdminProfile, type AdminProfile } from '../../../clinical/admin/profile-schema';

const d = (patch: Partial<FieldDescriptor> = {}): FieldDescriptor => ({
  kind: 'text', type: 'text', name: '', id: '', autocomplete: '', labels: [], ariaLabel: '', placeholder: '', title: '',
  nearby: '', group: '', wrapper: '', section: '', columnHeader: '', options: [], maxLength: null, frameDepth: 0, ...patch,
});
const counts = (...keys: ProfileFieldKey[]) => keyCounts(keys);
// P0010's address as the file keeps it: the record's one line, split on its comma.
const EHPAD: FillValues = { address: 'EHPAD Les Glycines\n1 rue des Lilas', addressLine1: 'EHPAD Les Glycines', addressLine2: '1 rue des Lilas' };

describe('fitting a value to the field it goes to', () => {
  it('gives a lone address field every line of the address, joined on one line', () => {
    const fit = fitValue(d(), 'addressLine1', EHPAD, counts('addressLine1', 'postalCode'));
    expect(fit).toMatchObject({ text: 'EHPAD Les Glycines, 1 rue des Lilas', loses: false, notes: ['joined'] });
  });

  it('splits the lines where the form has a line 2, and keeps them apart in a text area', () => {
    const both = counts('addressLine1', 'addressLine2');
    // The street on line 1, the establishment as complement, whatever the record's order.
    expect(fitValue(d(), 'addressLine1', EHPAD, both)?.text).toBe('1 rue des Lilas');
    expect(fitValue(d(), 'addressLine2', EHPAD, both)?.text).toBe('EHPAD Les Glycines');
    const three = { address: 'Bâtiment B\nEHPAD Les Glycines\n1 rue des Lilas' };
    expect(fitValue(d(), 'addressLine2', three, both)?.text).toBe('Bâtiment B, EHPAD Les Glycines');
    expect(fitValue(d(), 'addressLine2', { address: '14 rue de Sèvres' }, both)).toBeNull();
    expect(fitValue(d({ kind: 'textarea', type: 'textarea' }), 'address', EHPAD, counts('address'))?.text).toBe('EHPAD Les Glycines\n1 rue des Lilas');
  });

  it('says a value is cut when it is longer than maxlength, and what would be written', () => {
    const fit = fitValue(d({ maxLength: 20 }), 'addressLine1', EHPAD, counts('addressLine1'));
    expect(fit).toMatchObject({ text: 'EHPAD Les Glycines, ', meant: 'EHPAD Les Glycines, 1 rue des Lilas', loses: true, maxLength: 20 });
    expect(fit?.notes).toContain('truncated');
  });

  it('shapes without loss when the field announces it: short year, compact phone, date format', () => {
    expect(fitValue(d({ maxLength: 2 }), 'birthDate.year', { birthDate: '1944-12-01' }, counts())).toMatchObject({ text: '44', loses: false });
    expect(fitValue(d({ maxLength: 10 }), 'phone', { phone: '04 74 00 00 01' }, counts())).toMatchObject({ text: '0474000001', loses: false });
    expect(fitValue(d({ placeholder: 'JJ/MM/AAAA' }), 'birthDate', { birthDate: '1944-12-01' }, counts())?.text).toBe('01/12/1944');
  });

  it('splits the NIR over a 13-digit box and a 2-digit key box; a lone 13-digit box drops the key and says so', () => {
    const values = { nir: '244120103300914' };
    expect(fitValue(d({ maxLength: 13 }), 'nir', values, counts('nir', 'nir'))).toMatchObject({ text: '2441201033009', loses: false });
    expect(fitValue(d({ maxLength: 2 }), 'nir', values, counts('nir', 'nir'))).toMatchObject({ text: '14', loses: false });
    expect(fitValue(d({ maxLength: 13 }), 'nir', values, counts('nir'))).toMatchObject({ loses: true, notes: ['partDropped'] });
  });

  it('says when no choice of a list says the value, and takes the matching choice otherwise', () => {
    const select = d({ kind: 'select', type: 'select-one', options: [{ value: '1', text: 'Madame' }, { value: '2', text: 'Monsieur' }] });
    expect(fitValue(select, 'civility', { civility: 'Mme' }, counts())).toMatchObject({ text: 'Madame', loses: false });
    const caisse = d({ kind: 'select', type: 'select-one', options: [{ value: 'msa', text: 'MSA' }] });
    expect(fitValue(caisse, 'caisse', { caisse: 'CPAM de l’Ain' }, counts())).toMatchObject({ text: '', loses: true, notes: ['noOption'] });
  });

  it('has nothing to say for a value the file lacks', () => {
    expect(fitValue(d(), 'email', {}, counts())).toBeNull();
  });
});

describe('used name', () => {
  const s = <T,>(value: T) => ({ value, source: { kind: 'saisie' as const }, capturedAt: '2026-11-23T10:00:00.000Z' });
  it('is no used name when it repeats the birth name: « Nom d’usage » stays blank', () => {
    const p: AdminProfile = { ...emptyAdminProfile(), identity: { birthName: s('DUPONT'), usedName: s('Dupont') } };
    expect(profileToFillValues(p).usedName).toBeUndefined();
    const married: AdminProfile = { ...emptyAdminProfile(), identity: { birthName: s('LE GALL-DUPUIS'), usedName: s('GIRARD') } };
    expect(profileToFillValues(married).usedName).toBe('GIRARD');
  });
});
