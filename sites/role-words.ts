// Words of roles: the captions under which record pages show a person other than the patient (a
// relative, the trusted person, a guardian, the doctor, the person who last edited the record).
// Read by the generic reader (`generic/roles.ts`) on captions folded as names are (lower case, no
// accents, one space between words, a space at each end).

/** A caption holding one of these is a role (« Personne à prévenir », "Next of kin", « Mère : »). */
export const ROLES =
  / (pere|mere|representants? lega(l|ux)|tuteur|personne (a prevenir|de confiance)|contact d urgence|proches|entourage|conjoint|liens familiaux|medecin traitant|correspondants?|employeur|(cree|modifie) par|mother|father|guardian|next of kin|emergency contact|guarantor|responsible party|spouse|related persons?|relationships?|relatives|employer|practitioner|(created|modified) by) /;
/** A role only as the whole caption (« Contact » heads a contact person; « Coordonnées / Contact » the patient's phone). */
export const ROLE_ALONE = /^ (contacts?|parents|relations|liens) $/;
/** Kin and care roles written after a name in parentheses on English pages (« Robert Johnson (Dad) »): never a nickname. */
export const KIN = / (mom|mum|mommy|dad|daddy|son|daughter|wife|husband|sister|brother|sibling|(grand|step|god)(mother|father|ma|pa|mom|mum|dad|son|daughter|child|parent)|half (brother|sister)|(mother|father|son|daughter|brother|sister) in law|cousin|niece|nephew|fiancee?|aunt|uncle|partner|child|parent|caregiver|carer|self|patient|proxy|friend|neighbou?r) /;
