import * as z from 'zod/mini';
import { validateEmail } from './email';
import { ADMIN_MESSAGES } from './messages';
import { checkNir } from './nir-check';
import { validatePastDate } from './past-date';
import { validatePhone } from './phone';
import { validatePostalCode } from './postal-code';
import { sourced } from './sourced';
import type { ValidationResult } from './validation-result';
import { zodMessage } from '../message';

// Issue messages are descriptors (clinical/message.ts): read them with issueText.

/** A NIR check to inject (e.g. clinical/identity/nir.ts); a bare boolean is accepted too. */
export type NirValidator = (input: string) => ValidationResult | boolean;

export interface AdminProfileSchemaOptions {
  /** ISO `AAAA-MM-JJ`: dates after it are refused. */
  today: string;
  validateNir?: NirValidator;
}

const text = z.string().check(z.trim(), z.minLength(1, zodMessage(ADMIN_MESSAGES.required)), z.maxLength(200));

/** A string field checked and normalised by one of the validators above. */
function validated(validate: (input: string) => ValidationResult | boolean) {
  return z.string().check(
    z.superRefine((input, ctx) => {
      const result = validate(input);
      if (result === true || (typeof result === 'object' && result.ok)) return;
      const message = typeof result === 'object' && !result.ok ? result.message : ADMIN_MESSAGES['nir.invalid'];
      ctx.issues.push({ code: 'custom', message: zodMessage(message), input });
    }),
    // Store the normalised form; an invalid input has already failed above.
    z.overwrite((input) => {
      const result = validate(input);
      return typeof result === 'object' && result.ok ? result.value : input;
    }),
  );
}

function contactSchema(phone: z.ZodMiniType<string>) {
  return z.object({
    lastName: z.optional(sourced(text)),
    firstName: z.optional(sourced(text)),
    /** e.g. « conjoint », « fille », « voisin ». */
    relation: z.optional(sourced(text)),
    phone: z.optional(sourced(phone)),
  });
}

/**
 * The administrative profile of one patient, as kept by Préconsult for pre-filling forms.
 * Every leaf is `{ value, source, capturedAt }`; every part is optional because a profile
 * is built up over visits. Values are stored normalised (phone `06 12 34 56 78`, NIR
 * compact upper-case, dates ISO).
 */
export function createAdminProfileSchema(options: AdminProfileSchemaOptions) {
  const nir = validated(options.validateNir ?? checkNir);
  const phone = validated(validatePhone);
  const pastDate = validated((input) => validatePastDate(input, options.today));
  const contact = contactSchema(phone);

  return z
    .object({
      version: z.literal(1),
      identity: z.object({
        civility: z.optional(sourced(z.enum(['M', 'Mme']))),
        birthName: z.optional(sourced(text)),
        usedName: z.optional(sourced(text)),
        /** All birth first names, space-separated as on the INS (« Marie Claire Anne »). */
        firstNames: z.optional(sourced(text)),
        birthDate: z.optional(sourced(pastDate)),
        birthPlace: z.optional(sourced(text)),
        birthCountry: z.optional(sourced(text)),
        /** INS sex: F, M or I (indéterminé). */
        sex: z.optional(sourced(z.enum(['F', 'M', 'I']))),
      }),
      nir: z.optional(sourced(nir)),
      insurance: z.object({
        /** e.g. « Régime général », « MSA ». */
        regime: z.optional(sourced(text)),
        /** Caisse name or code, e.g. « CPAM du Rhône » or « 691 ». */
        caisse: z.optional(sourced(text)),
        /** Is the patient the Vitale card holder (assuré) or on someone else's card? */
        vitaleRole: z.optional(sourced(z.enum(['assure', 'ayant-droit']))),
        /** The card holder, when the patient is an ayant droit. */
        holder: z.optional(
          z.object({
            birthName: z.optional(sourced(text)),
            firstNames: z.optional(sourced(text)),
            nir: z.optional(sourced(nir)),
          }),
        ),
        complementary: z.optional(
          z.object({
            name: z.optional(sourced(text)),
            memberNumber: z.optional(sourced(text)),
          }),
        ),
        c2s: z.optional(sourced(z.boolean())),
        ame: z.optional(sourced(z.boolean())),
      }),
      doctor: z.object({
        declared: z.optional(sourced(z.boolean())),
        name: z.optional(sourced(text)),
      }),
      ald: z.object({
        active: z.optional(sourced(z.boolean())),
        conditions: z.optional(sourced(z.array(text))),
      }),
      address: z.object({
        lines: z.optional(sourced(z.array(text).check(z.minLength(1), z.maxLength(4)))),
        postalCode: z.optional(sourced(validated(validatePostalCode))),
        city: z.optional(sourced(text)),
        country: z.optional(sourced(text)),
      }),
      phones: z.object({
        mobile: z.optional(sourced(phone)),
        home: z.optional(sourced(phone)),
        work: z.optional(sourced(phone)),
      }),
      email: z.optional(sourced(validated(validateEmail))),
      trustedPerson: z.optional(contact),
      emergencyContact: z.optional(contact),
      employer: z.optional(sourced(text)),
    })
    .check(
      z.superRefine((profile, ctx) => {
        const { insurance, ald } = profile;
        if (insurance.c2s?.value && insurance.ame?.value) {
          ctx.issues.push({ code: 'custom', message: zodMessage(ADMIN_MESSAGES['coverage.c2sAndAme']), input: profile, path: ['insurance', 'ame'] });
        }
        if (ald.active?.value === false && (ald.conditions?.value.length ?? 0) > 0) {
          ctx.issues.push({ code: 'custom', message: zodMessage(ADMIN_MESSAGES['ald.listWithoutAld']), input: profile, path: ['ald', 'conditions'] });
        }
        if (insurance.vitaleRole?.value === 'assure' && insurance.holder) {
          ctx.issues.push({ code: 'custom', message: zodMessage(ADMIN_MESSAGES['vitale.holderForSelf']), input: profile, path: ['insurance', 'holder'] });
        }
      }),
    );
}

export type AdminProfileSchema = ReturnType<typeof createAdminProfileSchema>;
export type AdminProfile = z.infer<AdminProfileSchema>;

/** An empty profile to start from. */
export function emptyAdminProfile(): AdminProfile {
  return { version: 1, identity: {}, insurance: {}, doctor: {}, ald: {}, address: {}, phones: {} };
}
