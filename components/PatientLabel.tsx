import type { PatientContext } from '../clinical/identity/patient-context';
import { formatDate, t } from '../i18n/ui-language';

// The identity as identity vigilance (RNIV) asks it to be shown: birth name first, then the first
// names, the used name when it differs, the birth date and the sex. Never the used name alone in
// the place of the birth name: « MARTIN Claire » for Claire DURAND, married MARTIN, is another
// person to whoever reads it.

const usedPart = (p: PatientContext) =>
  p.usedName && p.usedName.toLocaleUpperCase() !== p.birthName.toLocaleUpperCase() ? ` (${t('patientUsedName', p.usedName)})` : '';

/** "LE GALL-DUPUIS Marie-Hélène Anne (nom d’usage : GIRARD) · 12/04/1974 · Féminin": who the panel is about. */
export function patientLine(p: PatientContext): string {
  const sex = p.sex ? ` · ${t(`patientSex_${p.sex}`)}` : '';
  return `${p.birthName} ${p.firstNames}${usedPart(p)} · ${formatDate(p.birthDate)}${sex}`;
}

/** Short form for the launcher: birth name, first given name, used name when different, birth date. */
export function patientShort(p: PatientContext): string {
  return `${p.birthName} ${p.firstNames.split(' ')[0]}${usedPart(p)} · ${formatDate(p.birthDate)}`;
}
