import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { IntakeTab, type IntakeDeps } from '../../components/intake/IntakeTab';
import { intakeBackend, P } from './intake-backend';
import type { Send } from '../../messaging/client';
import { OtherPatientShown, type NoteFieldAccess } from '../../components/intake/handoff-client';
import { computeIntake, renderBlock } from '../../clinical/intake';
import { adultInput } from '../unit/intake/fixtures';
import { browserInEnglish, inFrench } from '../i18n';
import { HandoffBar } from '../../components/intake/HandoffBar';
import { DoctorView } from '../../components/intake/DoctorView';
import { createWorkspace, type Workspace } from '../../components/notes/workspace';

const backend_ = intakeBackend();
const backend = () => backend_.send();

function fakeNote(initial = ''): NoteFieldAccess & { text: string } {
  const note = {
    text: initial,
    read: async () => ({ found: true as const, text: note.text }),
    write: async (text: string, expected: string) => {
      if (expected !== note.text) return { found: true as const, text: note.text, written: false };
      note.text = text;
      return { found: true as const, text, written: true };
    },
  };
  return note;
}

function setup(over: Partial<IntakeDeps> = {}) {
  const deps: IntakeDeps = { send: backend(), loadRole: async () => 'assistant', today: () => '2026-11-23', clientId: 'c', readDelays: [0], ...over };
  render(<IntakeTab patient={P} patientKey="k" ws={{} as Workspace} deps={deps} />);
  return deps;
}

const active = () => document.activeElement as HTMLElement;

