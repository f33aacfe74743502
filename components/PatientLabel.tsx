import type { PatientContext } from '../sites/patient-context';
import { formatDate } from './i18n';

/** "GIRARD (née LE GALL-DUPUIS) Marie-Hélène · 12/04/1974": who the overlay is about. */
export function patientLine(p: PatientContext): string {
  const name = p.usedName ? `${p.usedName} (${p.birthName})` : p.birthName;
  return `${name} ${p.firstNames} · ${formatDate(p.birthDate)}`;
}

/** Short form for the launcher: used name, first given name, birth date. */
export function patientShort(p: PatientContext): string {
  return `${p.usedName ?? p.birthName} ${p.firstNames.split(' ')[0]} · ${formatDate(p.birthDate)}`;
}
