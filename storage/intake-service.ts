import type { PreconsultDb } from './db';
import type { TemplateSaveResult } from '../messaging/intake-protocol';
import { ServiceError } from './notes-service';
import { DEFAULT_TEMPLATES } from '../clinical/templates/defaults';
import { checkTemplate } from '../clinical/templates/validate';
import { msg } from '../clinical/message';
import type { PreventionState, Values } from '../clinical/intake/values';
import { IntakeRecordSchema, TemplateRecordSchema, type IntakeRecord, type IntakeStats, type TemplateRecord } from '../clinical/intake/records';

export interface IntakeServiceDeps {
  db: PreconsultDb;
  now?: () => number;
  newId?: () => string;
  /** Tells the other panels of this patient that the intake changed. */
  notify?: (patientKey: string, by: string | undefined) => void;
}

const HISTORY_MAX = 20;

// Intakes (one open per patient, autosaved, finished) and checklist templates (stored defaults
// and practice copies). Rows are re-validated when read: an old or damaged row is skipped, not
// shown half-understood.
export function createIntakeService({ db, now = Date.now, newId = () => crypto.randomUUID(), notify }: IntakeServiceDeps) {
  const rows = async (patientKey: string) =>
    (await db.intakes.where('patientKey').equals(patientKey).toArray()).flatMap((r) => {
      const p = IntakeRecordSchema.safeParse(r);
      return p.success ? [p.data] : [];
    });

  const mine = async (patientKey: string, intakeId: string): Promise<IntakeRecord> => {
    const p = IntakeRecordSchema.safeParse(await db.intakes.get(intakeId));
    if (!p.success) throw new ServiceError('errIntakeUnknown');
    if (p.data.patientKey !== patientKey) throw new ServiceError('errIntakeOtherPatient');
    return p.data;
  };

  let seeded: Promise<void> | null = null;
  /** Stored defaults follow the shipped files: a newer version replaces the stored one. */
  const seedDefaults = () =>
    (seeded ??= db.transaction('rw', db.templates, async () => {
      for (const t of DEFAULT_TEMPLATES) {
        const cur = TemplateRecordSchema.safeParse(await db.templates.get(t.id));
        if (cur.success && cur.data.source === 'default' && cur.data.template.version >= t.version) continue;
        const row: TemplateRecord = { id: t.id, source: 'default', updatedAt: now(), template: t };
        await db.templates.put(row);
      }
    }).catch((e) => {
      seeded = null;
      throw e;
    }));

  const listTemplates = async (): Promise<TemplateRecord[]> => {
    await seedDefaults();
    const all = (await db.templates.toArray()).flatMap((r) => {
      const p = TemplateRecordSchema.safeParse(r);
      return p.success ? [p.data] : [];
    });
    return all.sort((a, b) => (a.source === b.source ? a.template.name.localeCompare(b.template.name, 'fr') : a.source === 'default' ? -1 : 1));
  };

  return {
    listTemplates,

    async saveTemplate(raw: unknown): Promise<TemplateSaveResult> {
      const checked = checkTemplate(raw);
      if (!checked.ok) return checked;
      const t = checked.template;
      await seedDefaults();
      if (DEFAULT_TEMPLATES.some((d) => d.id === t.id)) {
        return { ok: false, errors: [msg('fieldIssue', 'id', msg('tplErrDefaultId', t.id))] };
      }
      const row: TemplateRecord = { id: t.id, source: 'cabinet', updatedAt: now(), template: t };
      await db.templates.put(row);
      return { ok: true, template: row };
    },

    async deleteTemplate(id: string): Promise<boolean> {
      const cur = TemplateRecordSchema.safeParse(await db.templates.get(id));
      if (!cur.success || cur.data.source !== 'cabinet') return false;
      await db.templates.delete(id);
      return true;
    },

    async current(patientKey: string): Promise<{ open: IntakeRecord | null; history: IntakeRecord[] }> {
      const all = await rows(patientKey);
      const open = all.filter((r) => r.status === 'open').sort((a, b) => b.startedAt - a.startedAt)[0] ?? null;
      const history = all.filter((r) => r.status === 'finished').sort((a, b) => b.startedAt - a.startedAt).slice(0, HISTORY_MAX);
      return { open, history };
    },

    async start(input: { patientKey: string; templateId: string; date: string }): Promise<IntakeRecord> {
      const tpl = (await listTemplates()).find((t) => t.id === input.templateId);
      if (!tpl) throw new ServiceError('errTemplateUnknown', [input.templateId]);
      return db.transaction('rw', db.patients, db.intakes, async () => {
        if (!(await db.patients.get(input.patientKey))) throw new ServiceError('errUnknownPatient');
        const open = (await rows(input.patientKey)).find((r) => r.status === 'open');
        if (open) return open;
        const t = now();
        const row: IntakeRecord = {
          id: newId(), patientKey: input.patientKey, status: 'open', date: input.date, startedAt: t, updatedAt: t,
          template: tpl.template, values: {}, prevention: { history: [], conditions: [] },
        };
        await db.intakes.add(row);
        return row;
      });
    },

    async save(input: { patientKey: string; intakeId: string; values: Values; prevention: PreventionState; clientId?: string }): Promise<IntakeRecord> {
      const row = await db.transaction('rw', db.intakes, async () => {
        const cur = await mine(input.patientKey, input.intakeId);
        if (cur.status !== 'open') throw new ServiceError('errIntakeClosed');
        const next: IntakeRecord = { ...cur, values: input.values, prevention: input.prevention, updatedAt: Math.max(now(), cur.updatedAt + 1) };
        await db.intakes.put(next);
        return next;
      });
      notify?.(input.patientKey, input.clientId);
      return row;
    },

    async finish(input: { patientKey: string; intakeId: string; missingCount: number; clientId?: string }): Promise<IntakeRecord> {
      const row = await db.transaction('rw', db.intakes, async () => {
        const cur = await mine(input.patientKey, input.intakeId);
        if (cur.status !== 'open') return cur; // a retried finish changes nothing
        const t = now();
        const next: IntakeRecord = { ...cur, status: 'finished', finishedAt: t, updatedAt: t, missingCount: input.missingCount };
        await db.intakes.put(next);
        return next;
      });
      notify?.(input.patientKey, input.clientId);
      return row;
    },

    async discard(input: { patientKey: string; intakeId: string; clientId?: string }): Promise<boolean> {
      const done = await db.transaction('rw', db.intakes, async () => {
        const cur = await mine(input.patientKey, input.intakeId);
        if (cur.status !== 'open') throw new ServiceError('errIntakeClosed');
        await db.intakes.delete(cur.id);
        return true;
      });
      notify?.(input.patientKey, input.clientId);
      return done;
    },

    async handedOff(input: { patientKey: string; intakeId: string }): Promise<IntakeRecord> {
      return db.transaction('rw', db.intakes, async () => {
        const cur = await mine(input.patientKey, input.intakeId);
        const next = { ...cur, handedOffAt: now() };
        await db.intakes.put(next);
        return next;
      });
    },

    async stats(input: { today: string; days: number }): Promise<IntakeStats> {
      const days: string[] = [];
      const [y, m, d] = input.today.split('-').map(Number) as [number, number, number];
      for (let i = input.days - 1; i >= 0; i--) days.push(new Date(Date.UTC(y, m - 1, d - i)).toISOString().slice(0, 10));
      const inRange = (await db.intakes.toArray()).flatMap((r) => {
        const p = IntakeRecordSchema.safeParse(r);
        return p.success && p.data.date >= days[0]! && p.data.date <= input.today ? [p.data] : [];
      });
      const perDay = days.map((date) => ({ date, count: inRange.filter((r) => r.date === date).length }));
      const durations = inRange.flatMap((r) => (r.finishedAt !== undefined ? [r.finishedAt - r.startedAt] : [])).sort((a, b) => a - b);
      const mid = durations.length >> 1;
      const medianMs = durations.length === 0 ? null : durations.length % 2 ? durations[mid]! : (durations[mid - 1]! + durations[mid]!) / 2;
      const complete = inRange.filter((r) => r.status === 'finished' && r.missingCount === 0).length;
      return { perDay, medianMs, completedShare: inRange.length ? complete / inRange.length : null, total: inRange.length };
    },
  };
}
export type IntakeService = ReturnType<typeof createIntakeService>;
