import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { PrefillTab } from '../../components/prefill/PrefillTab';
import { createFillSession } from '../../components/prefill/fill-session';
import type { PageBridge } from '../../components/prefill/page-bridge';
import type { Send } from '../../messaging/client';
import type { IntakeRecord } from '../../clinical/intake/records';
import { GP, fullValues } from '../unit/intake/fixtures';
import type { Request } from '../../messaging/protocol';
import type { PageRequest } from '../../messaging/prefill-page';
import type { Workspace } from '../../components/notes/workspace';
import type { PatientContext } from '../../clinical/identity/patient-context';
import { emptyAdminProfile, type AdminProfile } from '../../clinical/admin/profile-schema';
import { P0006_PAIRS } from '../unit/prefill/p0006-pairs';

const P: PatientContext = {
  adapter: 'medidemo', origin: 'o', recordId: 'P0006', birthName: 'LE GALL-DUPUIS', usedName: 'GIRARD',
  firstNames: 'Marie-Hélène Anne', birthDate: '1974-04-12', sex: 'F', confidence: 1,
};

// An in-memory background answering the pre-fill messages.
function backend(initial: AdminProfile | null = null, intake: IntakeRecord | null = null) {
  const asked: Request[] = [];
  let profile = initial;
  let rev = initial ? 1 : 0;
  const ticks: Record<string, string[]> = {};
  const referrals: Record<string, unknown>[] = [];
  const send = (async (req: Request) => {
    asked.push(req);
    switch (req.type) {
      case 'profile.get': return { profile, rev };
      case 'profile.save':
        if (req.baseRev !== rev) return { status: 'stale', rev, profile };
        profile = req.profile as unknown as AdminProfile;
        return { status: 'saved', rev: ++rev, updatedAt: 1, profile };
      case 'formMapping.get': return { fields: null };
      case 'form.filled': return { saved: true };
      case 'documentSets.list': return { sets: Object.entries(ticks).map(([setId, ticked]) => ({ setId, ticked, updatedAt: 1 })) };
      case 'documentSet.tick': {
        const set = new Set(ticks[req.setId] ?? []);
        if (req.done) set.add(req.pieceId); else set.delete(req.pieceId);
        ticks[req.setId] = [...set];
        return { set: { setId: req.setId, ticked: ticks[req.setId], updatedAt: 1 } };
      }
      case 'referrals.list': return { referrals };
      case 'referral.save': {
        const r = { ...req.referral, patientKey: req.patientKey, createdAt: 1, updatedAt: 2 };
        const i = referrals.findIndex((x) => x.id === r.id);
        if (i >= 0) referrals[i] = r; else referrals.push(r);
        return { referral: r };
      }
      case 'notes.list': return { notes: [] };
      case 'intake.current': return { open: intake, history: [] };
      default: throw new Error(`unexpected ${req.type}`);
    }
  }) as Send;
  return { send, asked, profile: () => profile };
}

function pageBridge(opts: { key?: string } = {}) {
  const asked: PageRequest[] = [];
  const bridge: PageBridge = {
    async request(req) {
      asked.push(req);
      switch (req.type) {
        case 'pf.read': return { pairs: P0006_PAIRS, origin: 'http://127.0.0.1:4780' } as never;
        case 'pf.collect': return {
          token: 't', signature: 'form1-a-2', origin: 'http://127.0.0.1:4780',
          fields: [
            { kind: 'text', type: 'text', name: 'nom', id: '', autocomplete: '', labels: ['Nom de naissance'], ariaLabel: '', placeholder: '', title: '', nearby: '', group: '', wrapper: '', section: '', columnHeader: '', options: [], maxLength: null, frameDepth: 0 },
            { kind: 'textarea', type: 'textarea', name: 'motif', id: '', autocomplete: '', labels: ['Motif du transport'], ariaLabel: '', placeholder: '', title: '', nearby: '', group: '', wrapper: '', section: '', columnHeader: '', options: [], maxLength: null, frameDepth: 0 },
          ],
        } as never;
        case 'pf.fill': return { current: true, filled: req.plan.map((p) => p.index), skipped: [], written: req.plan.map((p) => ({ index: p.index, text: p.text ?? '' })) } as never;
        case 'pf.undo': return { restored: 1, skipped: 0 } as never;
        case 'pf.pick': return { picked: true, token: 'pick-1', label: 'Note de consultation' } as never;
        case 'pf.insert': return { inserted: req.token === 'pick-1' } as never;
        default: return { shown: 1 } as never;
      }
    },
    currentPatientKey: async () => opts.key ?? 'k',
  };
  return { bridge, asked };
}