describe('intake tab', () => {
  it('starts an intake on the default adult template and moves through items with Enter', async () => {
    setup();
    const start = await screen.findByTestId('ik-start');
    expect((screen.getByTestId('ik-template') as HTMLSelectElement).value).toBe('medecine-generale-adulte');
    fireEvent.click(start);
    await waitFor(() => expect(active().dataset.testid).toBe('ik-in-motif'));
    fireEvent.input(active(), { target: { value: 'Renouvellement' } });
    fireEvent.keyDown(active(), { key: 'Enter' });
    expect(active().dataset.testid).toBe('ik-ta-sys-0');
    // Motif, and the prevention list (computed as soon as birth date and sex are known).
    expect(screen.getByTestId('ik-progress').textContent).toContain('2 / 17');
    fireEvent.input(active(), { target: { value: '152' } });
    fireEvent.keyDown(active(), { key: 'Enter' });
    expect(active().dataset.testid).toBe('ik-ta-dia-0');
    // Shift+Enter and Enter on a button keep their usual meaning.
    fireEvent.keyDown(active(), { key: 'Enter', shiftKey: true });
    expect(active().dataset.testid).toBe('ik-ta-dia-0');
    // Autosaved for this patient.
    await waitFor(async () => expect((await backend_.db().intakes.toArray())[0]?.values).toEqual({ motif: { text: 'Renouvellement' }, ta: { readings: [{ sys: '152', dia: '' }] } }), { timeout: 2000 });
  });

  it('has no dead keys: two numbers and the arm for the blood pressure, one key for an item with nothing to enter', async () => {
    setup();
    fireEvent.click(await screen.findByTestId('ik-start'));
    await waitFor(() => expect(active().dataset.testid).toBe('ik-in-motif'));
    const type = (value: string) => { fireEvent.input(active(), { target: { value } }); fireEvent.keyDown(active(), { key: 'Enter' }); };
    const enter = () => fireEvent.keyDown(active(), { key: 'Enter' });
    type('Contrôle');
    type('152'); type('96');
    expect(active().dataset.testid).toBe('ik-ta-arm');
    fireEvent.change(active(), { target: { value: 'droit' } });
    enter();
    expect(active().dataset.testid).toBe('ik-in-fc'); // not the « another reading » button
    for (const v of ['72', '82', '176']) type(v);
    // Optional measures left empty: one Enter each.
    expect(active().dataset.testid).toBe('ik-in-tour-taille');
    enter(); enter(); enter();
    expect(active().dataset.testid).toBe('ik-in-glycemie');
    type('1,10'); // unit and fasting are for Tab
    expect(active().dataset.testid).toBe('ik-in-eva');
    type('2');
    expect(active().dataset.testid).toBe('ik-review-allergies');
    fireEvent.click(active()); fireEvent.click(active()); fireEvent.click(active());
    // Prevention with nothing done: one key past the whole item (acts, conditions).
    await waitFor(() => expect(active().closest('[data-item]')?.getAttribute('data-item')).toBe('prevention'));
    enter();
    expect(active().dataset.testid).toBe('ik-in-tabac');
    fireEvent.change(active(), { target: { value: 'non' } });
    enter(); // not the detail field
    expect(active().dataset.testid).toBe('ik-in-documents');
    enter(); // nothing brought
    expect(active().dataset.testid).toBe('ik-in-carte-vitale');
    fireEvent.click(active());
    enter();
    expect(active().dataset.testid).toBe('ik-finish');
    fireEvent.click(active());
    // Finished from the keyboard: the hand-off's first button has the focus.
    await waitFor(() => expect(active().dataset.testid).toBe('ik-copy'));
    await waitFor(async () => expect((await backend_.db().intakes.toArray())[0]).toMatchObject({
      status: 'finished',
      values: { ta: { readings: [{ sys: '152', dia: '96' }], arm: 'droit' }, glycemie: { text: '1,10' }, tabac: { yes: false }, 'carte-vitale': { yes: true } },
    }), { timeout: 2000 });
  });

  it('refuses an implausible weight with a French message, keeps what was typed, and blocks finishing', async () => {
    setup();
    fireEvent.click(await screen.findByTestId('ik-start'));
    const weight = (await screen.findByTestId('ik-in-poids')) as HTMLInputElement;
    fireEvent.input(weight, { target: { value: '820' } });
    await waitFor(() => expect(screen.getByTestId('ik-err-poids').textContent).toBe('Poids de 820 kg hors des valeurs possibles (0,3 à 400 kg) : vérifiez la saisie.'));
    expect(screen.getByTestId('ik-err-poids').getAttribute('role')).toBe('alert');
    expect(weight.value).toBe('820');
    expect(weight.getAttribute('aria-invalid')).toBe('true');
    expect((screen.getByTestId('ik-finish') as HTMLButtonElement).disabled).toBe(true);
    await waitFor(async () => expect((await backend_.db().intakes.toArray())[0]?.values).toEqual({ poids: { text: '820' } }), { timeout: 2000 });
    fireEvent.input(weight, { target: { value: '82' } });
    fireEvent.input(screen.getByTestId('ik-in-taille'), { target: { value: '176' } });
    await waitFor(() => expect(screen.queryByTestId('ik-err-poids')).toBeNull());
    expect(screen.getByTestId('ik-bmi').textContent).toContain('IMC : 26,5 kg/m²');
    expect(screen.getByTestId('ik-flags-imc').textContent).toBe('Info : IMC de 25 à 29,9 : surpoids');
  });

  it('saves what was typed at once when the workspace flushes everything (before locking)', async () => {
    const ws = createWorkspace({ send: (async () => ({})) as unknown as Send, clientId: 'c', initialReason: '…' });
    const deps: IntakeDeps = { send: backend(), loadRole: async () => 'assistant', today: () => '2026-11-23', clientId: 'c', readDelays: [0] };
    render(<IntakeTab patient={P} patientKey="k" ws={ws} deps={deps} />);
    fireEvent.click(await screen.findByTestId('ik-start'));
    fireEvent.input(await screen.findByTestId('ik-in-poids'), { target: { value: '71' } });
    await ws.flushAll(); // well within the 300 ms autosave delay
    expect((await backend_.db().intakes.toArray())[0]?.values).toEqual({ poids: { text: '71' } });
  });

  it('shows the mean of repeated blood pressure readings and the flag in words', async () => {
    setup();
    fireEvent.click(await screen.findByTestId('ik-start'));
    fireEvent.input(await screen.findByTestId('ik-ta-sys-0'), { target: { value: '182' } });
    fireEvent.input(screen.getByTestId('ik-ta-dia-0'), { target: { value: '100' } });
    fireEvent.click(screen.getByTestId('ik-ta-add'));
    fireEvent.input(await screen.findByTestId('ik-ta-sys-1'), { target: { value: '176' } });
    fireEvent.input(screen.getByTestId('ik-ta-dia-1'), { target: { value: '96' } });
    await waitFor(() => expect(screen.getByTestId('ik-ta-mean').textContent).toBe('Moyenne : 179/98 mmHg (2 mesures)'));
    expect(screen.getByTestId('ik-flags-ta').textContent).toBe('Attention : TA élevée (≥ 140/90 mmHg), à confirmer en dehors du cabinet');
  });

  it('lists prevention due with reason and source, and recomputes when an act is reported', async () => {
    setup();
    fireEvent.click(await screen.findByTestId('ik-start'));
    const items = async () => (await screen.findAllByTestId('ik-prevention-item')).map((li) => li.getAttribute('data-id'));
    expect(await items()).toEqual(['bilan-prevention', 'vaccin-dtp', 'depistage-cancer-colorectal']);
    const dtp = screen.getAllByTestId('ik-prevention-item')[1]!;
    expect(dtp.textContent).toContain('En retard');
    expect(dtp.textContent).toContain('Source : Calendrier des vaccinations');
    const input = dtp.querySelector('input')!;
    fireEvent.change(input, { target: { value: '10/03/2024' } });
    await waitFor(async () => expect(await items()).toEqual(['bilan-prevention', 'depistage-cancer-colorectal']));
    fireEvent.change(screen.getAllByTestId('ik-prevention-item')[0]!.querySelector('input')!, { target: { value: '31/02/2024' } });
    expect(await screen.findByText('« 31/02/2024 » : date attendue au format JJ/MM/AAAA.')).toBeTruthy();
  });

  it('opens on the doctor’s view from the record’s note on a doctor’s workstation, flags first', async () => {
    const block = renderBlock(computeIntake(adultInput()).summary, inFrench);
    setup({ loadRole: async () => 'medecin', note: fakeNote(`Texte du médecin\n${block}\n`) });
    const view = await screen.findByTestId('ik-doctor');
    expect(screen.getByTestId('ik-doctor-source').textContent).toContain('Note du dossier, pré-consultation du');
    const flags = screen.getByTestId('ik-doctor-flags').querySelectorAll('li');
    expect(flags[0]!.textContent).toBe('TA élevée (≥ 140/90 mmHg), à confirmer en dehors du cabinet');
    expect(flags[0]!.className).toContain('ik-attention');
    // The level is said once, as the group's heading, not on every line.
    expect([...screen.getByTestId('ik-doctor-flags').querySelectorAll('h4')].map((h) => h.textContent)).toEqual(['Attention', 'Pour information']);
    expect(flags.length).toBeGreaterThan(2);
    expect(screen.getByTestId('ik-doctor-flags').textContent).not.toContain('Attention :');
    expect(view.textContent).toContain('149/94 mmHg');
    expect(view.textContent!.indexOf('À signaler')).toBeLessThan(view.textContent!.indexOf('Constantes'));
  });

  it('finishes, then writes the summary block into the record note and can be read back', async () => {
    const note = fakeNote('Motif noté par la secrétaire.');
    setup({ note });
    fireEvent.click(await screen.findByTestId('ik-start'));
    fireEvent.input(await screen.findByTestId('ik-in-motif'), { target: { value: 'Contrôle' } });
    fireEvent.click(screen.getByTestId('ik-finish'));
    expect((await screen.findByTestId('ik-missing')).textContent).toContain('Tension artérielle');
    fireEvent.click(screen.getByTestId('ik-finish'));
    fireEvent.click(await screen.findByTestId('ik-transmit'));
    await waitFor(() => expect(screen.getByTestId('ik-handoff-status').textContent).toContain('Résumé écrit'));
    expect(note.text.startsWith('Motif noté par la secrétaire.\n\n--- Préconsult : pré-consultation du 23/11/2026 ---\n')).toBe(true);
    expect(note.text).toContain('! Manquant : Tension artérielle, Fréquence cardiaque, Poids, Taille, Allergies, Traitements en cours, Antécédents, Carte Vitale lue, droits vérifiés\n');
    expect(note.text).toContain('- Motif de consultation : Contrôle');
    expect((await backend_.db().intakes.toArray())[0]).toMatchObject({ status: 'finished', missingCount: expect.any(Number) });
    fireEvent.click(screen.getByTestId('ik-mode-history'));
    expect((await screen.findByTestId('ik-history')).textContent).toContain('Médecine générale adulte');
  });

  it('proposes the record page’s lists in the review items: « vérifié, inchangé » is one key and takes the list', async () => {
    const note = { ...fakeNote(''), lists: async () => ({ allergies: ['Aucune allergie connue.'], traitements: ['Amlodipine 5 mg/j', 'Atorvastatine 10 mg'] }) };
    setup({ note });
    fireEvent.click(await screen.findByTestId('ik-start'));
    expect((await screen.findByTestId('ik-review-page-traitements')).textContent).toBe('Dans le dossier\u00a0: Amlodipine 5 mg/j, Atorvastatine 10 mg');
    expect(screen.queryByTestId('ik-review-page-antecedents')).toBeNull(); // the page lists none
    const same = screen.getByTestId('ik-review-allergies');
    same.focus();
    fireEvent.click(same); // Enter on a button clicks it
    await waitFor(() => expect(screen.getByTestId('ik-review-allergies').getAttribute('aria-pressed')).toBe('true'));
    // The focus went where the next value goes: the next review.
    expect(active().dataset.testid).toBe('ik-review-traitements');
    fireEvent.click(active());
    await waitFor(() => expect(active().dataset.testid).toBe('ik-review-antecedents'));
    // Changed: the text takes the focus; typing something new marks it changed.
    fireEvent.click(screen.getByTestId('ik-review-changed-antecedents'));
    await waitFor(() => expect(active().dataset.testid).toBe('ik-review-text-antecedents'));
    fireEvent.input(active(), { target: { value: 'HTA, apnée du sommeil' } });
    await waitFor(async () => expect((await backend_.db().intakes.toArray())[0]?.values).toMatchObject({
      allergies: { review: 'inchange', text: 'Aucune allergie connue.' },
      traitements: { review: 'inchange', text: 'Amlodipine 5 mg/j, Atorvastatine 10 mg' },
      antecedents: { review: 'modifie', text: 'HTA, apnée du sommeil' },
    }), { timeout: 2000 });
  });

  it('shows the INS status read from the page, and offers no pregnancy for a man', async () => {
    const deps: IntakeDeps = { send: backend(), loadRole: async () => 'assistant', today: () => '2026-11-23', clientId: 'c', readDelays: [0] };
    render(<IntakeTab patient={{ ...P, insStatus: 'qualifiee' }} patientKey="k" ws={{} as Workspace} deps={deps} />);
    expect((await screen.findByTestId('ik-ins')).textContent).toBe('Identité INS qualifiée');
    fireEvent.click(await screen.findByTestId('ik-start'));
    expect(await screen.findByText('Diabète')).toBeTruthy();
    expect(screen.queryByText('Grossesse en cours')).toBeNull();
  });

  it('writes nothing when the record page shows another patient by the time of the click', async () => {
    const note = fakeNote('');
    const refusing: NoteFieldAccess = { read: async () => { throw new OtherPatientShown(); }, write: note.write };
    setup({ note: refusing });
    fireEvent.click(await screen.findByTestId('ik-start'));
    fireEvent.click(await screen.findByTestId('ik-finish'));
    fireEvent.click(await screen.findByTestId('ik-finish'));
    fireEvent.click(await screen.findByTestId('ik-transmit'));
    await waitFor(() => expect(screen.getByTestId('ik-handoff-status').textContent).toBe("La page n’affiche plus ce patient : rien n’a été écrit dans le dossier."));
    expect(note.text).toBe('');
  });
});

