import { fold } from '../../clinical/identity/text';
import { CREATING, OTHER_RECORD_PATH } from './labels';

// Pages that show a person's identity but no patient's record: a professional's, an employee's,
// a user's or a relative's own page (the URL names that kind of record: Beda's
// /practitioners/<id>, Medplum's /RelatedPerson/<id>), and a dialog or form creating a person
// (SORMAS's « Create new case » window, whose date boxes may still hold the last person's date;
// BLIS's « Create Patient » form, its Male radio checked by default).

/** Whether a document's URL is the record of someone who is not a patient. */
export function otherRecord(url: string): boolean {
  try {
    const u = new URL(url);
    return OTHER_RECORD_PATH.test(u.pathname + u.hash.split('?')[0]);
  } catch {
    return false;
  }
}

/**
 * Whether an element is inside a dialog or a form's panel whose caption creates a person (its
 * aria-label, or the heading, legend or title-like box first in it): « Create Patient » above BLIS's
 * form shown again with what was typed before a failed save, SORMAS's « Create new case » window.
 */
export function inCreation(el: Element): boolean {
  const top = el.closest('[role=dialog],dialog') ?? el.closest('form')?.parentElement?.parentElement;
  for (let box: Element | null = el.parentElement; box; box = box.parentElement) {
    const head = box.querySelector(':scope > :is(h1,h2,h3,h4,legend,[class*=heading],[class*=header],[class*=title])');
    const caption = box.getAttribute('aria-label') ?? head?.textContent ?? '';
    if (caption.length <= 40 && CREATING.test(fold(caption))) return true; // a title, not a sentence
    if (box === top || !top) return false;
  }
  return false;
}
