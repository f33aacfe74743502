import { fold } from '../../clinical/identity/text';
import { CREATING, OTHER_RECORD_PATH } from './labels';

// Pages that show a person's identity but no patient's record: a professional's, an employee's,
// a user's or a relative's own page (the URL names that kind of record: Beda's
// /practitioners/<id>, Medplum's /RelatedPerson/<id>), and a dialog creating a person (SORMAS's
// « Create new case » window, whose date boxes may still hold the last person's date).

/** Whether a document's URL is the record of someone who is not a patient. */
export function otherRecord(url: string): boolean {
  try {
    const u = new URL(url);
    return OTHER_RECORD_PATH.test(u.pathname + u.hash.split('?')[0]);
  } catch {
    return false;
  }
}

/** Whether an element is inside a dialog whose caption creates a person. */
export function inCreation(el: Element): boolean {
  const d = el.closest('[role=dialog],dialog');
  if (!d) return false;
  const caption = d.getAttribute('aria-label') ?? d.querySelector('h1,h2,h3,h4,legend,[class*=header],[class*=title]')?.textContent ?? '';
  return CREATING.test(fold(caption).trim());
}
