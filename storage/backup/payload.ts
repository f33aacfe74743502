import * as z from 'zod/mini';
import { RoleSchema } from '../workstation-role';
import { upgradePatientKey } from '../patient-key';

// What a backup holds: every table of the database and the settings that describe this practice.
// One schema per table row, checked on its keys, identity and dates. Rows are kept whole (loose
// objects): a field added by a later version survives the round trip, and each feature validates
// its own fields again when it reads them. Feature rows may lack `updatedAt` (the merge then keeps
// the local row): refusing a whole backup for it would lose everything else.
const str = z.string().check(z.minLength(1));
const time = z.number().check(z.gte(0));

export const PatientRowSchema = z.looseObject({
  key: str, origin: z.string(), adapter: z.string(), recordId: z.optional(z.string()),
  birthName: z.string(), usedName: z.optional(z.string()), firstNames: z.string(), birthDate: z.string(),
  sex: z.optional(z.enum(['F', 'M'])), nir: z.optional(z.string()), identityAck: z.optional(z.string()),
  firstSeen: time, lastSeen: time,
});
export const NoteRowSchema = z.looseObject({ id: str, patientKey: str, text: z.string(), createdAt: time, updatedAt: time });
export const AuditRowSchema = z.looseObject({
  seq: z.optional(z.number()), at: time, action: z.string().check(z.maxLength(64)), patientKey: z.string(),
  noteId: z.optional(z.string()), origin: z.optional(z.string()),
});
export const IntakeRowSchema = z.looseObject({ id: str, patientKey: str, status: z.enum(['open', 'finished']), startedAt: time, updatedAt: z.optional(time) });
export const TemplateRowSchema = z.looseObject({ id: str, updatedAt: z.optional(time) });
export const ProfileRowSchema = z.looseObject({ patientKey: str, rev: z.optional(z.number()), updatedAt: z.optional(time) });
export const FormMappingRowSchema = z.looseObject({ signature: str, updatedAt: z.optional(time) });
export const DocumentSetRowSchema = z.looseObject({ patientKey: str, setId: str, updatedAt: z.optional(time) });
export const ReferralRowSchema = z.looseObject({ id: str, patientKey: str, updatedAt: z.optional(time) });
export const SiteRuleRowSchema = z.looseObject({ id: str, origin: str });

export const PayloadSchema = z.object({
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
