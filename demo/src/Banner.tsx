import type { DemoPatient } from './patients';
import { ageLabel, frDate } from './format';

// The identity banner: the one place of the record page that names the patient.
export function Banner({ p }: { p: DemoPatient }) {
  const item = (label: string, field: string, value: string) => (
    <div class="md-banner__item">
      <span class="md-banner__label">{label}</span>
      <span class="md-banner__value" data-md-field={field}>{value}</span>
    </div>
  );
  return (
    <section class="md-banner" aria-label="Identité du patient" data-md-patient-id={p.id}>
      <div class="md-banner__title">{p.civilite} {p.usedName ?? p.birthName} {p.firstNames.split(' ')[0]} <small>({ageLabel(p.birthDate)})</small></div>
      {item('Nom de naissance', 'nom-naissance', p.birthName)}
      {item('Nom utilisé', 'nom-utilise', p.usedName ?? p.birthName)}
      {item('Prénom(s)', 'prenoms', p.firstNames)}
      {item('Date de naissance', 'date-naissance', frDate(p.birthDate))}
      {item('Sexe', 'sexe', p.sex === 'F' ? 'Féminin' : 'Masculin')}
      {item('NIR', 'nir', p.nir)}
      {item('Statut INS', 'statut-ins', p.ins)}
    </section>
  );
}
