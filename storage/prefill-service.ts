import * as z from 'zod/mini';
import type { PreconsultDb } from './db';
import { ServiceError } from './notes-service';
import { createAdminProfileSchema, type AdminProfile } from '../clinical/admin/profile-schema';
import { localIsoDate } from '../clinical/admin/past-date';
import { DOCUMENT_SETS } from '../clinical/admin/document-sets';
import { PROFILE_FIELD_KEYS } from '../clinical/admin/field-keys';
import { ReferralSchema, type DocumentSetState, type Referral } from '../messaging/prefill-protocol';
import { issueText, msg } from '../clinical/message';

// The administrative file of each patient, the mappings the user confirmed per form, the
// document sets being gathered and the referrals to book. Row shapes are Zod schemas: the
// v2 tables of db.ts are loosely typed on purpose, each feature owns its rows.

/** Profile row, one per patient; `schema` is the row format, `rev` counts saves. */
const ProfileRowSchema = z.object({
  patientKey: z.string(),
  schema: z.literal(1),
  rev: z.number(),
  profile: z.record(z.string(), z.unknown()),
  updatedAt: z.number(),
});
const FormMappingRowSchema = z.object({
  signature: z.string(),
  schema: z.literal(1),
  fields: z.record(z.string(), z.nullable(z.enum(PROFILE_FIELD_KEYS))),
  updatedAt: z.number(),
});
const DocumentSetRowSchema = z.object({
  patientKey: z.string(),
  setId: z.string(),
  schema: z.literal(1),
  ticked: z.array(z.string()),
  updatedAt: z.number(),
});
const ReferralRowSchema = z.extend(ReferralSchema, { schema: z.literal(1) });

export interface PrefillServiceDeps {
  db: PreconsultDb;
  now?: () => number;
  /** Tells the other open panels that this patient's administrative file changed. */
  notify?: (patientKey: string, by: string | undefined) => void;
}


