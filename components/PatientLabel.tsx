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

/**
 * The launcher's line: the whole identity as the panel shows it (every first name, the sex), so
 * whoever glances at it needs not open the panel; the launcher's CSS ends it with an ellipsis
 * when it is too long for the box.
 */
export function patientShort(p: PatientContext): string {
  return patientLine(p);
}
