import { describe, expect, test } from 'vitest';
import { detectPatient } from '../../../sites/generic';
import { reasons as french } from '../../../sites/generic/messages';
import type { Detection, PatientContext } from '../../../clinical/identity/patient-context';
import { parsePage } from './load-page';

const ORIGIN = 'https://dossier.example.fr';
const detect = (body: string, opts: { lang?: string; url?: string } = {}) =>
  detectPatient(parsePage(`<!doctype html><html lang="${opts.lang ?? 'fr'}"><body>${body}</body></html>`, opts.url), ORIGIN);
const patient = (d: Detection): PatientContext => {
  if (d.kind !== 'patient') throw new Error(`expected a patient, got ${JSON.stringify(d)}`);
  return d.patient;
};

// NIRs with valid keys: Marie DUPONT (F, 03/1956), Marc DUPONT (M, 03/1958), the 2A and 2B ones.
const MARIE_NIR = '2 56 03 75 056 123 69';
const MIXED = french.mixed;

describe('label/value structures', () => {
  test('table rows th/td', () => {
    const p = patient(detect(`<table><tr><th>Nom</th><td>DUPONT</td></tr><tr><th>Prénom</th><td>Marie</td></tr><tr><th>Date de naissance</th><td>12/03/1956</td></tr></table>`));
    expect(p).toMatchObject({ adapter: 'generic', origin: ORIGIN, birthName: 'DUPONT', firstNames: 'Marie', birthDate: '1956-03-12' });
  });

  test('table rows td/td, several pairs per row, upper-case labels with colons', () => {
    const p = patient(detect(`<table><tr><td>NOM :</td><td>DUPONT</td><td>PRENOM :</td><td>MARIE</td></tr><tr><td>DDN :</td><td>12.03.1956</td><td>SEXE :</td><td>F</td></tr></table>`));
    expect(p).toMatchObject({ birthName: 'DUPONT', firstNames: 'MARIE', birthDate: '1956-03-12', sex: 'F' });
  });

  test('definition list with a value split over several elements', () => {
    const p = patient(detect(`<dl><dt>Nom de naissance</dt><dd><b>DUPONT</b></dd><dt>Prénom(s)</dt><dd><span>Marie</span> <span>Claire</span></dd><dt>Né(e) le</dt><dd>12 mars 1956</dd></dl>`));
    expect(p).toMatchObject({ birthName: 'DUPONT', firstNames: 'Marie Claire', birthDate: '1956-03-12' });
  });

  test('<label for> and inputs, select and checked radio', () => {
    const p = patient(
      detect(`<form>
        <div><label for="a">Nom de naissance</label></div><div><input id="a" value="DUPONT"></div>
        <label for="b">Prénom</label><input id="b" value="Marie">
        <label for="c">Date de naissance</label><input id="c" type="date" value="1956-03-12">
        <label for="d">Civilité</label><select id="d"><option>Monsieur</option><option selected>Madame</option></select>
      </form>`),
    );
    expect(p).toMatchObject({ birthName: 'DUPONT', firstNames: 'Marie', birthDate: '1956-03-12', sex: 'F' });
  });

  test('an empty cell does not lend its label the next row', () => {
    const p = patient(
      detect(`<table><tr><td>NOM :</td><td>DUPONT</td><td>NOM D'USAGE :</td><td></td></tr>
        <tr><td>CPAM</td><td>PRENOM :</td><td>MARIE</td></tr><tr><td>NE(E) LE :</td><td>12/03/1956</td></tr></table>`),
    );
    expect(p.usedName).toBeUndefined();
    expect(p.firstNames).toBe('MARIE');
  });

  test('spacer cells between label and value are skipped', () => {
    const p = patient(detect(`<table><tr><td>NOM</td><td width="4"></td><td>DUPONT</td></tr><tr><td>PRENOM</td><td width="4">&nbsp;</td><td>Marie</td></tr><tr><td>DDN</td><td></td><td>12/03/1956</td></tr></table>`));
    expect(p).toMatchObject({ birthName: 'DUPONT', firstNames: 'Marie' });
  });

  test('an open shadow root is read', () => {
    const doc = parsePage(`<!doctype html><html lang="fr"><body><patient-card></patient-card></body></html>`);
    const root = doc.querySelector('patient-card')!.attachShadow({ mode: 'open' });
    for (const [l, v] of [['Nom', 'DUPONT'], ['Prénom', 'Marie'], ['Date de naissance', '12/03/1956']]) {
      const p = doc.createElement('p');
      p.textContent = `${l} : ${v}`;
      root.appendChild(p);
    }
    expect(patient(detectPatient(doc, ORIGIN))).toMatchObject({ birthName: 'DUPONT', birthDate: '1956-03-12' });
  });

  test('"Patient : …" with the birth phrase in the same line', () => {
    const p = patient(detect(`<p>Patient : Mme DUPONT Marie, née le 12/03/1956</p>`));
    expect(p).toMatchObject({ birthName: 'DUPONT', firstNames: 'Marie', birthDate: '1956-03-12', sex: 'F' });
  });

  test('text typed in a field is a value, not page text', () => {
    const d = detect(`<label for="n">Note</label><textarea id="n">Vu Mme DUPONT Marie, née le 12/03/1956.</textarea>`);
    expect(d.kind).toBe('none');
  });

  test('the current patient shown in a switcher button is read', () => {
    const p = patient(detect(`<button aria-haspopup="menu">Mme DUPONT Marie — née le 12/03/1956</button>`));
    expect(p.birthName).toBe('DUPONT');
  });

  test('an empty input does not lend its label the following text', () => {
    const p = patient(detect(`<label>Nom d'usage <input value=""></label><p>DURAND</p><p>Nom : DUPONT</p><p>Prénom : Marie</p><p>DDN : 12/03/1956</p>`));
    expect(p.usedName).toBeUndefined();
  });

  test('inline "Label : valeur" pieces separated by | or —', () => {
    const p = patient(detect(`<p>Nom : DUPONT | Prénom : Marie | Date de naissance : 12/03/1956 | Sexe : F | NIR : ${MARIE_NIR}</p>`));
    expect(p).toMatchObject({ birthName: 'DUPONT', firstNames: 'Marie', sex: 'F', nir: '256037505612369' });
    expect(p.confidence).toBeGreaterThanOrEqual(0.85);
  });

  test('aria-label on a value', () => {
    const p = patient(detect(`<h1>Mme DUPONT Marie</h1><span aria-label="Date de naissance">12/03/1956</span>`));
    expect(p).toMatchObject({ birthName: 'DUPONT', birthDate: '1956-03-12', sex: 'F' });
  });

  test('title, placeholder and aria-labelledby name a value', () => {
    const p = patient(
      detect(`<span title="Nom de naissance">DUPONT</span> <input placeholder="Prénom" value="Marie">
        <span aria-labelledby="l1">12/03/1956</span><footer><span id="l1">Date de naissance</span></footer>`),
    );
    expect(p).toMatchObject({ birthName: 'DUPONT', firstNames: 'Marie', birthDate: '1956-03-12' });
  });

  test('schema.org microdata, meta content included', () => {
    const p = patient(
      detect(`<div itemscope itemtype="https://schema.org/Patient">
        <span itemprop="familyName">DUPONT</span> <span itemprop="givenName">Marie</span>
        <meta itemprop="birthDate" content="1956-03-12"><span itemprop="gender">Female</span></div>`),
    );
    expect(p).toMatchObject({ birthName: 'DUPONT', firstNames: 'Marie', birthDate: '1956-03-12', sex: 'F' });
  });

  test('data-* hints: in data-testid values and in data-* names', () => {
    const p = patient(
      detect(`<div data-testid="patient-lastName">DUPONT</div><div data-testid="patientFirstName">Marie</div>
        <div data-birthdate="1956-03-12">69 ans</div><div data-qa="patient-gender">F</div>`),
    );
    expect(p).toMatchObject({ birthName: 'DUPONT', firstNames: 'Marie', birthDate: '1956-03-12', sex: 'F' });
  });

  test('hints about the doctor, the user or a search box are ignored', () => {
    const d = detect(`<div data-testid="doctor-name">BERNARD Paul</div><input name="search-nom" value="DUP"><div data-testid="patient-birthdate">12/03/1956</div>`);
    expect(d).toEqual({ kind: 'none', reason: 'Une date de naissance est affichée, mais pas le nom et le prénom du patient.' });
  });

  test('a one-row table under a header row is one record', () => {
    const p = patient(detect(`<table><thead><tr><th>Nom</th><th>Prénom</th><th>Date de naissance</th></tr></thead><tbody><tr><td>DUPONT</td><td>Marie</td><td>12/03/1956</td></tr></tbody></table>`));
    expect(p.birthName).toBe('DUPONT');
  });
});

