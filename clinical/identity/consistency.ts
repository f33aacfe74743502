import { consistencyMessages as msg } from './messages';
import type { NirInfo } from './nir';
import type { Sex } from './sex';
import type { Msg } from '../message';

export type NirMismatch = 'sex' | 'year' | 'month';

/**
 * Which traits of a valid NIR disagree with the sex / birth date shown for the same person
 * (empty: they agree, or nothing could be compared). A NIR with a special month (unknown at
 * registration) only checks the year.
 */
export function nirMismatches(nir: NirInfo, known: { sex?: Sex | null; birthDate?: string | null }): NirMismatch[] {
  const out: NirMismatch[] = [];
  if (known.sex && known.sex !== nir.sex) out.push('sex');
  const d = known.birthDate && /^\d\d(\d\d)-(\d\d)-\d\d$/.exec(known.birthDate);
  if (d) {
    if (d[1] !== nir.birthYear) out.push('year');
    else if (nir.birthMonth !== null && nir.birthMonth !== Number(d[2])) out.push('month');
  }
  return out;
}

/** The same disagreements as messages, for the assistant. */
export function nirConflicts(nir: NirInfo, known: { sex?: Sex | null; birthDate?: string | null }): Msg[] {
  const [, yyyy = '', mm = ''] = /^(\d{4})-(\d\d)/.exec(known.birthDate ?? '') ?? [];
  return nirMismatches(nir, known).map((k) =>
    k === 'sex'
      ? msg.sex(nir.sex)
      : k === 'year'
        ? msg.year(nir.birthYear, yyyy)
        : msg.month(String(nir.birthMonth).padStart(2, '0'), mm),
  );
}