function setup(opts: { profile?: AdminProfile | null; pageKey?: string; intake?: IntakeRecord; followPage?: boolean } = {}) {
  const b = backend(opts.profile ?? null, opts.intake ?? null);
  const page = pageBridge({ key: opts.pageKey });
  let wsState: { view: string; patientKey?: string } = { view: 'patient', patientKey: 'k' };
  const ws = { get: () => wsState } as unknown as Workspace;
  const session = createFillSession();
  render(<PrefillTab ctx={{ patient: P, patientKey: 'k', ws }} send={b.send} bridge={page.bridge} session={session} clientId="c" watch={() => () => undefined} followPage={opts.followPage ?? false} />);
  return { ...b, page, session, switchPanel: (s: typeof wsState) => { wsState = s; } };
}

const typed = <T,>(value: T) => ({ value, source: { kind: 'saisie' as const }, capturedAt: '2026-11-23T10:00:00.000Z' });
const fromPage = <T,>(value: T, label: string) => ({ value, source: { kind: 'page' as const, label }, capturedAt: '2026-11-23T10:00:00.000Z' });

describe('Administratif tab: the profile', () => {
  it('shows each stored value with its source', async () => {
    setup({ profile: { ...emptyAdminProfile(), identity: { birthName: fromPage('LE GALL-DUPUIS', 'Nom de naissance') }, email: typed('a@b.fr') } });
    const birthName = (await screen.findByLabelText('Nom de naissance')) as HTMLInputElement;
    expect(birthName.value).toBe('LE GALL-DUPUIS');
    expect(screen.getByText('Source : page (« Nom de naissance »)')).toBeTruthy();
    expect((screen.getByLabelText('Courriel') as HTMLInputElement).value).toBe('a@b.fr');
    expect(screen.getByText('Source : saisie')).toBeTruthy();
  });

  it('refuses an invalid value in French without saving it, and autosaves a valid one as typed', async () => {
    const { asked, profile } = setup();
    const cp = (await screen.findByLabelText('Code postal')) as HTMLInputElement;
    fireEvent.input(cp, { target: { value: '2A004' } });
    await waitFor(() => expect(screen.getByTestId('pf-field-error').textContent).toContain('En Corse'));
    expect(cp.getAttribute('aria-invalid')).toBe('true');
    await new Promise((r) => setTimeout(r, 500));
    expect(asked.some((r) => r.type === 'profile.save')).toBe(false);

    fireEvent.input(cp, { target: { value: '20000' } });
    await waitFor(() => expect(screen.getByTestId('pf-save').textContent).toBe('Enregistré'), { timeout: 2000 });
    expect(screen.queryByTestId('pf-field-error')).toBeNull();
    expect(profile()?.address.postalCode).toMatchObject({ value: '20000', source: { kind: 'saisie' } });
  });

  it('shows a rule that spans two fields on the field it names', async () => {
    setup({ profile: { ...emptyAdminProfile(), insurance: { c2s: typed(true) } } });
    fireEvent.change(await screen.findByLabelText('AME'), { target: { value: 'true' } });
    await waitFor(() => expect(screen.getByTestId('pf-field-error').textContent).toContain('ne peuvent pas être cumulées'));
    expect(screen.getByTestId('pf-save').textContent).toBe('Non enregistré : corrigez la valeur signalée.');
    fireEvent.change(screen.getByLabelText('AME'), { target: { value: '' } });
    await waitFor(() => expect(screen.getByTestId('pf-save').textContent).toBe('Enregistré'), { timeout: 2000 });
  });

  it('reads the record page into the empty fields of the file, each with its label', async () => {
    const { profile, page } = setup();
    fireEvent.click(await screen.findByRole('button', { name: 'Lire le dossier affiché' }));
    await waitFor(() => expect(screen.getByTestId('pf-read-status').textContent).toMatch(/^\d+ valeurs lues sur la page ajoutées au dossier\u00a0: /));
    expect(page.asked.map((r) => r.type)).toEqual(['pf.read']);
    await waitFor(() => expect((screen.getByLabelText('Nom utilisé') as HTMLInputElement).value).toBe('GIRARD'));
    await waitFor(() => expect(screen.getByTestId('pf-save').textContent).toBe('Enregistré'), { timeout: 2000 });
    expect(screen.queryByTestId('pf-candidates')).toBeNull();
    const saved = profile()!;
    expect(saved.identity.usedName).toMatchObject({ value: 'GIRARD', source: { kind: 'page', label: 'Nom utilisé', origin: 'http://127.0.0.1:4780' } });
    expect(saved.nir?.value).toBe('274042211809068');
    expect(saved.insurance.complementary?.memberNumber?.value).toBe('7781002');
  });

  it('merges two views of the record: the banner, then the administrative tab; a later view never blanks a value', async () => {
    const banner = [
      { label: 'Nom de naissance', value: 'DUPONT' }, { label: 'Nom utilisé', value: 'DUPONT' }, { label: 'Prénom(s)', value: 'Jeanne' },
      { label: 'Date de naissance', value: '01/12/1944' }, { label: 'NIR', value: '2 44 12 01 033 009 14' },
    ];
    const admin = [
      { label: 'Adresse', value: 'EHPAD Les Glycines, 1 rue des Lilas' }, { label: 'Code postal', value: '01000' },
      { label: 'Ville', value: 'Bourg-en-Bresse' }, { label: 'Caisse', value: 'CPAM de l’Ain' }, { label: 'Téléphone', value: '04 74 00 00 01' },
      { label: 'Nom de naissance', value: '' },
    ];
    const { profile, page } = setup();
    let pairs = banner;
    page.bridge.request = (async (req: PageRequest) => {
      page.asked.push(req);
      return { pairs, origin: 'http://127.0.0.1:4780' };
    }) as PageBridge['request'];
    fireEvent.click(await screen.findByRole('button', { name: 'Lire le dossier affiché' }));
    // Half a file: the panel says what is missing and where it usually is.
    await waitFor(() => expect(screen.getByTestId('pf-file-missing').textContent).toContain('Il manque au dossier\u00a0: adresse, caisse d’assurance maladie, téléphone.'));
    expect(screen.getByTestId('pf-file-missing').textContent).toContain('partie administrative du dossier');
    pairs = admin;
    fireEvent.click(within(screen.getByTestId('pf-file-missing')).getByRole('button', { name: 'Lire le dossier affiché' }));
    await waitFor(() => expect(screen.queryByTestId('pf-file-missing')).toBeNull());
    await waitFor(() => expect(screen.getByTestId('pf-save').textContent).toBe('Enregistré'), { timeout: 2000 });
    const saved = profile()!;
    expect(saved.identity.birthName?.value).toBe('DUPONT');
    // « Nom utilisé » repeating the birth name is no used name.
    expect(saved.identity.usedName).toBeUndefined();
    expect(saved.address.lines?.value).toEqual(['EHPAD Les Glycines', '1 rue des Lilas']);
    expect(saved.address.lines?.source).toMatchObject({ kind: 'page', label: 'Adresse' });
    expect(saved.identity.firstNames?.source).toMatchObject({ kind: 'page', label: 'Prénom(s)' });
  });

  it('reads the record again by itself while the file lacks parts, and stops once complete', async () => {
    const { profile, page } = setup({ followPage: true });
    await waitFor(() => expect(profile()?.nir?.value).toBe('274042211809068'), { timeout: 3000 });
    expect(page.asked.some((r) => r.type === 'pf.read')).toBe(true);
  });

  it('notices a form on the page and says, on top of any section, what one click will fill', async () => {
    const { page } = setup({ followPage: true, profile: { ...emptyAdminProfile(), identity: { birthName: typed('LE GALL-DUPUIS') } } });
    page.bridge.request = (async (req: PageRequest) => {
      page.asked.push(req);
      if (req.type === 'pf.count') return { fields: 2 };
      if (req.type === 'pf.read') return { pairs: [], origin: 'o' };
      if (req.type === 'pf.collect') return {
        token: 't', signature: 'form1-a-2', origin: 'o',
        fields: [{ kind: 'text', type: 'text', name: 'nom', id: '', autocomplete: '', labels: ['Nom de naissance'], ariaLabel: '', placeholder: '', title: '', nearby: '', group: '', wrapper: '', section: '', columnHeader: '', options: [], maxLength: null, frameDepth: 0 }],
      };
      if (req.type === 'pf.fill') return { current: true, filled: [0], skipped: [], written: [{ index: 0, text: 'LE GALL-DUPUIS' }] };
      return { shown: 0 };
    }) as PageBridge['request'];
    const bar = await screen.findByTestId('pf-fill-bar', undefined, { timeout: 3000 });
    expect(within(bar).getByTestId('pf-will').textContent).toBe('Remplir 1 champ du formulaire affiché avec le dossier de GIRARD Marie-Hélène.');
    fireEvent.click(within(bar).getByRole('button', { name: 'Remplir 1 champ' }));
    await waitFor(() => expect(screen.getByTestId('pf-fill-message').textContent).toBe('Champs remplis\u00a0: 1 sur 1 prévus, relus dans la page.'));
    // No marks were drawn on the page for a fill from the bar (the detail is one click away).
    expect(page.asked.some((r) => r.type === 'pf.outline')).toBe(false);
  });

  it('says which stored value a page value would replace', async () => {
    setup({ profile: { ...emptyAdminProfile(), address: { city: typed('Perros-Guirec') }, identity: { birthName: typed('LE GALL-DUPUIS') } } });
    fireEvent.click(await screen.findByRole('button', { name: 'Lire le dossier affiché' }));
    const list = await screen.findByTestId('pf-candidates');
    expect(list.textContent).toContain('remplace « Perros-Guirec » du dossier');
    expect(list.textContent).not.toContain('remplace « LE GALL-DUPUIS »');
  });

  it('refuses to read when the page now shows another patient', async () => {
    const { page } = setup({ pageKey: 'other' });
    fireEvent.click((await screen.findAllByRole('button', { name: 'Lire le dossier affiché' }))[0]!);
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('Lecture refusée\u00a0: la page affiche un autre patient que ce dossier'));
    // The way on is offered where the refusal is said.
    expect(within(screen.getByRole('alert')).getByRole('button', { name: 'Lire le dossier affiché' })).toBeTruthy();
    expect(page.asked).toEqual([]);
  });
});

