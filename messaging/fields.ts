import * as z from 'zod/mini';

// Field schemas shared by every feature's messages.
export const patientKey = z.string().check(z.minLength(1), z.maxLength(400));
/** Id of the overlay/panel instance that writes, echoed in change notices. */
export const clientId = z.optional(z.string().check(z.maxLength(64)));
