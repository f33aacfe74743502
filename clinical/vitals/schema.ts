// Zod schema of one vitals entry as the form submits it (numbers already parsed with
// parseDecimalFr). Parsing also runs the plausibility checks, so a parsed entry is plausible
// and each issue carries a message descriptor (read it with issueText) and the path of its field.
import * as z from 'zod/mini';
import { msg, zodMessage, type Msg } from '../message';
import { GLYCEMIA_UNITS } from './glycemia-units';
import { MEASURES, type MeasureKey } from './measures';
import { checkBloodPressure, checkGlycemia, checkMeasure } from './plausibility';

const numberFor = (key: MeasureKey) =>
  z.number({ error: zodMessage(msg('vtErrNumberExpected', MEASURES[key].label)) });

export const BloodPressureReadingSchema = z.object({
  systolic: numberFor('systolic'),
  diastolic: numberFor('diastolic'),
});

export const GlycemiaSchema = z.object({
  value: numberFor('glycemiaGL'),
  unit: z.enum(GLYCEMIA_UNITS, { error: zodMessage(msg('vtErrGlyUnit')) }),
  /** true: à jeun; false: non à jeun; absent: not said. */
  fasting: z.optional(z.boolean()),
});

const SINGLE_MEASURES = ['heartRate', 'spo2', 'temperature', 'weightKg', 'heightCm', 'waistCm', 'pain'] as const;

export const VitalsEntrySchema = z
  .object({
    /** One or more office readings; flags use their mean. */
    bloodPressure: z.optional(z.array(BloodPressureReadingSchema)),
    heartRate: z.optional(numberFor('heartRate')),
    spo2: z.optional(numberFor('spo2')),
    temperature: z.optional(numberFor('temperature')),
    weightKg: z.optional(numberFor('weightKg')),
    heightCm: z.optional(numberFor('heightCm')),
    waistCm: z.optional(numberFor('waistCm')),
    glycemia: z.optional(GlycemiaSchema),
    pain: z.optional(numberFor('pain')),
  })
  .check(
    z.superRefine((entry, ctx) => {
      for (const issue of vitalsEntryErrors(entry)) {
        ctx.addIssue({ code: 'custom', path: issue.path, message: zodMessage(issue.message), input: entry });
      }
    }),
  );

export type VitalsEntry = z.infer<typeof VitalsEntrySchema>;
export type BloodPressureReadingInput = z.infer<typeof BloodPressureReadingSchema>;
export type GlycemiaInput = z.infer<typeof GlycemiaSchema>;

export interface FieldError {
  readonly path: (string | number)[];
  readonly message: Msg;
}

/** Plausibility errors of an entry whose shape is already right. Empty = plausible. */
export function vitalsEntryErrors(entry: VitalsEntry): FieldError[] {
  const errors: FieldError[] = [];
  (entry.bloodPressure ?? []).forEach((reading, index) => {
    if (typeof reading.systolic !== 'number' || typeof reading.diastolic !== 'number') return;
    for (const message of checkBloodPressure(reading.systolic, reading.diastolic)) {
      errors.push({ path: ['bloodPressure', index], message });
    }
  });
  for (const key of SINGLE_MEASURES) {
    const value = entry[key];
    if (typeof value !== 'number') continue;
    const result = checkMeasure(key, value);
    if (!result.ok) errors.push({ path: [key], message: result.message });
  }
  const glycemia = entry.glycemia;
  if (glycemia && typeof glycemia.value === 'number' && (glycemia.unit === 'g/L' || glycemia.unit === 'mmol/L')) {
    const result = checkGlycemia(glycemia.value, glycemia.unit);
    if (!result.ok) errors.push({ path: ['glycemia', 'value'], message: result.message });
  }
  return errors;
}
