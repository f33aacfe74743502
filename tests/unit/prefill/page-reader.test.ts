import { describe, expect, it, vi } from 'vitest';
import { createPageReader } from '../../../components/prefill/page-reader';
import { createProfileEditor } from '../../../components/prefill/profile-editor';
import type { PageBridge } from '../../../components/prefill/page-bridge';
import type { Send } from '../../../messaging/client';
import type { Request } from '../../../messaging/protocol';
import { missingParts } from '../../../clinical/admin/missing-parts';
import { emptyAdminProfile } from '../../../clinical/admin/profile-schema';

const BANNER = [{ label: 'Nom de naissance', value: 'DUPONT' }, { label: 'Prénom(s)', value: 'Jeanne' }, { label: 'Date de naissance', value: '01/12/1944' }];

function setup(keys: (string | null)[], pageChanges?: () => number, pairs = BANNER) {
  const send = (async (req: Request) => {
    if (req.type === 'profile.get') return { profile: null, rev: 0 };
    if (req.type === 'profile.save') return { status: 'saved', rev: 1, updatedAt: 1, profile: req.profile };
    throw new Error(req.type);
  }) as Send;
  const editor = createProfileEditor({ patientKey: 'k', send, clientId: 'c', delayMs: 0 });
  let asked = 0;
  const reads = { count: 0 };
  const bridge: PageBridge = {
    request: (async () => {
      reads.count++;
      return { pairs, origin: 'o' };
    }) as PageBridge['request'],
    currentPatientKey: async () => keys[Math.min(asked++, keys.length - 1)] ?? null,
    ...(pageChanges ? { pageChanges: async () => pageChanges() } : {}),
  };
  return { reads, editor, reader: createPageReader({ editor, bridge, patientKey: 'k', now: () => new Date('2026-12-03T10:00:00Z') }) };
}

describe('reading the record page into the file', () => {
  it('never replaces what the user is typing (not valid yet) with the page’s value: it waits for the user', async () => {
    const { editor, reader } = setup(['k', 'k'], undefined, [...BANNER, { label: 'N° de sécurité sociale', value: '2 44 12 75 116 042 52' }]);
    await editor.load();
    editor.edit('nir', '1 48 04 75 116 042 68'); // a wrong key: refused by the check, not in the file yet
    expect(editor.get().errors['nir']).toBeDefined();
    const status = await reader.read();
    expect(status).toMatchObject({ kind: 'read', differing: ['nir'] });
    expect(status && 'added' in status ? status.added : []).not.toContain('nir');
    expect(editor.get().texts['nir']).toBe('1 48 04 75 116 042 68');
    expect(editor.get().profile.nir).toBeUndefined();
  });

  it('takes the values when the page shows the patient before and after the reading', async () => {
    const { editor, reader } = setup(['k', 'k']);
    expect(await reader.read()).toMatchObject({ kind: 'read', found: 3, added: ['identity.birthName', 'identity.firstNames', 'identity.birthDate'] });
    expect(editor.get().profile.identity.birthName?.source).toEqual({ kind: 'page', label: 'Nom de naissance', origin: 'o' });
  });

  it('drops a reading made while the page switched patient, and says so when the user asked', async () => {
    const { editor, reader } = setup(['k', 'other']);
    expect(await reader.read()).toEqual({ kind: 'otherPatient' });
    expect(editor.get().profile.identity.birthName).toBeUndefined();
  });

  it('says nothing when an automatic reading brings nothing new', async () => {
    const { reader, reads } = setup(['k']);
    await reader.read();
    const statuses: unknown[] = [];
    reader.subscribe((st) => statuses.push(st));
    // The file still lacks parts: the page is read again, twice at least, and nothing is said.
    const stop = reader.follow(5);
    await vi.waitFor(() => expect(reads.count).toBeGreaterThanOrEqual(3));
    stop();
    expect(statuses).toEqual([]);
  });
});

describe('following the page while the file lacks parts', () => {
  it('reads the page again only when the record script says it changed, and once more after each change', async () => {
    let changes = 0;
    let asked = 0;
    const { reader, reads } = setup(['k'], () => (asked++, changes));
    const stop = reader.follow(5);
    // Read at once, then once more (values set just after the elements), then not while nothing changes.
    await vi.waitFor(() => expect(asked).toBeGreaterThanOrEqual(6));
    expect(reads.count).toBe(2);
    changes = 3;
    await vi.waitFor(() => expect(asked).toBeGreaterThanOrEqual(12));
    expect(reads.count).toBe(4);
    stop();
  });
});

describe('the parts a file still lacks', () => {
  it('are named until their main values are there', () => {
    expect(missingParts(emptyAdminProfile())).toEqual(['identity', 'nir', 'address', 'insurance', 'phone']);
  });
});
