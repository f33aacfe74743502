// The stored default templates, one JSON file each (data, not code). A new version of a default
// is a change of its file and its "version"; practice copies are not touched. Their names and item
// labels are French on purpose, in both languages: they are the practice's own checklist content,
// copied and edited by the practice as JSON and written as they are into the record's hand-off
// block; only the UI around them (headings, buttons, units, messages) is translated.
import medecineGenerale from './data/medecine-generale-adulte.json';
import pediatrie from './data/pediatrie.json';
import cardiologie from './data/cardiologie.json';
import ophtalmologie from './data/ophtalmologie.json';
import { TemplateSchema, type Template } from './schema';

/** Parsed at load: a broken default file fails loudly in tests, never silently in use. */
export const DEFAULT_TEMPLATES: readonly Template[] = [medecineGenerale, pediatrie, cardiologie, ophtalmologie].map((t) => TemplateSchema.parse(t));

/** The default a patient's intake starts with: paediatrics under 18, general medicine otherwise. */
export function defaultTemplateId(ageYears: number): string {
  return ageYears < 18 ? 'pediatrie' : 'medecine-generale-adulte';
}