export function createPrefillService({ db, now = Date.now, notify }: PrefillServiceDeps) {
  const requirePatient = async (patientKey: string) => {
    if (!(await db.patients.get(patientKey))) throw new ServiceError('errUnknownPatient');
  };

  return {
    async getProfile(patientKey: string) {
      const raw = await db.profiles.get(patientKey);
      const row = raw ? ProfileRowSchema.safeParse(raw) : null;
      if (!row?.success) return { profile: null, rev: 0 };
      // Stored rows were validated on save; parse again so a changed rule shows up, not crashes.
      const parsed = createAdminProfileSchema({ today: localIsoDate(new Date(now())) }).safeParse(row.data.profile);
      return { profile: parsed.success ? parsed.data : (row.data.profile as unknown as AdminProfile), rev: row.data.rev, updatedAt: row.data.updatedAt };
    },

    async saveProfile(patientKey: string, input: Record<string, unknown>, baseRev: number, clientId?: string) {
      const t = now();
      const parsed = createAdminProfileSchema({ today: localIsoDate(new Date(t)) }).safeParse(input);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new ServiceError('errProfileInvalid', [issue ? msg('fieldIssue', issue.path.join('.'), issueText(issue)) : '']);
      }
      const profile = parsed.data;
      const rev = await db.transaction('rw', db.patients, db.profiles, db.audit, async () => {
        await requirePatient(patientKey);
        const prior = ProfileRowSchema.safeParse(await db.profiles.get(patientKey));
        const current = prior.success ? prior.data.rev : 0;
        // Another editor saved since this one loaded: write nothing, let it merge.
        if (current !== baseRev) return { stale: current };
        await db.profiles.put({ patientKey, schema: 1, rev: current + 1, profile: profile as unknown as Record<string, unknown>, updatedAt: t });
        await db.audit.add({ at: t, action: 'profile.update', patientKey });
        return { saved: current + 1 };
      });
      if ('stale' in rev) {
        const stored = await this.getProfile(patientKey);
        return { status: 'stale' as const, rev: stored.rev, profile: stored.profile };
      }
      notify?.(patientKey, clientId);
      return { status: 'saved' as const, rev: rev.saved, updatedAt: t, profile };
    },

    async getMapping(signature: string) {
      const row = FormMappingRowSchema.safeParse(await db.formMappings.get(signature));
      return { fields: row.success ? row.data.fields : null };
    },

    async recordFill(input: { patientKey: string; signature: string; origin: string; fields: z.infer<typeof FormMappingRowSchema>['fields']; filled: number }) {
      const t = now();
      await db.transaction('rw', db.formMappings, db.audit, async () => {
        await db.formMappings.put({ signature: input.signature, schema: 1, fields: input.fields, updatedAt: t });
        if (input.filled > 0) await db.audit.add({ at: t, action: 'form.fill', patientKey: input.patientKey, origin: input.origin });
      });
      return { saved: true as const };
    },

    async listDocumentSets(patientKey: string): Promise<DocumentSetState[]> {
      const rows = await db.documentSets.where('patientKey').equals(patientKey).toArray();
      return rows.flatMap((raw) => {
        const row = DocumentSetRowSchema.safeParse(raw);
        return row.success ? [{ setId: row.data.setId, ticked: row.data.ticked, updatedAt: row.data.updatedAt }] : [];
      });
    },

    async tickPiece(input: { patientKey: string; setId: string; pieceId: string; done: boolean }): Promise<DocumentSetState> {
      const set = DOCUMENT_SETS.find((s) => s.id === input.setId);
      if (!set?.pieces.some((p) => p.id === input.pieceId)) throw new ServiceError('errUnknownPiece');
      const t = now();
      return db.transaction('rw', db.patients, db.documentSets, async () => {
        await requirePatient(input.patientKey);
        const prior = DocumentSetRowSchema.safeParse(await db.documentSets.get([input.patientKey, input.setId]));
        const ticked = new Set(prior.success ? prior.data.ticked : []);
        if (input.done) ticked.add(input.pieceId);
        else ticked.delete(input.pieceId);
        // Keep the set's own order, so the list reads the same everywhere.
        const ordered = set.pieces.map((p) => p.id).filter((id) => ticked.has(id));
        await db.documentSets.put({ patientKey: input.patientKey, setId: input.setId, schema: 1, ticked: ordered, updatedAt: t });
        return { setId: input.setId, ticked: ordered, updatedAt: t };
      });
    },

    async listReferrals(patientKey: string): Promise<Referral[]> {
      const rows = await db.referrals.where('patientKey').equals(patientKey).toArray();
      return rows
        .flatMap((raw) => {
          const row = ReferralRowSchema.safeParse(raw);
          if (!row.success) return [];
          const { schema: _schema, ...referral } = row.data;
          return [referral];
        })
        .sort((a, b) => a.createdAt - b.createdAt);
    },

    async saveReferral(patientKey: string, input: Omit<Referral, 'patientKey' | 'createdAt' | 'updatedAt'>): Promise<Referral> {
      const t = now();
      return db.transaction('rw', db.patients, db.referrals, async () => {
        await requirePatient(patientKey);
        const prior = ReferralRowSchema.safeParse(await db.referrals.get(input.id));
        if (prior.success && prior.data.patientKey !== patientKey) throw new ServiceError('errReferralOtherPatient');
        const referral: Referral = {
          id: input.id, patientKey, to: input.to, reason: input.reason, status: input.status,
          // A date only means something once the appointment is booked.
          date: input.status === 'todo' ? undefined : input.date,
          createdAt: prior.success ? prior.data.createdAt : t, updatedAt: t,
        };
        await db.referrals.put({ ...referral, schema: 1 });
        return referral;
      });
    },

    async deleteReferral(patientKey: string, id: string): Promise<boolean> {
      return db.transaction('rw', db.referrals, async () => {
        const prior = ReferralRowSchema.safeParse(await db.referrals.get(id));
        if (!prior.success) return false;
        if (prior.data.patientKey !== patientKey) throw new ServiceError('errReferralOtherPatient');
        await db.referrals.delete(id);
        return true;
      });
    },
  };
}
export type PrefillService = ReturnType<typeof createPrefillService>;