describe('banners', () => {
  test('civility, name and birth phrase in one line', () => {
    const p = patient(detect(`<div>Mme DUPONT Marie, née le 12/03/1956 (69 ans)</div>`));
    expect(p).toMatchObject({ birthName: 'DUPONT', firstNames: 'Marie', birthDate: '1956-03-12', sex: 'F' });
  });

  test('banner split over spans, with née', () => {
    const p = patient(detect(`<header><span>Mme</span> <b>DURAND</b> <span>Marie</span> <span>née DUPONT</span> — <span>née le 12/03/1956</span></header>`));
    expect(p).toMatchObject({ birthName: 'DUPONT', usedName: 'DURAND', firstNames: 'Marie', sex: 'F' });
  });

  test('English banner with "born"', () => {
    const p = patient(detect(`<div>Sarah O'CONNOR, born September 14, 1990</div>`, { lang: 'en' }));
    expect(p).toMatchObject({ birthName: "O'CONNOR", firstNames: 'Sarah', birthDate: '1990-09-14' });
  });

  test('a name only in a heading is a weak source', () => {
    const weak = patient(detect(`<h1>DUPONT Marie</h1><p>Date de naissance : 12/03/1956</p>`));
    const labelled = patient(detect(`<p>Nom : DUPONT</p><p>Prénom : Marie</p><p>Date de naissance : 12/03/1956</p>`));
    expect(weak.confidence).toBeLessThan(labelled.confidence);
  });

  test('the doctor in the top bar is not the patient', () => {
    const d = detect(`<header><h2>Dr BERNARD Paul</h2></header><p>Date de naissance : 12/03/1956</p>`);
    expect(d.kind).toBe('none');
  });
});

