// Messages of the administrative validators, keyed by a stable code; the texts are in the locale
// catalogues (admErr_…), French and English.
import { msg, type Msg } from '../message';

export const ADMIN_MESSAGES = {
  'required': msg('admErr_required'),
  'postalCode.format': msg('admErr_postalCode_format'),
  'postalCode.corsica': msg('admErr_postalCode_corsica'),
  'postalCode.department': msg('admErr_postalCode_department'),
  'phone.format': msg('admErr_phone_format'),
  'email.format': msg('admErr_email_format'),
  'date.format': msg('admErr_date_format'),
  'date.calendar': msg('admErr_date_calendar'),
  'date.future': msg('admErr_date_future'),
  // The precise NIR message comes from clinical/identity (see nir-check.ts); this is the fallback.
  'nir.invalid': msg('admErr_nir_invalid'),
  'coverage.c2sAndAme': msg('admErr_coverage_c2sAndAme'),
  'ald.listWithoutAld': msg('admErr_ald_listWithoutAld'),
  'vitale.holderForSelf': msg('admErr_vitale_holderForSelf'),
} as const satisfies Record<string, Msg>;

export type AdminErrorCode = keyof typeof ADMIN_MESSAGES;
