import { useState } from 'preact/hooks';
import { patients } from './patients';
import { Link } from './router';
import { ageLabel, frDate } from './format';

const fold = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();

export function PatientList() {
  const [q, setQ] = useState('');
  const shown = patients.filter((p) => fold(`${p.birthName} ${p.usedName ?? ''} ${p.firstNames}`).includes(fold(q)));
  return (
    <main class="md-list">
      <h1>Patients</h1>
      <label class="md-search">
        Rechercher un patient
        <input type="search" value={q} onInput={(e) => setQ(e.currentTarget.value)} placeholder="Nom, prénom…" />
      </label>
      <table>
        <thead>
          <tr><th>Nom</th><th>Prénom(s)</th><th>Date de naissance</th><th>Âge</th></tr>
        </thead>
        <tbody>
          {shown.map((p) => (
            <tr key={p.id}>
              <td><Link href={`/patients/${p.id}`}>{p.usedName ? `${p.usedName} (né·e ${p.birthName})` : p.birthName}</Link></td>
              <td>{p.firstNames}</td>
              <td>{frDate(p.birthDate)}</td>
              <td>{ageLabel(p.birthDate)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {shown.length === 0 && <p>Aucun patient ne correspond à « {q} ».</p>}
    </main>
  );
}
