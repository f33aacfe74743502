import * as z from 'zod/mini';
import { RoleSchema } from '../../messaging/storage-keys';
import { upgradePatientKey } from '../../clinical/identity/patient-key';
import { AUDIT_ACTIONS } from '../db';
import { PatientContextSchema, isoDate } from '../../clinical/identity/patient-context';
import { SiteRuleSchema } from '../../sites/site-rule';

// What a backup holds: every table of the database and the settings that describe this practice.
// One schema per table row, checked on its keys, identity and dates. Rows are kept whole (loose
// objects): a field added by a later version survives the round trip, and each feature validates
// its own fields again when it reads them. Feature rows may lack `updatedAt` (the merge then keeps
// the local row): refusing a whole backup for it would lose everything else.
// Every row is held to the limits of the live writes (storage/notes-service.ts, the protocol's
// schemas): a backup is input like any other. No date may lie in the future (beyond a day of
// clock difference between workstations): it would win every later merge.
const DAY = 86_400_000;
const str = z.string().check(z.minLength(1), z.maxLength(400));
const id = z.string().check(z.minLength(1), z.maxLength(64));
const trait = z.string().check(z.minLength(1), z.maxLength(200));
const NOTE_MAX = 100_000;

/** The payload's schema, with `now` as the latest acceptable date (minus a day of clock difference). */
export function payloadSchema(now: number) {
  const time = z.number().check(z.gte(0), z.lte(now + DAY));
  const PatientRowSchema = z.looseObject({
    key: str, origin: str, adapter: trait, recordId: z.optional(trait),
    birthName: trait, usedName: z.optional(trait), firstNames: trait, birthDate: isoDate,
    sex: z.optional(z.enum(['F', 'M'])), nir: z.optional(PatientContextSchema.shape.nir), identityAck: z.optional(z.string().check(z.maxLength(4000))),
    firstSeen: time, lastSeen: time,
  });
  const NoteRowSchema = z.looseObject({ id, patientKey: str, text: z.string().check(z.maxLength(NOTE_MAX)), createdAt: time, updatedAt: time });
  const AuditRowSchema = z.looseObject({
    seq: z.optional(z.number()), at: time, action: z.enum(AUDIT_ACTIONS), patientKey: z.string().check(z.maxLength(400)),
    noteId: z.optional(id), origin: z.optional(str),
  });
  const IntakeRowSchema = z.looseObject({ id, patientKey: str, status: z.enum(['open', 'finished']), startedAt: time, updatedAt: z.optional(time) });
  const TemplateRowSchema = z.looseObject({ id, updatedAt: z.optional(time) });
  const ProfileRowSchema = z.looseObject({ patientKey: str, rev: z.optional(z.number()), updatedAt: z.optional(time) });
  const FormMappingRowSchema = z.looseObject({ signature: str, updatedAt: z.optional(time) });
  const DocumentSetRowSchema = z.looseObject({ patientKey: str, setId: id, updatedAt: z.optional(time) });
  const ReferralRowSchema = z.looseObject({ id, patientKey: str, updatedAt: z.optional(time) });
  // Taught rules are checked whole, selectors included, as an import of rules is (sites/site-rule.ts).
  const SiteRuleRowSchema = z.looseObject({ ...SiteRuleSchema.shape, origin: str, createdAt: time });

  return z.object({
    kind: z.literal('preconsult-data'),
    // 2: patient keys may hold traits in clear (upgraded on import); 3: digests (storage/db.ts v3).
    schemaVersion: z.union([z.literal(2), z.literal(3)]),
    exportedAt: time,
    tables: z.object({
      patients: z.array(PatientRowSchema),
      notes: z.array(NoteRowSchema),
      audit: z.array(AuditRowSchema),
      intakes: z.array(IntakeRowSchema),
      templates: z.array(TemplateRowSchema),
      profiles: z.array(ProfileRowSchema),
      formMappings: z.array(FormMappingRowSchema),
      documentSets: z.array(DocumentSetRowSchema),
      referrals: z.array(ReferralRowSchema),
      siteRules: z.array(SiteRuleRowSchema),
    }),
    settings: z.object({
      role: z.optional(RoleSchema),
    }),
  });
}
export const PayloadSchema = payloadSchema(Number.MAX_SAFE_INTEGER);
export type Payload = z.infer<typeof PayloadSchema>;
export type TableName = keyof Payload['tables'];
export const TABLES: TableName[] = ['patients', 'notes', 'audit', 'intakes', 'templates', 'profiles', 'formMappings', 'documentSets', 'referrals', 'siteRules'];

/** Where the first problem is, for the refusal message: "tables.notes.3.updatedAt : …". */
export function firstIssue(e: { issues: { path: PropertyKey[]; message: string }[] }): string {
  const i = e.issues[0];
  return i ? `${i.path.map(String).join('.')} : ${i.message}` : '';
}

/** The patient keys of an imported file, as this version writes them (see upgradePatientKey). */
export function upgradeKeys(p: Payload): Payload {
  const up = <T extends { patientKey: string }>(rows: T[]) => rows.map((r) => ({ ...r, patientKey: upgradePatientKey(r.patientKey) }));
  const t = p.tables;
  return {
    ...p,
    tables: {
      ...t,
      patients: t.patients.map((r) => ({ ...r, key: upgradePatientKey(r.key) })),
      notes: up(t.notes), audit: up(t.audit), intakes: up(t.intakes), profiles: up(t.profiles),
      documentSets: up(t.documentSets), referrals: up(t.referrals),
    },
  };
}
