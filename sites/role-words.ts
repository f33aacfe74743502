// Words of roles: the captions under which record pages show a person other than the patient (a
// relative, the trusted person, the doctor, the person who last edited the record). Read by the
// generic reader (`generic/roles.ts`); folded (accents, case, punctuation) on use.
import type { Words } from './identity-words';

/** A caption holding one of these words is a role. */
export const ROLES: Words = {
  fr: [
    'Père', 'Mère', 'Représentant légal', 'Représentants légaux', 'Tuteur', 'Personne à prévenir', 'Personne de confiance',
    "Contact d'urgence", 'Proches', 'Entourage', 'Conjoint', 'Liens familiaux', 'Médecin traitant', 'Correspondant',
    'Correspondants', 'Employeur', 'Créé par', 'Modifié par',
  ],
  en: [
    'Mother', 'Father', 'Guardian', 'Next of kin', 'Emergency contact', 'Guarantor', 'Spouse', 'Related person',
    'Relationship', 'Relationships', 'Relatives', 'Employer', 'Practitioner', 'Created by', 'Modified by',
  ],
};
/** These are a role only as a whole caption (« Contact » heads a contact person; « Coordonnées / Contact » the patient's phone). */
export const ROLE_ALONE = ['Contact', 'Contacts', 'Parents', 'Relations', 'Liens'];
