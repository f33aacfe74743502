import type { DemoPatient } from './patients';
import { frDate } from './format';

// Read-only administrative file, as record software shows it (label/value pairs).
export function AdminTab({ p }: { p: DemoPatient }) {
  const rows: [string, string][] = [
    ['Civilité', p.civilite === 'Mme' ? 'Madame' : 'Monsieur'],
    ['Nom de naissance', p.birthName],
    ['Nom utilisé', p.usedName ?? p.birthName],
    ['Prénom(s)', p.firstNames],
    ['Date de naissance', frDate(p.birthDate)],
    ['Lieu de naissance', p.birthPlace],
    ['N° de sécurité sociale', p.nir],
    ['Caisse', p.caisse],
    ['Complémentaire', p.mutuelle ? `${p.mutuelle.name} — n° ${p.mutuelle.member}` : 'Aucune'],
    ['Médecin traitant', p.medecinTraitant],
    ['ALD', p.ald.length ? p.ald.join(', ') : 'Non'],
    ['Adresse', p.address.line],
    ['Code postal', p.address.postalCode],
    ['Ville', p.address.city],
    ['Téléphone', p.phone],
    ['Courriel', p.email ?? ''],
  ];
  return (
    <dl class="md-admin">
      {rows.map(([k, v]) => (
        <div key={k}><dt>{k}</dt><dd>{v}</dd></div>
      ))}
    </dl>
  );
}
