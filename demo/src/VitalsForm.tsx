import { useEffect, useState } from 'preact/hooks';
import type { DemoPatient } from './patients';

// The record's own vital-signs form (« Constantes »), made of framework-controlled inputs as in
// the record programs built with React/Vue/Angular: values live in component state, are loaded
// from and saved to the demo server. The BMI is computed by the record, read-only.
const empty = { pas: '', pad: '', bras: '', pouls: '', poids: '', taille: '', tourTaille: '', temperature: '', spo2: '', glycemie: '', eva: '' };
type Vitals = typeof empty;
const FIELDS: [keyof Vitals, string][] = [
  ['pas', 'PAS (mmHg)'],
  ['pad', 'PAD (mmHg)'],
  ['pouls', 'Pouls (/min)'],
  ['poids', 'Poids (kg)'],
  ['taille', 'Taille (cm)'],
  ['tourTaille', 'Tour de taille (cm)'],
  ['temperature', 'Température (°C)'],
  ['spo2', 'SpO2 (%)'],
  ['glycemie', 'Glycémie capillaire (g/L)'],
  ['eva', 'EVA (0 à 10)'],
];

const num = (s: string) => Number(s.replace(',', '.'));

export function VitalsForm({ p }: { p: DemoPatient }) {
  const [v, setV] = useState<Vitals>(empty);
  const [status, setStatus] = useState('Chargement…');
  useEffect(() => {
    let live = true;
    fetch(`/api/patients/${p.id}/constantes`)
      .then((r) => r.json() as Promise<{ values: Partial<Vitals> }>)
      .then((d) => { if (live) { setV({ ...empty, ...d.values }); setStatus(''); } })
      .catch(() => live && setStatus('Erreur de chargement'));
    return () => { live = false; };
  }, [p.id]);
  const set = (k: keyof Vitals) => (e: Event) => {
    const value = (e.currentTarget as HTMLInputElement | HTMLSelectElement).value;
    setV((s) => ({ ...s, [k]: value }));
    setStatus('Modifié');
  };
  const save = async () => {
    setStatus('Enregistrement…');
    const r = await fetch(`/api/patients/${p.id}/constantes`, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ values: v }) });
    setStatus(r.ok ? 'Enregistré' : 'Erreur d’enregistrement');
  };
  const w = num(v.poids);
  const h = num(v.taille) / 100;
  const bmi = w > 0 && h > 0 ? (w / (h * h)).toFixed(1).replace('.', ',') : '';
  const input = (k: keyof Vitals, label: string) => (
    <label key={k}>{label} <input name={k} inputMode="decimal" size={6} value={v[k]} onInput={set(k)} /></label>
  );
  return (
    <form class="md-vitals" aria-label="Constantes" onSubmit={(e) => e.preventDefault()}>
      <h2>Constantes</h2>
      <div class="md-vitals__grid">
        {input('pas', FIELDS[0]![1])}
        {input('pad', FIELDS[1]![1])}
        <label>Bras
          <select name="bras" value={v.bras} onChange={set('bras')}>
            <option value="">—</option>
            <option value="droit">Droit</option>
            <option value="gauche">Gauche</option>
          </select>
        </label>
        {FIELDS.slice(2).map(([k, label]) => input(k, label))}
        <label>IMC (kg/m²) <input name="imc" size={6} value={bmi} readOnly /></label>
      </div>
      <div class="md-actions">
        <button type="button" onClick={save}>Enregistrer les constantes</button>
        <span role="status" class="md-vitals__status">{status}</span>
      </div>
    </form>
  );
}