describe('vital signs into the record’s own fields', () => {
  it('previews what goes where, fills after the note on « Transmettre au dossier », and undoes', async () => {
    const calls: unknown[] = [];
    const note = Object.assign(fakeNote(''), {
      vitals: {
        preview: async () => ({ token: 't1', fields: [{ index: 0, key: 'bpSys' as const, label: 'PAS (mmHg)' }, { index: 3, key: 'weight' as const, label: 'Poids (kg)' }, { index: 5, key: 'glycemiaMmol' as const, label: 'Glycémie (mmol/L)' }] }),
        fill: async (token: string, plan: unknown, values: unknown) => { calls.push({ token, plan, values }); return { current: true, filled: [0, 3], skipped: [{ index: 5, reason: 'alreadyFilled' }] }; },
        undo: async () => ({ restored: 2, skipped: 0 }),
      },
    });
    render(<HandoffBar calc={computeIntake(adultInput())} patient={P} arm="droit" effective="2026-11-23T09:00:00.000Z" note={note} />);
    const preview = await screen.findByTestId('ik-vitals-preview');
    expect([...preview.querySelectorAll('li')].map((li) => li.textContent)).toEqual(['PAS (mmHg)\u00a0: 149', 'Poids (kg)\u00a0: 82', 'Glycémie (mmol/L)\u00a0: 6,1']);
    expect(calls).toEqual([]); // nothing written before the click
    fireEvent.click(screen.getByTestId('ik-transmit'));
    await waitFor(() => expect(screen.getByTestId('ik-handoff-status').textContent).toBe(
      'Résumé écrit dans la note du dossier\u00a0: enregistrez-la dans le logiciel. 2 constantes écrites dans les champs du dossier. 1 champ laissé tel quel (déjà rempli ou non modifiable).'));
    expect(note.text).toContain('--- Préconsult : pré-consultation du 23/11/2026 ---');
    expect(calls).toEqual([{ token: 't1', plan: [{ index: 0, key: 'bpSys' }, { index: 3, key: 'weight' }, { index: 5, key: 'glycemiaMmol' }], values: expect.objectContaining({ bpSys: '149', weight: '82', glycemiaMmol: '6,1', bpArm: 'droit' }) }]);
    fireEvent.click(screen.getByTestId('ik-vitals-undo'));
    await waitFor(() => expect(screen.getByTestId('ik-handoff-status').textContent).toBe('2 champs de constantes remis comme avant.'));
    expect(screen.queryByTestId('ik-vitals-undo')).toBeNull();
  });
});

