import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { openDb, type PreconsultDb } from '../../../storage/db';
import { createIntakeService } from '../../../storage/intake-service';
import { intakeHandlers } from '../../../background/handlers/intake';
import { ServiceError } from '../../../storage/notes-service';
import { DEFAULT_TEMPLATES } from '../../../clinical/templates';
import { handleMessage } from '../../../background/server';
import { inFrench } from '../../i18n';

let db: PreconsultDb;
let clock = 1_000;
let ids = 0;
const notices: string[] = [];
const service = () => createIntakeService({ db, now: () => clock, newId: () => `intake-${++ids}-xxxx`, notify: (k, by) => notices.push(`${k}/${by}`) });
const addPatient = (key: string) => db.patients.add({ key, origin: 'o', adapter: 'medidemo', birthName: 'X', firstNames: 'Y', birthDate: '1976-01-25', firstSeen: 1, lastSeen: 1 });

beforeEach(async () => {
  db = openDb(`test-${Math.random()}`);
  clock = 1_000;
  ids = 0;
  notices.length = 0;
  await addPatient('A');
  await addPatient('B');
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

describe('intake service', () => {
  it('stores the default templates in the templates table, once, and refreshes them on a newer version', async () => {
    const s = service();
    const list = await s.listTemplates();
    expect(list.map((t) => t.id)).toEqual(['cardiologie', 'medecine-generale-adulte', 'ophtalmologie', 'pediatrie']);
    expect(list.every((t) => t.source === 'default')).toBe(true);
    expect(await db.templates.count()).toBe(4);
    await db.templates.update('pediatrie', { 'template.version': 0 } as never);
    const again = await createIntakeService({ db }).listTemplates();
    expect(again.find((t) => t.id === 'pediatrie')!.template.version).toBe(1);
  });

  it('saves a valid practice copy, refuses an invalid one in French, and never overwrites a default', async () => {
    const s = service();
    const copy = { ...DEFAULT_TEMPLATES[0]!, id: 'mg-cabinet', name: 'MG du cabinet', basedOn: DEFAULT_TEMPLATES[0]!.id };
    expect(await s.saveTemplate(copy)).toMatchObject({ ok: true, template: { id: 'mg-cabinet', source: 'cabinet' } });
    const empty = await s.saveTemplate({ ...copy, items: [] });
    expect(!empty.ok && empty.errors.map(inFrench)).toEqual(['items : Le modèle doit contenir au moins un élément.']);
    const r = await s.saveTemplate({ ...copy, id: 'pediatrie' });
    expect(!r.ok && r.errors.map(inFrench)).toEqual(['id : « pediatrie » est un modèle par défaut ; une copie du cabinet doit avoir un autre identifiant.']);
    expect((await s.listTemplates()).map((t) => `${t.id}:${t.source}`)).toContain('mg-cabinet:cabinet');
    expect(await s.deleteTemplate('pediatrie')).toBe(false);
    expect(await s.deleteTemplate('mg-cabinet')).toBe(true);
  });

  it('keeps one open intake per patient: starting again returns the open one', async () => {
    const s = service();
    const a = await s.start({ patientKey: 'A', templateId: 'medecine-generale-adulte', date: '2026-11-23' });
    expect(a).toMatchObject({ id: 'intake-1-xxxx', status: 'open', date: '2026-11-23', values: {} });
    expect(a.template.id).toBe('medecine-generale-adulte');
    const again = await s.start({ patientKey: 'A', templateId: 'cardiologie', date: '2026-11-23' });
    expect(again.id).toBe(a.id);
    const b = await s.start({ patientKey: 'B', templateId: 'cardiologie', date: '2026-11-23' });
    expect(b.id).not.toBe(a.id);
    await expect(s.start({ patientKey: 'nobody', templateId: 'cardiologie', date: '2026-11-23' })).rejects.toThrow(ServiceError);
  });

  it('autosaves values as typed, refuses a save naming another patient, and finishes into history', async () => {
    const s = service();
    const a = await s.start({ patientKey: 'A', templateId: 'medecine-generale-adulte', date: '2026-11-23' });
    clock = 2_000;
    await s.save({ patientKey: 'A', intakeId: a.id, values: { poids: { text: '820' } }, prevention: { history: [], conditions: [] }, clientId: 'c1' });
    expect(notices).toEqual(['A/c1']);
    await expect(s.save({ patientKey: 'B', intakeId: a.id, values: {}, prevention: { history: [], conditions: [] } })).rejects.toMatchObject({ i18nKey: 'errIntakeOtherPatient' });
    expect((await s.current('A')).open!.values).toEqual({ poids: { text: '820' } });
    clock = 301_000;
    const done = await s.finish({ patientKey: 'A', intakeId: a.id, missingCount: 0 });
    expect(done).toMatchObject({ status: 'finished', finishedAt: 301_000, missingCount: 0 });
    await expect(s.save({ patientKey: 'A', intakeId: a.id, values: {}, prevention: { history: [], conditions: [] } })).rejects.toMatchObject({ i18nKey: 'errIntakeClosed' });
    expect(await s.current('A')).toMatchObject({ open: null, history: [{ id: a.id }] });
    // A new visit starts a new intake; history keeps the earlier values.
    const next = await s.start({ patientKey: 'A', templateId: 'medecine-generale-adulte', date: '2026-11-30' });
    expect(next.id).not.toBe(a.id);
  });

  it('discards an open intake only', async () => {
    const s = service();
    const a = await s.start({ patientKey: 'A', templateId: 'pediatrie', date: '2026-11-23' });
    expect(await s.discard({ patientKey: 'A', intakeId: a.id })).toBe(true);
    expect((await s.current('A')).open).toBeNull();
  });

  it('computes the practice figures: per day, median duration, share complete', async () => {
    const s = service();
    const run = async (key: string, date: string, start: number, end: number | null, missing = 0) => {
      clock = start;
      const i = await s.start({ patientKey: key, templateId: 'medecine-generale-adulte', date });
      if (end !== null) {
        clock = end;
        await s.finish({ patientKey: key, intakeId: i.id, missingCount: missing });
      }
    };
    await run('A', '2026-11-20', 0, 240_000);
    await run('A', '2026-11-22', 1_000_000, 1_360_000, 2);
    await run('B', '2026-11-22', 2_000_000, 2_600_000);
    await run('B', '2026-11-23', 3_000_000, null);
    await run('A', '2026-10-01', 5_000_000, 5_100_000); // outside the 7 days
    const st = await s.stats({ today: '2026-11-23', days: 7 });
    expect(st.perDay).toEqual([
      { date: '2026-11-17', count: 0 }, { date: '2026-11-18', count: 0 }, { date: '2026-11-19', count: 0 },
      { date: '2026-11-20', count: 1 }, { date: '2026-11-21', count: 0 }, { date: '2026-11-22', count: 2 }, { date: '2026-11-23', count: 1 },
    ]);
    expect(st.medianMs).toBe(360_000);
    expect(st.completedShare).toBe(0.5);
    expect(st.total).toBe(4);
  });

  it('is reached through validated messages', async () => {
    const handlers = { ...intakeHandlers(service()) } as never;
    const ok = await handleMessage({ type: 'intake.current', patientKey: 'A' }, { handlers, describeError: String, invalidMessage: (d) => `invalid ${d}` });
    expect(ok).toEqual({ ok: true, data: { open: null, history: [] } });
    const bad = await handleMessage({ type: 'intake.save', patientKey: 'A', intakeId: 'intake-1-xxxx', values: { poids: { text: 42 } }, prevention: { history: [], conditions: [] } }, { handlers, describeError: String, invalidMessage: (d) => `invalid ${d}` });
    expect(bad).toMatchObject({ ok: false, error: expect.stringContaining('invalid values.poids.text') });
  });
});
