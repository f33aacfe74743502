import type { PatientContext } from '../sites/patient-context';

// The stable key of a patient on one record software. With a record id, the key is the record id
// (traits are then checked against the stored ones); without it, the traits themselves, so that
// homonyms born on different days never share a key.
const fold = (s: string) =>
  s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toUpperCase().replace(/[^A-Z0-9]+/g, ' ').trim();

export function patientKey(p: PatientContext): string {
  if (p.recordId) return `${p.origin}#id:${p.recordId}`;
  return `${p.origin}#traits:${fold(p.birthName)}|${fold(p.firstNames)}|${p.birthDate}`;
}

/** The identity traits compared at every detection; a difference on the same key is a conflict. */
export type Trait = 'birthName' | 'firstNames' | 'birthDate' | 'sex';

export function traitsDiffer(a: Pick<PatientContext, Trait>, b: Pick<PatientContext, Trait>): Trait[] {
  const diffs: Trait[] = [];
  if (fold(a.birthName) !== fold(b.birthName)) diffs.push('birthName');
  if (fold(a.firstNames) !== fold(b.firstNames)) diffs.push('firstNames');
  if (a.birthDate !== b.birthDate) diffs.push('birthDate');
  if (a.sex && b.sex && a.sex !== b.sex) diffs.push('sex');
  return diffs;
}
