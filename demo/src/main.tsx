import { render } from 'preact';
import { usePath, Link } from './router';
import { findPatient } from './patients';
import { PatientList } from './PatientList';
import { PatientRecord } from './PatientRecord';
import './style.css';

function App() {
  const path = usePath();
  const m = /^\/patients\/([^/]+)(?:\/([^/]+))?/.exec(path);
  const p = m ? findPatient(m[1]!) : undefined;
  return (
    <>
      <header class="md-top">
        <Link href="/" class="md-logo">MédiDémo</Link>
        <span>Cabinet du Dr Claire Fontaine — logiciel de démonstration (patients fictifs)</span>
      </header>
      {m && !p && <main><h1>Dossier introuvable</h1><p>Aucun patient « {m[1]} ».</p></main>}
      {p ? <PatientRecord key={p.id} p={p} tab={m?.[2] ?? 'consultation'} /> : !m && <PatientList />}
    </>
  );
}

render(<App />, document.getElementById('app')!);
