import { describe, expect, it } from 'vitest';
import { createProfileEditor } from '../../../components/prefill/profile-editor';
import type { Send } from '../../../messaging/client';
import type { Request } from '../../../messaging/protocol';
import type { AdminProfile } from '../../../clinical/admin/profile-schema';
import { inFrench } from '../../i18n';

// A background keeping one profile per patient with revisions, as storage/prefill-service does.
function backend() {
  const rows = new Map<string, { profile: AdminProfile; rev: number }>();
  const saves: string[] = [];
  let failNext = 0;
  const send = (async (req: Request) => {
    if (req.type === 'profile.get') return { profile: rows.get(req.patientKey)?.profile ?? null, rev: rows.get(req.patientKey)?.rev ?? 0 };
    if (req.type === 'profile.save') {
      if (failNext > 0) { failNext--; throw new Error('service worker asleep'); }
      const row = rows.get(req.patientKey);
      if ((row?.rev ?? 0) !== req.baseRev) return { status: 'stale', rev: row!.rev, profile: row!.profile };
      const next = { profile: req.profile as unknown as AdminProfile, rev: req.baseRev + 1 };
      rows.set(req.patientKey, next);
      saves.push(req.patientKey);
      return { status: 'saved', rev: next.rev, updatedAt: 1, profile: next.profile };
    }
    throw new Error(req.type);
  }) as Send;
  return { send, rows, saves, failOnce: () => { failNext = 1; } };
}
const editor = (send: Send, patientKey = 'k') => createProfileEditor({ patientKey, send, clientId: 'c', delayMs: 5, retryMs: 20 });
const settle = () => new Promise((r) => setTimeout(r, 60));

describe('profile editor', () => {
  it('saves only valid typing, on the patient it was typed for', async () => {
    const b = backend();
    const a = editor(b.send, 'patient-A');
    await a.load();
    a.edit('phones.mobile', '06 12');
    await settle();
    expect(b.saves).toEqual([]);
    expect(inFrench(a.get().errors['phones.mobile']!)).toContain('Numéro de téléphone invalide');
    a.edit('phones.mobile', '0612345678');
    await a.flush();
    expect(b.saves).toEqual(['patient-A']);
    expect(b.rows.get('patient-A')!.profile.phones.mobile?.value).toBe('06 12 34 56 78');
    expect(a.get().errors).toEqual({});
  });

  it('merges with a save made meanwhile in another tab instead of overwriting it', async () => {
    const b = backend();
    const one = editor(b.send);
    const two = editor(b.send);
    await one.load();
    await two.load();
    one.edit('email', 'a@exemple.fr');
    await one.flush();
    two.edit('employer', 'Mairie de Lannion');
    await two.flush();
    const stored = b.rows.get('k')!;
    expect(stored.rev).toBe(2);
    expect(stored.profile.email?.value).toBe('a@exemple.fr');
    expect(stored.profile.employer?.value).toBe('Mairie de Lannion');
    expect(two.get().texts.email).toBe('a@exemple.fr');
  });

  it('keeps a failed save and retries it', async () => {
    const b = backend();
    const e = editor(b.send);
    await e.load();
    b.failOnce();
    e.edit('address.city', 'Lannion');
    await e.flush();
    expect(e.get().save).toBe('error');
    await settle();
    expect(e.get().save).toBe('saved');
    expect(b.rows.get('k')!.profile.address.city?.value).toBe('Lannion');
  });

  it('shows another tab\'s save at once, keeping what is being typed here', async () => {
    const b = backend();
    const one = editor(b.send);
    const two = editor(b.send);
    await one.load();
    await two.load();
    two.edit('employer', 'Mairie de Lannion'); // typed, not saved yet
    one.edit('email', 'a@exemple.fr');
    await one.flush();
    await two.refresh();
    expect(two.get().texts.email).toBe('a@exemple.fr');
    expect(two.get().texts.employer).toBe('Mairie de Lannion');
    expect(two.get().rev).toBe(1);
    await two.flush();
    expect(b.rows.get('k')!.rev).toBe(2);
    expect(b.rows.get('k')!.profile.email?.value).toBe('a@exemple.fr');
    expect(b.rows.get('k')!.profile.employer?.value).toBe('Mairie de Lannion');
    await one.refresh();
    expect(one.get().texts.employer).toBe('Mairie de Lannion');
    await one.refresh(); // nothing newer: nothing changes
    expect(one.get().rev).toBe(2);
  });
});
