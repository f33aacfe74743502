import { parseNir } from './nir';
import { nirConflicts } from './consistency';
import type { Msg } from '../message';

// Identity-vigilance checks on what a page shows of one patient: a NIR with a wrong key, or one
// that contradicts the sex or birth date shown beside it. Messages; empty when coherent.
export function identityProblems(p: { nir?: string; sex?: 'F' | 'M'; birthDate: string }): Msg[] {
  if (!p.nir) return [];
  const nir = parseNir(p.nir);
  if (!nir.ok) return [nir.error];
  return nirConflicts(nir, { sex: p.sex, birthDate: p.birthDate });
}
