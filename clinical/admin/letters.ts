import { frenchDate as frDate } from './past-date';
import type { AdminProfile } from './profile-schema';

// Texts drafted from the administrative profile, in French, for the assistant to edit before use:
// the referral letter the doctor signs (courrier d'adressage) and an administrative summary.
// Only what the profile holds is written; nothing is invented. A draft is made whatever the file
// holds: what the letter needs and the file lacks is written « à compléter », for the user to fill.
// French whatever the browser's language, on purpose: these are documents of the French practice
// for French recipients (a confrère, a caisse, a form), with French dates (JJ/MM/AAAA); the panel
// around them (choice of document, recipient, reason, copy) is translated.

export interface ReferralLetterInput {
  profile: AdminProfile;
  /** ISO date of the letter. */
  date: string;
  /** « Dr Martin, cardiologue » or « Service de diabétologie, CH de Lannion ». */
  recipient: string;
  reason: string;
  /** The assistant's latest note for this patient, when the user chose to include it. */
  note?: string;
  /** The latest pre-consultation, already in French words, when the user chose to include it. */
  intake?: LetterIntake;
}

/** What a letter says of a pre-consultation: its date, the points of attention, then « label : value » lines. */
export interface LetterIntake {
  date: string;
  flags: string[];
  lines: string[];
}

/** « Mme Marie-Hélène GIRARD (née LE GALL-DUPUIS) », from what the profile holds. */
export function patientDesignation(p: AdminProfile): string {
  const id = p.identity;
  const civ = id.civility?.value === 'Mme' ? 'Mme' : id.civility?.value === 'M' ? 'M.' : '';
  const first = id.firstNames?.value.split(/\s+/)[0] ?? '';
  const used = id.usedName?.value;
  const birth = id.birthName?.value;
  const last = (used ?? birth ?? '').toUpperCase();
  const born = used && birth && used !== birth ? ` (${id.civility?.value === 'M' ? 'né' : 'née'} ${birth.toUpperCase()})` : '';
  return [civ, first, last].filter(Boolean).join(' ') + born;
}

/** The mark of a blank the user fills before sending: « à compléter ». */
export const TO_COMPLETE = '«\u00a0à compléter\u00a0»';

function bornLine(p: AdminProfile): string {
  const d = p.identity.birthDate?.value;
  const e = p.identity.civility?.value === 'M' || p.identity.sex?.value === 'M' ? '' : 'e';
  return `, né${e} le ${d ? frDate(d) : TO_COMPLETE}`;
}

const designation = (p: AdminProfile) => patientDesignation(p) || `le patient ${TO_COMPLETE}`;

export function referralLetter({ profile, date, recipient, reason, note, intake }: ReferralLetterInput): string {
  const lines: string[] = [];
  lines.push(`Le ${frDate(date)}`, '');
  lines.push(`À l’attention de ${recipient.trim() || TO_COMPLETE}`, '');
  lines.push(`Objet : ${designation(profile)}${bornLine(profile)}`, '');
  lines.push('Cher confrère, chère consœur,', '');
  lines.push(`Je vous adresse ${designation(profile)}${bornLine(profile)}, pour ${reason.trim() || TO_COMPLETE}.`);
  const ald = profile.ald.conditions?.value;
  if (profile.ald.active?.value && ald?.length) lines.push(`Affection(s) de longue durée : ${ald.join(', ')}.`);
  if (intake && (intake.flags.length || intake.lines.length)) {
    lines.push('', `Pré-consultation du ${frDate(intake.date)} :`);
    if (intake.flags.length) lines.push('Points d’attention :', ...intake.flags.map((f) => `- ${f}`));
    if (intake.lines.length) lines.push(...(intake.flags.length ? ['Recueil :'] : []), ...intake.lines.map((l) => `- ${l}`));
  }
  if (note?.trim()) lines.push('', 'Éléments recueillis avant la consultation :', note.trim());
  lines.push('', 'Je vous remercie de me tenir informé(e) de votre avis.', '', 'Bien confraternellement,', '');
  const doctor = profile.doctor.name?.value;
  if (doctor) lines.push(doctor);
  const contact = contactLines(profile);
  lines.push('', 'Coordonnées du patient :', ...(contact.length ? contact : [TO_COMPLETE]));
  return lines.join('\n');
}

function contactLines(p: AdminProfile): string[] {
  const out: string[] = [];
  const address = [p.address.lines?.value.join(', '), [p.address.postalCode?.value, p.address.city?.value].filter(Boolean).join(' ')]
    .filter(Boolean).join(', ');
  if (address) out.push(address);
  const phones = [p.phones.mobile?.value, p.phones.home?.value, p.phones.work?.value].filter(Boolean);
  if (phones.length) out.push(`Tél. : ${phones.join(' / ')}`);
  if (p.email?.value) out.push(`Courriel : ${p.email.value}`);
  return out;
}

/**
 * The administrative file as plain text, one « label : value » line per known item; the items
 * every summary needs (patient, birth date, NIR, caisse, contact) are written « à compléter » when
 * the file lacks them, so a partial file still gives a draft.
 */
export function adminSummary(p: AdminProfile): string {
  const rows: [string, string | undefined][] = [
    ['Patient', patientDesignation(p) || undefined],
    ['Date de naissance', p.identity.birthDate ? frDate(p.identity.birthDate.value) : undefined],
    ['Lieu de naissance', p.identity.birthPlace?.value],
    ['NIR', p.nir?.value],
    ['Régime', p.insurance.regime?.value],
    ['Caisse', p.insurance.caisse?.value],
    ['Carte Vitale', p.insurance.vitaleRole ? (p.insurance.vitaleRole.value === 'assure' ? 'assuré(e)' : 'ayant droit') : undefined],
    ['Complémentaire', [p.insurance.complementary?.name?.value, p.insurance.complementary?.memberNumber ? `n° ${p.insurance.complementary.memberNumber.value}` : undefined].filter(Boolean).join(' — ') || undefined],
    ['C2S', p.insurance.c2s ? (p.insurance.c2s.value ? 'oui' : 'non') : undefined],
    ['AME', p.insurance.ame ? (p.insurance.ame.value ? 'oui' : 'non') : undefined],
    ['Médecin traitant', p.doctor.name?.value ?? (p.doctor.declared ? (p.doctor.declared.value ? 'déclaré' : 'non déclaré') : undefined)],
    ['ALD', p.ald.active ? (p.ald.active.value ? (p.ald.conditions?.value.join(', ') || 'oui') : 'non') : undefined],
    ['Coordonnées', contactLines(p).join(' ; ') || undefined],
    ['Personne de confiance', person(p.trustedPerson)],
    ['Contact d’urgence', person(p.emergencyContact)],
    ['Employeur', p.employer?.value],
  ];
  const needed = new Set(['Patient', 'Date de naissance', 'NIR', 'Caisse', 'Coordonnées']);
  return rows.flatMap(([label, value]) => (value ? [`${label} : ${value}`] : needed.has(label) ? [`${label} : ${TO_COMPLETE}`] : [])).join('\n');
}

function person(c: AdminProfile['trustedPerson']): string | undefined {
  if (!c) return undefined;
  const name = [c.firstName?.value, c.lastName?.value.toUpperCase()].filter(Boolean).join(' ');
  const text = [name, c.relation?.value ? `(${c.relation.value})` : '', c.phone?.value ? `tél. ${c.phone.value}` : ''].filter(Boolean).join(' ');
  return text || undefined;
}