describe('English pages', () => {
  test('en-US: numeric dates are month first', () => {
    const p = patient(detect(`<p>Last name: SMITH</p><p>First name: John</p><p>DOB: 03/12/1956</p><p>Sex: Male</p>`, { lang: 'en-US' }));
    expect(p).toMatchObject({ birthName: 'SMITH', firstNames: 'John', birthDate: '1956-03-12', sex: 'M' });
  });
  test('English without a region: an ambiguous numeric birth date is not read', () => {
    const page = (dob: string) => detect(`<p>Last name: SMITH</p><p>First name: John</p><p>DOB: ${dob}</p>`, { lang: 'en' });
    expect(page('03/12/1956').kind).toBe('none');
    expect(patient(page('03/25/1956')).birthDate).toBe('1956-03-25');
  });

  test('en-GB: day first; "Name" holds the full name, given names first', () => {
    const p = patient(detect(`<p>Name: Sarah Jane Smith</p><p>Date of birth: 03/12/1956</p><p>Gender: F</p>`, { lang: 'en-GB' }));
    expect(p).toMatchObject({ birthName: 'Smith', firstNames: 'Sarah Jane', birthDate: '1956-12-03', sex: 'F' });
  });
});

describe('confidence', () => {
  const base = `<p>Nom : DUPONT</p><p>Prénom : Marie</p><p>Date de naissance : 12/03/1956</p>`;
  test('grows with independent traits that agree', () => {
    const bare = patient(detect(base)).confidence;
    const withSex = patient(detect(base + `<p>Sexe : F</p>`)).confidence;
    const withNir = patient(detect(base + `<p>Sexe : F</p><p>NIR : ${MARIE_NIR}</p>`)).confidence;
    expect(bare).toBe(0.5);
    expect(withSex).toBeGreaterThan(bare);
    expect(withNir).toBeGreaterThan(withSex);
    expect(withNir).toBeLessThanOrEqual(0.95);
  });

  test('a NIR that contradicts sex or birth date (the insured parent’s) is left out and lowers confidence', () => {
    const p = patient(detect(base + `<p>Sexe : F</p><p>N° de sécurité sociale : 1 58 03 75 117 250 04</p>`));
    expect(p.nir).toBeUndefined();
    expect(p.confidence).toBeLessThan(0.6);
  });

  test('a NIR with a wrong key is left out', () => {
    expect(patient(detect(base + `<p>NIR : 2 56 03 75 056 123 68</p>`)).nir).toBeUndefined();
  });

  test('a NIR without key is kept as shown, unchecked', () => {
    const p = patient(detect(base + `<p>NIR : 2 56 03 75 056 123</p>`));
    expect(p.nir).toBe('2560375056123');
    expect(p.confidence).toBe(0.5);
  });

  test('the INS matricule wins over the social security number', () => {
    const p = patient(detect(base + `<p>N° SS : 1 55 01 44 109 002 86</p><p>Matricule INS : ${MARIE_NIR}</p>`));
    expect(p.nir).toBe('256037505612369');
  });

  test('two different sexes as close to the birth date: no sex, lower confidence', () => {
    const p = patient(detect(base + `<p>Sexe : F</p><p>Civilité : Monsieur</p>`));
    expect(p.sex).toBeUndefined();
    expect(p.confidence).toBeLessThan(0.5);
  });

  test('two different first names as close to the birth date: refused (was read, less sure)', () => {
    // One of "Marie" and "Lucie" is someone else's, and nothing says which: no identity at all.
    expect(detect(base + `<p>Prénom : Lucie</p>`)).toEqual({ kind: 'ambiguous', reason: MIXED, candidates: [] });
  });

  test('a correspondent shown with the same labels is not taken for the patient', () => {
    const p = patient(
      detect(`<section><h2>Médecin traitant</h2><p>Nom : BERNARD</p><p>Prénom : Jean-Christophe</p></section>
        <section><h2>Identité</h2><p>Nom : DUPONT</p><p>Prénom : Marie</p><p>Date de naissance : 12/03/1956</p></section>`),
    );
    expect(p).toMatchObject({ birthName: 'DUPONT', firstNames: 'Marie' });
    expect(p.usedName).toBeUndefined();
    expect(p.confidence).toBe(0.5); // farther from the birth date than the patient's name: no conflict
  });

  test('"Nom" beside "Nom de naissance" is the used name', () => {
    const p = patient(detect(`<p>Nom : DURAND</p><p>Nom de naissance : DUPONT</p><p>Prénom : Marie</p><p>Date de naissance : 12/03/1956</p>`));
    expect(p).toMatchObject({ birthName: 'DUPONT', usedName: 'DURAND', confidence: 0.5 });
  });

  test('first names that extend each other agree', () => {
    const p = patient(detect(base + `<p>Prénoms de naissance : Marie Claire</p>`));
    expect(p.firstNames).toBe('Marie Claire');
    expect(p.confidence).toBe(0.5);
  });
});

