import type { DemoPatient } from './patients';

// The consultation page's side column, as record software shows it next to the note: the
// patient's allergies, current treatments and history, each under its heading.
function Section({ title, list, items, empty }: { title: string; list: string; items: string[]; empty: string }) {
  return (
    <section class="md-summary__section">
      <h3>{title}</h3>
      {items.length ? <ul data-md-list={list}>{items.map((i) => <li key={i}>{i}</li>)}</ul> : <p data-md-list={list}>{empty}</p>}
    </section>
  );
}

export function RecordSummary({ p }: { p: DemoPatient }) {
  return (
    <aside class="md-summary" aria-label="Synthèse du dossier">
      <Section title="Allergies" list="allergies" items={p.allergies} empty="Aucune allergie connue." />
      <Section title="Traitements en cours" list="traitements" items={p.traitements} empty="Aucun traitement en cours." />
      <Section title="Antécédents" list="antecedents" items={p.antecedents} empty="Aucun antécédent renseigné." />
    </aside>
  );
}
