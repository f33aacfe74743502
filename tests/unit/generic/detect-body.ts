import { detectPatient } from '../../../sites/generic';
import type { Detection } from '../../../clinical/identity/patient-context';
import { parsePage } from './load-page';

/** The generic reader on a page made of `body` (and `head`), in `lang` ('' for none). */
export const detect = (body: string, lang = 'fr', head = ''): Detection =>
  detectPatient(parsePage(`<!doctype html><html${lang ? ` lang="${lang}"` : ''}><head>${head}</head><body>${body}</body></html>`), 'https://x.example');

/** A reading in one line: « NOM Prénoms AAAA-MM-JJ sexe », or the kind of refusal. */
export const who = (d: Detection): string =>
  (d.kind === 'patient' ? `${d.patient.birthName} ${d.patient.firstNames} ${d.patient.birthDate} ${d.patient.sex ?? '-'}` : d.kind);