describe('Administratif tab: filling the page', () => {
  const withName = { ...emptyAdminProfile(), identity: { birthName: typed('LE GALL-DUPUIS') } };
  /** Opens the fill section and previews; resolves once the preview is outlined and ready. */
  async function preview() {
    fireEvent.click(screen.getByRole('button', { name: 'Remplir la page' }));
    // Opening the section makes the preview at once, and says what the click will do.
    const fillButton = (await screen.findByRole('button', { name: /^Remplir \d+ champs?$/ })) as HTMLButtonElement;
    await waitFor(() => expect(fillButton.disabled).toBe(false));
    return fillButton;
  }

  it('previews each field with its proposed data and value, fills on click, and undoes', async () => {
    const { page, asked } = setup({ profile: withName });
    await preview();
    const map = (screen.getByRole('combobox', { name: 'Donnée pour « Nom de naissance »' })) as HTMLSelectElement;
    expect(map.value).toBe('birthName');
    expect(screen.getAllByTestId('pf-row')[0]!.textContent).toContain('LE GALL-DUPUIS');
    expect((screen.getByRole('combobox', { name: 'Donnée pour « Motif du transport »' }) as HTMLSelectElement).value).toBe('');
    expect(page.asked.map((r) => r.type)).toEqual(['pf.collect', 'pf.outline']);
    expect(page.asked[1]).toMatchObject({ items: [{ index: 0, text: 'LE GALL-DUPUIS' }] });

    expect(screen.getByTestId('pf-will').textContent).toBe('Remplir 1 champ du formulaire affiché avec le dossier de GIRARD Marie-Hélène.');
    fireEvent.click(screen.getByRole('button', { name: 'Remplir 1 champ' }));
    await waitFor(() => expect(screen.getByTestId('pf-fill-message').textContent).toBe('Champs remplis\u00a0: 1 sur 1 prévus, relus dans la page.'));
    expect(page.asked.find((r) => r.type === 'pf.fill')).toMatchObject({ plan: [{ index: 0, key: 'birthName', text: 'LE GALL-DUPUIS' }], values: { birthName: 'LE GALL-DUPUIS' } });
    expect(asked.find((r) => r.type === 'form.filled')).toMatchObject({ patientKey: 'k', signature: 'form1-a-2', filled: 1 });

    fireEvent.click(screen.getByRole('button', { name: 'Annuler le remplissage' }));
    await waitFor(() => expect(screen.getByTestId('pf-fill-message').textContent).toContain('Champs remis comme avant\u00a0: 1.'));
  });

  it('lets the user untick or remap a field', async () => {
    const { page } = setup({ profile: withName });
    await preview();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Remplir «\u00a0Nom de naissance\u00a0»' }));
    await waitFor(() => expect((screen.getByRole('button', { name: /^Remplir \d+ champs?$/ }) as HTMLButtonElement).disabled).toBe(true));
    fireEvent.change(screen.getByRole('combobox', { name: 'Donnée pour «\u00a0Motif du transport\u00a0»' }), { target: { value: 'birthName' } });
    fireEvent.click(await screen.findByRole('button', { name: 'Remplir 1 champ' }));
    await waitFor(() => expect(page.asked.find((r) => r.type === 'pf.fill')).toMatchObject({ plan: [{ index: 1, key: 'birthName' }] }));
  });

  it('refuses, in French, when the panel moved to another patient after the preview', async () => {
    const { page, switchPanel } = setup({ profile: withName });
    await preview();
    switchPanel({ view: 'patient', patientKey: 'other' });
    fireEvent.click(screen.getByRole('button', { name: 'Remplir 1 champ' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('Refusé\u00a0: le patient affiché a changé'));
    switchPanel({ view: 'loading' });
    await waitFor(() => expect((screen.getByRole('button', { name: 'Remplir 1 champ' }) as HTMLButtonElement).disabled).toBe(false));
    fireEvent.click(screen.getByRole('button', { name: 'Remplir 1 champ' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain("n’est pas identifié avec certitude"));
    expect(page.asked.some((r) => r.type === 'pf.fill')).toBe(false);
  });
});

describe('Administratif tab: documents, letters, appointments', () => {
  it('ticks pieces of a set and says what is missing', async () => {
    setup();
    fireEvent.click(screen.getByRole('button', { name: 'Pièces' }));
    const set = await screen.findByTestId('pf-set-transport');
    expect(set.textContent).toContain('0/4');
    fireEvent.click(within(set).getByRole('checkbox', { name: /Prescription médicale de transport/ }));
    await waitFor(() => expect(set.textContent).toContain('1/4'));
    expect(within(set).getByTestId('pf-missing').textContent).not.toContain('Prescription médicale');
    expect(within(set).getByTestId('pf-missing').textContent).toContain('Convocation');
  });

  it('drafts a letter from an empty file with the identity shown and blanks « à compléter », and leads to the file', async () => {
    setup();
    fireEvent.click(screen.getByRole('button', { name: 'Courriers' }));
    fireEvent.click(screen.getByRole('button', { name: 'Rédiger' }));
    const text = screen.getByLabelText('Texte (modifiable avant usage)') as HTMLTextAreaElement;
    await waitFor(() => expect(text.value).toContain('Je vous adresse Marie-Hélène GIRARD (née LE GALL-DUPUIS), née le 12/04/1974, pour «\u00a0à compléter\u00a0».'));
    expect(screen.getByTestId('pf-letter-incomplete').textContent).toContain('il manque\u00a0: identité (nom, prénoms, date de naissance), NIR, adresse');
    fireEvent.click(screen.getByRole('button', { name: 'Ouvrir le dossier' }));
    await screen.findByLabelText('Nom de naissance');
  });

  it('drafts a referral letter, editable, and copies it', async () => {
    setup({ profile: { ...emptyAdminProfile(), identity: { civility: typed('Mme'), birthName: typed('ROUX'), firstNames: typed('Chloé') } } });
    const writeText = vi.fn(async () => undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    fireEvent.click(screen.getByRole('button', { name: 'Courriers' }));
    fireEvent.input(screen.getByLabelText('Destinataire'), { target: { value: 'Dr Martin' } });
    fireEvent.input(screen.getByLabelText('Motif'), { target: { value: 'avis' } });
    fireEvent.click(screen.getByRole('button', { name: 'Rédiger' }));
    const text = screen.getByLabelText('Texte (modifiable avant usage)') as HTMLTextAreaElement;
    await waitFor(() => expect(text.value).toContain('Je vous adresse Mme Chloé ROUX, née le «\u00a0à compléter\u00a0», pour avis.'));
    fireEvent.input(text, { target: { value: `${text.value}\nPS` } });
    fireEvent.click(screen.getByRole('button', { name: 'Copier' }));
    await waitFor(() => expect(screen.getByText('Copié dans le presse-papiers.')).toBeTruthy());
    expect(writeText).toHaveBeenCalledWith(expect.stringMatching(/pour avis\.[\s\S]*\nPS$/));
  });

  it('includes the day\'s pre-consultation in the referral letter, in French, unless unticked', async () => {
    const intake: IntakeRecord = {
      id: 'i1', patientKey: 'k', status: 'open', date: '2026-11-23', startedAt: 1, updatedAt: 2, template: GP, values: fullValues(),
      prevention: { history: [], conditions: [] },
    };
    setup({ profile: { ...emptyAdminProfile(), identity: { civility: typed('Mme'), birthName: typed('ROUX'), firstNames: typed('Chloé') } }, intake });
    fireEvent.click(screen.getByRole('button', { name: 'Courriers' }));
    fireEvent.click(screen.getByRole('button', { name: 'Rédiger' }));
    const text = screen.getByLabelText('Texte (modifiable avant usage)') as HTMLTextAreaElement;
    await waitFor(() => expect(text.value).toContain('Pré-consultation du 23/11/2026 :'));
    expect(text.value).toContain('Points d’attention :');
    expect(text.value).toContain('Recueil :\n- Tension artérielle : 149/94 mmHg');
    expect(text.value).toContain('Pénicilline (urticaire)');
    fireEvent.click(screen.getByTestId('pf-with-intake'));
    fireEvent.click(screen.getByRole('button', { name: 'Rédiger' }));
    await waitFor(() => expect(text.value).not.toContain('Pré-consultation'));
  });

  it('writes the text into the page field the user clicks, after checking the patient again', async () => {
    const { page } = setup({ profile: { ...emptyAdminProfile(), identity: { birthName: typed('ROUX') } } });
    fireEvent.click(screen.getByRole('button', { name: 'Courriers' }));
    fireEvent.click(screen.getByLabelText('Synthèse administrative'));
    fireEvent.click(screen.getByRole('button', { name: 'Rédiger' }));
    await waitFor(() => expect((screen.getByLabelText('Texte (modifiable avant usage)') as HTMLTextAreaElement).value).toMatch(/^Patient : ROUX\nDate de naissance : «\u00a0à compléter\u00a0»/));
    fireEvent.click(screen.getByRole('button', { name: 'Insérer dans la page…' }));
    await waitFor(() => expect(screen.getByText('Texte inséré dans « Note de consultation ».')).toBeTruthy());
    expect(page.asked.filter((r) => r.type === 'pf.insert')).toEqual([{ type: 'pf.insert', token: 'pick-1', text: expect.stringMatching(/^Patient : ROUX\n/) }]);
  });

  it('writes nothing when the page shows another patient once the field is picked', async () => {
    const { page } = setup({ profile: { ...emptyAdminProfile(), identity: { birthName: typed('ROUX') } }, pageKey: 'other' });
    fireEvent.click(screen.getByRole('button', { name: 'Courriers' }));
    fireEvent.click(screen.getByRole('button', { name: 'Rédiger' }));
    await waitFor(() => expect((screen.getByLabelText('Texte (modifiable avant usage)') as HTMLTextAreaElement).value).not.toBe(''));
    fireEvent.click(screen.getByRole('button', { name: 'Insérer dans la page…' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('Refusé : le patient affiché a changé'));
    expect(page.asked.filter((r) => r.type === 'pf.insert').every((r) => r.type === 'pf.insert' && r.text === '')).toBe(true);
  });

  it('lists appointments to book with their status', async () => {
    setup();
    fireEvent.click(screen.getByRole('button', { name: 'Rendez-vous' }));
    await screen.findByText('Aucun rendez-vous à prendre.');
    fireEvent.input(screen.getByLabelText('Spécialiste ou établissement'), { target: { value: 'Cardiologue' } });
    fireEvent.click(screen.getByRole('button', { name: 'Ajouter' }));
    const status = (await screen.findByRole('combobox', { name: 'Statut : Cardiologue' })) as HTMLSelectElement;
    expect(status.value).toBe('todo');
    fireEvent.change(status, { target: { value: 'booked' } });
    const date = await screen.findByLabelText('Date du rendez-vous : Cardiologue');
    fireEvent.change(date, { target: { value: '2026-12-01' } });
    await waitFor(() => expect(screen.getByTestId('pf-referrals').textContent).toContain('Pris le 01/12/2026'));
  });
});

describe('Administratif tab: card holder', () => {
  it('flags a card holder given for a patient who holds the card', async () => {
    setup({ profile: { ...emptyAdminProfile(), insurance: { vitaleRole: typed('assure') } } });
    fireEvent.input(await screen.findByLabelText('Assuré ouvrant droit : nom'), { target: { value: 'GIRARD' } });
    await waitFor(() => expect(screen.getByTestId('pf-field-error').textContent).toContain("n’est à renseigner que pour un ayant droit"));
    fireEvent.change(screen.getByLabelText('Carte Vitale'), { target: { value: 'ayant-droit' } });
    await waitFor(() => expect(screen.queryByTestId('pf-field-error')).toBeNull());
  });
});