describe('refusals', () => {
  test('refusal sentences can be injected (locale files)', () => {
    const en = { noBirthDate: 'No birth date.', noName: 'No name.', list: (n: number) => `${n} patients.`, two: 'Two patients.', mixed: 'Mixed.', user: 'User.', moving: 'Moving.' };
    expect(detectPatient(parsePage('<p>Hello</p>'), ORIGIN, en)).toEqual({ kind: 'none', reason: 'No birth date.' });
  });

  test('no birth date', () => {
    expect(detect(`<h1>Mme DUPONT Marie</h1><p>Motif : renouvellement</p>`)).toEqual({ kind: 'none', reason: 'Aucune date de naissance trouvée sur la page.' });
  });
  test('an unlabelled date is not a birth date', () => {
    expect(detect(`<p>Nom : DUPONT</p><p>Prénom : Marie</p><p>Consultation du 12/03/2025</p>`).kind).toBe('none');
  });
  test('three or more birth dates: a list', () => {
    const rows = ['12/03/1956', '07/03/1958', '01/01/1940'].map((d, i) => `<div><p>Nom : P${'ABC'[i]}</p><p>Prénom : X</p><p>Né le : ${d}</p></div>`);
    expect(detect(rows.join(''))).toMatchObject({ kind: 'none' });
  });
  test('two rows of a list table with the same birth date: still a list', () => {
    const d = detect(`<table><thead><tr><th>Nom</th><th>Prénom</th><th>DDN</th></tr></thead>
      <tr><td>DUPONT</td><td>Marie</td><td>12/03/1956</td></tr><tr><td>DURAND</td><td>Marie</td><td>12/03/1956</td></tr></table>`);
    expect(d).toEqual({ kind: 'none', reason: 'La page affiche une liste de patients : ouvrez le dossier d’un seul patient.' });
  });
  test('two patients side by side: ambiguous, both candidates', () => {
    const d = detect(`<div><p>Nom : DUPONT</p><p>Prénom : Marie</p><p>DDN : 12/03/1956</p></div><div><p>Nom : MARTIN</p><p>Prénom : Jean</p><p>DDN : 03/04/1948</p></div>`);
    expect(d.kind).toBe('ambiguous');
    if (d.kind === 'ambiguous') expect(d.candidates.map((c) => c.birthName)).toEqual(['DUPONT', 'MARTIN']);
  });
  test('a second birth date without a name: the named patient, less sure', () => {
    const alone = patient(detect(`<div><p>Nom : DUPONT</p><p>Prénom : Marie</p><p>DDN : 12/03/1956</p></div>`));
    const d = patient(detect(`<div><p>Nom : DUPONT</p><p>Prénom : Marie</p><p>DDN : 12/03/1956</p></div><div><p>DDN : 03/04/1948</p></div>`));
    expect(d.birthName).toBe('DUPONT');
    expect(d.confidence).toBeLessThan(alone.confidence);
  });
});

