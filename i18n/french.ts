import fr from '../public/_locales/fr/messages.json';
import { catalogue, render, type Text } from '../clinical/message';

// French whatever the browser's language, for what Préconsult writes into the practice's French
// record (the hand-off block, read back by parseBlock on any workstation) and for the identity
// acknowledgements stored with a patient (compared as text, so they must not depend on the
// language of the workstation that stored them).
const FRENCH = catalogue(fr, 'fr');

export function inFrench(text: Text): string {
  return render(text, FRENCH);
}
