import { describe, expect, it } from 'vitest';
import { makePreview, rowValue, runFill, shownValue, type Preview, type PreviewRow } from '../../../components/prefill/fill-flow';
import type { PageBridge } from '../../../components/prefill/page-bridge';
import type { PageRequest } from '../../../messaging/prefill-page';
import type { Send } from '../../../messaging/client';
import type { Request } from '../../../messaging/protocol';
import { collectFields } from '../../../sites/forms/collect-fields';
import { emptyAdminProfile, type AdminProfile } from '../../../clinical/admin/profile-schema';

const s = <T>(value: T) => ({ value, source: { kind: 'saisie' as const }, capturedAt: '2026-11-23T10:00:00.000Z' });
const PROFILE: AdminProfile = {
  ...emptyAdminProfile(),
  identity: { birthName: s('LE GALL-DUPUIS'), firstNames: s('Marie-Hélène Anne'), birthDate: s('1974-04-12') },
  nir: s('274042211809068'),
};

function form() {
  document.body.replaceChildren();
  const f = document.createElement('form');
  const add = (label: string, name: string) => {
    const l = document.createElement('label');
    l.append(label, Object.assign(document.createElement('input'), { name }));
    f.append(l);
  };
  add('Nom de naissance', 'nom');
  add('Prénom', 'prenom');
  add('Jour de naissance', 'jour');
  add('Numéro de dossier interne', 'dossier');
  document.body.append(f);
}

function setup(opts: { pageKey?: string | null; remembered?: Record<string, 'birthName' | null>; switchedAtWrite?: boolean } = {}) {
  const asked: Request[] = [];
  const pageAsked: PageRequest[] = [];
  const send = (async (req: Request) => {
    asked.push(req);
    if (req.type === 'profile.get') return { profile: PROFILE, rev: 1 };
    if (req.type === 'formMapping.get') return { fields: opts.remembered ?? null };
    if (req.type === 'form.filled') return { saved: true };
    throw new Error(req.type);
  }) as Send;
  const bridge: PageBridge = {
    async request(req) {
      pageAsked.push(req);
      if (req.type === 'pf.collect') return { token: 't1', signature: 'form1-x-4', origin: 'http://127.0.0.1:4780', fields: collectFields(document).map((f) => f.descriptor) } as never;
      if (req.type === 'pf.fill') return (opts.switchedAtWrite ? { current: false, patientChanged: true, filled: [], skipped: [], written: [] } : { current: true, filled: req.plan.map((p) => p.index), skipped: [], written: req.plan.map((p) => ({ index: p.index, text: p.text ?? '' })) }) as never;
      return {} as never;
    },
    currentPatientKey: async () => (opts.pageKey === undefined ? 'k1' : opts.pageKey),
  };
  return { send, bridge, asked, pageAsked };
}

describe('fill flow', () => {
  it('proposes keys and values for each field; the unknown field is left alone', async () => {
    form();
    const { send, bridge } = setup();
    const p = await makePreview({ send, bridge }, 'k1');
    expect(p.rows.map((r) => [r.key, r.include, rowValue(r, p.values)])).toEqual([
      ['birthName', true, 'LE GALL-DUPUIS'],
      ['firstName', true, 'Marie-Hélène'],
      ['birthDate.day', true, '12'],
      [null, false, undefined],
    ]);
  });

  it('offers a remembered choice first', async () => {
    form();
    const sig = (await makePreview(setup(), 'k1')).rows[1]!.fieldSignature;
    const p = await makePreview(setup({ remembered: { [sig]: null } }), 'k1');
    expect(p.rows[1]).toMatchObject({ key: null, remembered: true, include: false });
    expect(p.rows[0]).toMatchObject({ key: 'birthName', remembered: false });
  });

  it('fills only ticked rows with only the values they use, then remembers the mapping', async () => {
    form();
    const { send, bridge, asked, pageAsked } = setup();
    const p = await makePreview({ send, bridge }, 'k1');
    const edited: Preview = { ...p, rows: p.rows.map((r) => (r.index === 1 ? { ...r, include: false } : r)) };
    const outcome = await runFill({ send, bridge }, edited, 'k1');
    expect(outcome).toMatchObject({ status: 'filled', planned: 2, filled: 2 });
    // The report names every mapped field: written as planned, or left with why.
    expect(outcome.status === 'filled' && outcome.report.map((r) => [r.index, r.status])).toEqual([[0, 'ok'], [1, 'unticked'], [2, 'ok']]);
    const fillReq = pageAsked.find((r) => r.type === 'pf.fill');
    expect(fillReq).toEqual({
      type: 'pf.fill', token: 't1',
      plan: [{ index: 0, key: 'birthName', text: 'LE GALL-DUPUIS' }, { index: 2, key: 'birthDate.day', text: '12' }],
      values: { birthName: 'LE GALL-DUPUIS', 'birthDate.day': '12', birthDate: '1974-04-12' },
    });
    const saved = asked.find((r) => r.type === 'form.filled');
    expect(saved).toMatchObject({ patientKey: 'k1', signature: 'form1-x-4', origin: 'http://127.0.0.1:4780', filled: 2 });
    expect(Object.values((saved as { fields: object }).fields)).toEqual(['birthName', null, 'birthDate.day', null]);
  });

  it.each([
    ['the panel shows no certain patient', null, 'k1', 'uncertain'],
    ['the panel moved to another patient', 'k2', 'k1', 'changed'],
    ['the page shows no certain patient now', 'k1', null, 'uncertain'],
    ['the page moved to another patient', 'k1', 'k2', 'changed'],
  ] as const)('refuses when %s, and writes nothing', async (_, panelKey, pageKey, reason) => {
    form();
    const { send, bridge, pageAsked } = setup({ pageKey });
    const p = await makePreview({ send, bridge }, 'k1');
    expect(await runFill({ send, bridge }, p, panelKey)).toEqual({ status: 'refused', reason });
    expect(pageAsked.some((r) => r.type === 'pf.fill')).toBe(false);
  });
});

describe('values as the preview shows them', () => {
  const row = (key: PreviewRow['key']) => ({ key, descriptor: { kind: 'text' }, fit: null } as unknown as PreviewRow);
  it('reads codes as words', () => {
    const values = { civility: 'Mme', sex: 'F', ald: 'true', caisse: 'CPAM du Rhône', birthDate: '1974-04-12' };
    expect(shownValue(row('civility'), values)).toBe('Madame');
    expect(shownValue(row('sex'), values)).toBe('Féminin');
    expect(shownValue(row('ald'), values)).toBe('oui');
    expect(shownValue(row('caisse'), values)).toBe('CPAM du Rhône');
    expect(shownValue(row('birthDate.month'), values)).toBe('04');
    expect(shownValue(row(null), values)).toBeUndefined();
  });

  it('is refused when the page shows another patient at the moment of the write (checked there, in the same task)', async () => {
    form();
    const { send, bridge, asked } = setup({ switchedAtWrite: true });
    const p = await makePreview({ send, bridge }, 'k1');
    expect(await runFill({ send, bridge }, p, 'k1')).toEqual({ status: 'refused', reason: 'changed' });
    expect(asked.some((r) => r.type === 'form.filled')).toBe(false);
  });
});
