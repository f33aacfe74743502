import * as z from 'zod/mini';
import { clientId, patientKey } from './fields';
import { ValuesSchema, PreventionStateSchema } from '../clinical/intake/values';
import type { IntakeRecord, TemplateRecord, IntakeStats } from '../clinical/intake/records';
import type { Text } from '../clinical/message';

// The intake checklist's messages: templates (defaults and practice copies), the intake of the
// visit (one open per patient), its autosaves, and the practice's figures.
const intakeId = z.string().check(z.minLength(8), z.maxLength(64));
const isoDay = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));

export const intakeRequests = [
  z.object({ type: z.literal('intake.templates') }),
  /** The template is validated by the background (checkTemplate); errors come back as message descriptors. */
  z.object({ type: z.literal('intake.template.save'), template: z.unknown() }),
  z.object({ type: z.literal('intake.template.delete'), id: z.string().check(z.maxLength(80)) }),
  z.object({ type: z.literal('intake.current'), patientKey }),
  /** Returns the patient's open intake if there is one: never two open at once. */
  z.object({ type: z.literal('intake.start'), patientKey, templateId: z.string().check(z.maxLength(80)), date: isoDay }),
  z.object({ type: z.literal('intake.save'), patientKey, intakeId, values: ValuesSchema, prevention: PreventionStateSchema, clientId }),
  z.object({ type: z.literal('intake.finish'), patientKey, intakeId, missingCount: z.number().check(z.int(), z.gte(0)), clientId }),
  z.object({ type: z.literal('intake.discard'), patientKey, intakeId, clientId }),
  z.object({ type: z.literal('intake.handedOff'), patientKey, intakeId }),
  z.object({ type: z.literal('intake.stats'), today: isoDay, days: z.number().check(z.int(), z.gte(1), z.lte(90)) }),
] as const;

export type TemplateSaveResult = { ok: true; template: TemplateRecord } | { ok: false; errors: Text[] };

export interface IntakeResponses {
  'intake.templates': { templates: TemplateRecord[] };
  'intake.template.save': TemplateSaveResult;
  'intake.template.delete': { deleted: boolean };
  'intake.current': { open: IntakeRecord | null; history: IntakeRecord[] };
  'intake.start': { intake: IntakeRecord };
  'intake.save': { intake: IntakeRecord };
  'intake.finish': { intake: IntakeRecord };
  'intake.discard': { discarded: boolean };
  'intake.handedOff': { intake: IntakeRecord };
  'intake.stats': IntakeStats;
}
