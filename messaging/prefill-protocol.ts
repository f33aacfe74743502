import * as z from 'zod/mini';
import { PROFILE_FIELD_KEYS } from '../clinical/admin/field-keys';
import type { AdminProfile } from '../clinical/admin/profile-schema';
import { clientId, patientKey } from './fields';

// Administrative pre-fill: the profile, remembered form mappings, document sets, referrals.
// The profile travels as a plain object and is validated by the background against
// createAdminProfileSchema (clinical/admin), which also normalises it.

const id = z.string().check(z.minLength(1), z.maxLength(64));
const shortText = z.string().check(z.maxLength(200));
const mappingKey = z.nullable(z.enum(PROFILE_FIELD_KEYS));
const signature = z.string().check(z.minLength(1), z.maxLength(120));

export const ReferralStatusSchema = z.enum(['todo', 'booked', 'report']);
export const ReferralSchema = z.object({
  id,
  patientKey,
  /** Specialist or hospital department, e.g. « Cardiologue — Dr Martin ». */
  to: z.string().check(z.trim(), z.minLength(1), z.maxLength(200)),
  reason: shortText,
  status: ReferralStatusSchema,
  /** Appointment date (ISO) once booked. */
  date: z.optional(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/))),
  createdAt: z.number(),
  updatedAt: z.number(),
});
export type Referral = z.infer<typeof ReferralSchema>;

export const prefillRequests = [
  z.object({ type: z.literal('profile.get'), patientKey }),
  /**
   * Whole-profile save, based on revision `baseRev` (0: no profile yet). When the stored profile
   * has moved on (another tab saved), nothing is written and the stored one is returned to merge.
   */
  z.object({ type: z.literal('profile.save'), patientKey, profile: z.record(z.string(), z.unknown()), baseRev: z.number().check(z.int(), z.gte(0)), clientId }),
  z.object({ type: z.literal('formMapping.get'), signature }),
  /**
   * A fill the user made: the mapping confirmed for each field of this form is remembered (null:
   * leave the field alone) and the fill is written to the audit trail (counts, never values).
   */
  z.object({
    type: z.literal('form.filled'), patientKey, signature, origin: z.string().check(z.maxLength(200)),
    fields: z.record(z.string().check(z.maxLength(64)), mappingKey), filled: z.number().check(z.int(), z.gte(0)),
  }),
  z.object({ type: z.literal('documentSets.list'), patientKey }),
  z.object({ type: z.literal('documentSet.tick'), patientKey, setId: id, pieceId: id, done: z.boolean() }),
  z.object({ type: z.literal('referrals.list'), patientKey }),
  z.object({
    type: z.literal('referral.save'),
    patientKey,
    referral: z.object({ id, to: ReferralSchema.shape.to, reason: shortText, status: ReferralStatusSchema, date: ReferralSchema.shape.date }),
  }),
  z.object({ type: z.literal('referral.delete'), patientKey, id }),
] as const;

export interface StoredProfile {
  profile: AdminProfile | null;
  /** Revision, incremented at each save; 0 when there is no profile yet. */
  rev: number;
  updatedAt?: number;
}

export interface DocumentSetState {
  setId: string;
  ticked: string[];
  updatedAt: number;
}

export interface PrefillResponses {
  'profile.get': StoredProfile;
  'profile.save':
    | { status: 'saved'; rev: number; updatedAt: number; profile: AdminProfile }
    | { status: 'stale'; rev: number; profile: AdminProfile | null };
  'formMapping.get': { fields: Record<string, (typeof PROFILE_FIELD_KEYS)[number] | null> | null };
  'form.filled': { saved: true };
  'documentSets.list': { sets: DocumentSetState[] };
  'documentSet.tick': { set: DocumentSetState };
  'referrals.list': { referrals: Referral[] };
  'referral.save': { referral: Referral };
  'referral.delete': { deleted: boolean };
}
