import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import type { PatientContext } from './patient-context';

// The stable key of a patient on one record software. With a record id, the key is the record id
// (traits are then checked against the stored ones); without it, a digest of the traits, so that
// homonyms born on different days never share a key. A digest rather than the traits themselves:
// keys are indexed, so they stay in clear on disk even with the workstation lock on.
const fold = (s: string) =>
  s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toUpperCase().replace(/[^A-Z0-9]+/g, ' ').trim();

const TRAITS = '#traits:';
// Synchronous on purpose: the schema upgrade (storage/db.ts) rewrites keys inside its transaction.
const digest = (folded: string) => bytesToHex(sha256(utf8ToBytes(folded))).slice(0, 32);

export function patientKey(p: PatientContext): string {
  if (p.recordId) return `${p.origin}#id:${p.recordId}`;
  return `${p.origin}${TRAITS}${digest(`${fold(p.birthName)}|${fold(p.firstNames)}|${p.birthDate}`)}`;
}

/**
 * The key of the same patient as written today. Keys written before schema v3 (and in older backup
 * files or unsaved drafts) held the folded traits in clear; they become their digest. Idempotent.
 */
export function upgradePatientKey(key: string): string {
  const at = key.indexOf('#'); // the origin (scheme://host:port) has none
  if (at < 0 || !key.startsWith(TRAITS, at)) return key;
  const traits = key.slice(at + TRAITS.length);
  return traits.includes('|') ? `${key.slice(0, at)}${TRAITS}${digest(traits)}` : key;
}

/** The identity traits compared at every detection; a difference on the same key is a conflict. */
export type Trait = 'birthName' | 'firstNames' | 'birthDate' | 'sex' | 'nir';

/** The NIR's 13 digits (its key, when shown, is checked apart), upper-cased for Corsica's 2A/2B. */
export const nirBody = (nir: string): string => nir.toUpperCase().slice(0, 13);

export function traitsDiffer(a: Pick<PatientContext, Trait>, b: Pick<PatientContext, Trait>): Trait[] {
  const diffs: Trait[] = [];
  if (fold(a.birthName) !== fold(b.birthName)) diffs.push('birthName');
  if (fold(a.firstNames) !== fold(b.firstNames)) diffs.push('firstNames');
  if (a.birthDate !== b.birthDate) diffs.push('birthDate');
  if (a.sex && b.sex && a.sex !== b.sex) diffs.push('sex');
  // Another NIR under the same record id is another person (or a typing error): ask, never overwrite.
  if (a.nir && b.nir && nirBody(a.nir) !== nirBody(b.nir)) diffs.push('nir');
  return diffs;
}
