// Words of roles: the captions under which record pages show a person other than the patient.
// Read by the generic reader (`generic/roles.ts`) to tell those persons from the patient. Written
// naturally; folded (accents, case, punctuation) on use.
import type { Words } from './identity-words';

/**
 * Captions under which a record page shows someone other than the patient: a relative, the
 * trusted person, the doctor, the insured parent, the person who last edited the record. A caption
 * naming only one of `ROLE_ALONE` is a role when it is that word alone (« Contact » heads a
 * contact person's block; « Coordonnées / Contact » the patient's own phone).
 */
export const ROLES: Words = {
  fr: [
    'Père', 'Mère', 'Représentant légal', 'Représentants légaux', 'Tuteur', 'Tutrice', 'Curateur', 'Curatrice',
    'Personne à prévenir', 'Personnes à prévenir', 'Personne de confiance', "Contact d'urgence", "Contacts d'urgence",
    "En cas d'urgence", 'Proche', 'Proches', 'Entourage', 'Conjoint', 'Conjointe', 'Parenté', 'Lien de parenté',
    'Assuré', 'Assurée', 'Ouvrant droit', 'Employeur', 'Médecin traitant', 'Médecin', 'Praticien', 'Praticienne',
    'Correspondant', 'Correspondants', 'Liens familiaux', 'Adressé par', 'Prescripteur', 'Créé par', 'Modifié par', 'Saisi par', 'Auteur',
  ],
  en: [
    'Mother', 'Father', 'Guardian', 'Next of kin', 'Emergency contact', 'Emergency contacts', 'Guarantor', 'Spouse',
    'Partner', 'Relative', 'Relatives', 'Related person', 'Related persons', 'Relationship', 'Relationships',
    'Employer', 'Practitioner', 'General practitioner', 'Primary care provider', 'Physician', 'Provider',
    'Referring physician', 'Insured', 'Subscriber', 'Policy holder', 'Caregiver', 'Created by', 'Modified by',
    'Owner', 'Author',
  ],
};
/** Role words that are a role only as a whole caption. */
export const ROLE_ALONE: Words = { fr: ['Contact', 'Contacts', 'Parent', 'Parents', 'Relations', 'Enfant', 'Enfants'], en: ['Contact', 'Contacts', 'Parent', 'Parents', 'Relations', 'Children'] };