describe('intake tab in English', () => {
  it('shows a refused vital sign, the flags and the prevention reminders in English, numbers and dates the English way', async () => {
    browserInEnglish();
    setup();
    fireEvent.click(await screen.findByTestId('ik-start'));
    const weight = (await screen.findByTestId('ik-in-poids')) as HTMLInputElement;
    fireEvent.input(weight, { target: { value: '820' } });
    await waitFor(() => expect(screen.getByTestId('ik-err-poids').textContent).toBe('Weight of 820 kg is outside the possible values (0.3 to 400 kg): check the entry.'));
    fireEvent.input(weight, { target: { value: '82' } });
    fireEvent.input(screen.getByTestId('ik-in-taille'), { target: { value: '176' } });
    await waitFor(() => expect(screen.queryByTestId('ik-err-poids')).toBeNull());
    expect(screen.getByTestId('ik-bmi').textContent).toContain('BMI: 26.5 kg/m²');
    expect(screen.getByTestId('ik-flags-imc').textContent).toBe('Info: BMI 25 to 29.9: overweight');

    const dtp = screen.getAllByTestId('ik-prevention-item').find((li) => li.dataset.id === 'vaccin-dtp')!;
    expect(dtp.querySelector('.ik-badge')!.textContent).toBe('Overdue');
    expect(dtp.querySelector('strong')!.textContent).toBe('Diphtheria, tetanus, polio vaccine (± pertussis)');
    expect(dtp.querySelector('.ik-reason')!.textContent).toBe('Diphtheria-tetanus-polio boosters at fixed ages: Td-IPV booster at 45, no dose recorded; due since 1/25/2021.');
    // The official source is a French document's title, labelled in English.
    expect(dtp.querySelector('.ik-source')!.textContent).toMatch(/^Source: Calendrier des vaccinations/);
    expect(screen.getByTestId('ik-prevention-list').textContent).toContain('Prevention check-up (Mon bilan prévention)');
  });

  it('shows the doctor’s view in English but hands over the French block the record keeps', async () => {
    browserInEnglish();
    const calc = computeIntake(adultInput());
    render(<DoctorView summary={calc.summary} source="local" />);
    const flags = screen.getByTestId('ik-doctor-flags').querySelectorAll('li');
    expect(flags[0]!.textContent).toBe('High BP (≥ 140/90 mmHg), to be confirmed outside the office');
    expect(flags[0]!.closest('.ik-flag-group')!.querySelector('h4')!.textContent).toBe('Attention');
    expect(screen.getByTestId('ik-doctor-vitals').textContent).toContain('BMI26.5 kg/m²');
    expect(screen.getByTestId('ik-doctor-source').textContent).toContain('intake of 11/23/2026');
    let copied = '';
    render(<HandoffBar calc={calc} patient={P} effective="2026-11-23T09:00:00.000Z" copy={async (text) => { copied = text; }} />);
    fireEvent.click(screen.getByTestId('ik-copy'));
    await waitFor(() => expect(screen.getByTestId('ik-handoff-status').textContent).toBe('Text copied.'));
    expect(copied).toContain('--- Préconsult : pré-consultation du 23/11/2026 ---');
    expect(copied).toContain('! TA élevée (≥ 140/90 mmHg), à confirmer en dehors du cabinet');
    expect(copied).toContain('- IMC : 26,5 kg/m²');
  });
});
