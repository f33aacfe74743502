import type { DemoPatient } from './patients';
import { patients } from './patients';
import { Banner } from './Banner';
import { ConsultationTab } from './ConsultationTab';
import { AdminTab } from './AdminTab';
import { TransportForm } from './TransportForm';
import { Link } from './router';
import { frDate } from './format';

const tabs = [
  ['consultation', 'Consultation'],
  ['antecedents', 'Antécédents'],
  ['allergies', 'Allergies'],
  ['traitements', 'Traitements'],
  ['vaccinations', 'Vaccinations'],
  ['documents', 'Documents'],
  ['administratif', 'Administratif'],
] as const;
type Tab = (typeof tabs)[number][0];

function List({ items, empty }: { items: string[]; empty: string }) {
  return items.length ? <ul>{items.map((i) => <li key={i}>{i}</li>)}</ul> : <p>{empty}</p>;
}

function TabBody({ p, tab }: { p: DemoPatient; tab: Tab }) {
  switch (tab) {
    case 'consultation': return <ConsultationTab p={p} />;
    case 'antecedents': return <List items={p.antecedents} empty="Aucun antécédent renseigné." />;
    case 'allergies': return <List items={p.allergies} empty="Aucune allergie connue." />;
    case 'traitements': return <List items={p.traitements} empty="Aucun traitement en cours." />;
    case 'vaccinations':
      return p.vaccinations.length ? (
        <table class="md-vaccins"><thead><tr><th>Vaccin</th><th>Date</th></tr></thead>
          <tbody>{p.vaccinations.map((v) => <tr key={v.name + v.date}><td>{v.name}</td><td>{frDate(v.date)}</td></tr>)}</tbody></table>
      ) : <p>Aucune vaccination enregistrée.</p>;
    case 'documents': return <><List items={p.documents} empty="Aucun document." /><TransportForm key={p.id} /></>;
    case 'administratif': return <AdminTab p={p} />;
  }
}

export function PatientRecord({ p, tab }: { p: DemoPatient; tab: string }) {
  const current = (tabs.find(([id]) => id === tab)?.[0] ?? 'consultation') as Tab;
  const i = patients.indexOf(p);
  const prev = patients[(i - 1 + patients.length) % patients.length]!;
  const next = patients[(i + 1) % patients.length]!;
  return (
    <main class="md-record">
      <nav class="md-switch" aria-label="Navigation entre patients">
        <Link href={`/patients/${prev.id}/${current}`}>← Patient précédent</Link>
        <Link href={`/patients/${next.id}/${current}`}>Patient suivant →</Link>
      </nav>
      <Banner p={p} />
      <nav class="md-tabs" role="tablist" aria-label="Onglets du dossier">
        {tabs.map(([id, label]) => (
          <Link key={id} href={`/patients/${p.id}/${id}`} class={id === current ? 'active' : ''} aria-current={id === current ? 'page' : undefined}>{label}</Link>
        ))}
      </nav>
      <section class="md-tab" data-md-tab={current}>
        <TabBody p={p} tab={current} />
      </section>
    </main>
  );
}
