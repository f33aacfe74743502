import { useState } from 'preact/hooks';

// A blank administrative form made of framework-controlled inputs: the values live in component
// state, as in the record programs built with React/Vue/Angular. The summary shows that state.
const empty = {
  civilite: '', nom: '', nomUsage: '', prenom: '', jour: '', mois: '', annee: '', nir: '',
  adresse: '', codePostal: '', ville: '', telephone: '', email: '', caisse: '', mutuelle: '', motif: '',
};
type Form = typeof empty;

export function TransportForm() {
  const [f, setF] = useState<Form>(empty);
  const bind = (k: keyof Form) => ({
    value: f[k],
    onInput: (e: Event) => setF((s) => ({ ...s, [k]: (e.currentTarget as HTMLInputElement).value })),
  });
  return (
    <form class="md-form" aria-label="Demande de transport" onSubmit={(e) => e.preventDefault()}>
      <h2>Prescription médicale de transport (formulaire simplifié)</h2>
      <fieldset>
        <legend>Civilité</legend>
        {['Madame', 'Monsieur'].map((c) => (
          <label key={c}><input type="radio" name="civilite" value={c} checked={f.civilite === c} onChange={() => setF((s) => ({ ...s, civilite: c }))} /> {c}</label>
        ))}
      </fieldset>
      <label>Nom de naissance <input name="nom" {...bind('nom')} /></label>
      <label>Nom d'usage <input name="nomUsage" {...bind('nomUsage')} /></label>
      <label>Prénom <input name="prenom" {...bind('prenom')} /></label>
      <fieldset class="md-date">
        <legend>Date de naissance</legend>
        <input aria-label="Jour de naissance" placeholder="JJ" size={2} {...bind('jour')} />
        <input aria-label="Mois de naissance" placeholder="MM" size={2} {...bind('mois')} />
        <input aria-label="Année de naissance" placeholder="AAAA" size={4} {...bind('annee')} />
      </fieldset>
      <label>N° d'immatriculation (NIR) <input name="nir" {...bind('nir')} /></label>
      <label>Adresse <input name="adresse" autoComplete="street-address" {...bind('adresse')} /></label>
      <label>Code postal <input name="cp" {...bind('codePostal')} /></label>
      <label>Ville <input name="ville" {...bind('ville')} /></label>
      <label>Téléphone <input name="tel" type="tel" {...bind('telephone')} /></label>
      <label>Courriel <input name="email" type="email" {...bind('email')} /></label>
      <label>Caisse d'affiliation <input name="caisse" {...bind('caisse')} /></label>
      <label>Organisme complémentaire <input name="mutuelle" {...bind('mutuelle')} /></label>
      <label>Motif du transport <textarea name="motif" {...bind('motif')} /></label>
      <output class="md-form__state" aria-label="État du formulaire">{JSON.stringify(f)}</output>
    </form>
  );
}