describe('record id', () => {
  const base = `<p>Nom : DUPONT</p><p>Prénom : Marie</p><p>Date de naissance : 12/03/1956</p>`;
  test('from a data attribute', () => {
    expect(patient(detect(`<main data-patient-id="P42">${base}</main>`)).recordId).toBe('P42');
  });
  test('from a label', () => {
    expect(patient(detect(`${base}<p>N° dossier : 004512</p>`)).recordId).toBe('004512');
  });
  test('from the URL when the page has none', () => {
    expect(patient(detect(base, { url: 'https://x.example/app/patients/1234/synthese' })).recordId).toBe('1234');
    expect(patient(detect(base, { url: 'https://x.example/fiche?idPatient=77' })).recordId).toBe('77');
    expect(patient(detect(base, { url: 'https://x.example/patients/liste' })).recordId).toBeUndefined();
  });
  // Doctolib's « Patients récents »: each link carries the id of the record it opens.
  const recent = `<nav><a href="/patients/48213917" data-patient-id="48213917">ROBIN Camille</a><a href="/patients/50233341" data-patient-id="50233341">FAVRE Bruno</a></nav>`;
  test('never from the links to other records (recent patients), even one', () => {
    expect(patient(detect(`${recent}<main>${base}</main>`)).recordId).toBeUndefined();
    expect(patient(detect(`${recent}<main>${base}</main>`, { url: 'https://x.example/patients/50233341' })).recordId).toBe('50233341');
    expect(patient(detect(`<nav><a href="/patients/7" data-patient-id="7">DUPONT Marie</a></nav><main>${base}</main>`)).recordId).toBeUndefined();
  });
  test('several different ids beside the patient name none of them', () => {
    expect(patient(detect(`<ul><li data-patient-id="P1">Rendez-vous</li><li data-patient-id="P2">Courrier</li></ul>${base}`)).recordId).toBeUndefined();
    expect(patient(detect(`<main data-patient-id="P42">${base}<span data-patient-id="P42">.</span></main>`)).recordId).toBe('P42');
  });
});
