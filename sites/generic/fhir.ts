import type { Fact } from './fields';
import type { Field } from './labels';

type Add = (f: Field, raw: string, el: Element, via: Fact['via']) => void;

/**
 * A FHIR Patient resource shown as JSON (a FHIR server's test page, a SMART app's view of its
 * launch context): a person reads its name, birth date and gender there. Only the resource's own
 * top-level fields count; a contact's or a link's, nested inside, are another person's, and a
 * Bundle (a search's results) or any other resource is not one patient.
 */
export function fhirPatient(el: Element, add: Add): void {
  const t = el.textContent ?? '';
  if (!t.includes('"Patient"')) return;
  let r: { resourceType?: unknown; name?: { use?: string; family?: unknown; given?: unknown }[]; birthDate?: unknown; gender?: unknown };
  try {
    r = JSON.parse(t);
  } catch {
    return;
  }
  if (r?.resourceType !== 'Patient') return;
  const n = Array.isArray(r.name) ? (r.name.find((x) => x?.use === 'official') ?? r.name[0]) : undefined;
  const text = (v: unknown) => (typeof v === 'string' ? v : '');
  if (n && text(n.family) && Array.isArray(n.given)) {
    add('name', text(n.family), el, 'attr');
    add('firstNames', n.given.map(text).join(' '), el, 'attr');
  }
  add('birthDate', text(r.birthDate), el, 'attr');
  add('sex', text(r.gender), el, 'attr');
}
