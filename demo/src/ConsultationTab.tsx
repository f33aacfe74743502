import { useEffect, useState } from 'preact/hooks';
import type { DemoPatient } from './patients';
import { RecordSummary } from './RecordSummary';
import { VitalsForm } from './VitalsForm';

// The record's own note field, stored by the demo server (the record software is the shared store),
// beside the patient's allergies, treatments and history, above the record's vital-signs form.
export function ConsultationTab({ p }: { p: DemoPatient }) {
  const [text, setText] = useState('');
  const [status, setStatus] = useState('Chargement…');
  useEffect(() => {
    let live = true;
    setText('');
    setStatus('Chargement…');
    fetch(`/api/patients/${p.id}/note`)
      .then((r) => r.json() as Promise<{ text: string }>)
      .then((d) => { if (live) { setText(d.text); setStatus(''); } })
      .catch(() => live && setStatus('Erreur de chargement'));
    return () => { live = false; };
  }, [p.id]);
  const save = async () => {
    setStatus('Enregistrement…');
    const r = await fetch(`/api/patients/${p.id}/note`, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text }) });
    setStatus(r.ok ? 'Enregistré' : 'Erreur d’enregistrement');
  };
  return (
    <>
      <div class="md-consult">
        <div class="md-consultation">
          <label for="note-consultation">Note de consultation</label>
          <textarea id="note-consultation" name="noteConsultation" rows={12} value={text} onInput={(e) => { setText(e.currentTarget.value); setStatus('Modifié'); }} />
          <div class="md-actions">
            <button type="button" onClick={save}>Enregistrer la note</button>
            <span role="status" class="md-status">{status}</span>
          </div>
        </div>
        <RecordSummary p={p} />
      </div>
      <VitalsForm key={p.id} p={p} />
    </>
  );
}
