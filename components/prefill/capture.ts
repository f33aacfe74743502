import { PROFILE_FIELDS, profileField, type ProfileField } from '../../clinical/admin/profile-fields';
import type { ProfileFieldKey } from '../../clinical/admin/field-keys';
import { classifyField } from '../../sites/forms/classify-field';
import type { FieldDescriptor } from '../../sites/forms/field-descriptor';
import type { Msg } from '../../clinical/message';
import { nameKey } from '../../clinical/identity/text';

// Turning the label/value pairs read on a record page into proposed profile values. The labels
// are classified with the form classifier's own dictionaries (a label shown next to a value says
// the same thing as a label next to an input), so the words live in one place.

export interface LabelValuePair {
  label: string;
  value: string;
}

export interface Candidate {
  fieldId: string;
  /** The value as it will be stored (already normalised), or undefined when invalid. */
  value: unknown;
  /** What the page showed, for the user to compare. */
  shown: string;
  label: string;
  confidence: number;
  /** Why the page's value does not pass the field's check. */
  error?: Msg;
}

const BLANK: FieldDescriptor = {
  kind: 'text', type: 'text', name: '', id: '', autocomplete: '', labels: [], ariaLabel: '', placeholder: '', title: '',
  nearby: '', group: '', wrapper: '', section: '', columnHeader: '', options: [], maxLength: null, frameDepth: 0,
};

/** The profile key a page label names, with the classifier's confidence. */
export function classifyLabel(label: string): { key: ProfileFieldKey | null; confidence: number } {
  const c = classifyField({ ...BLANK, labels: [label] });
  return { key: c.key, confidence: c.confidence };
}

const EMPTY_VALUES = /^(aucune?|non renseignée?|néant|-|—)$/i;

/** One page pair → the profile fields it fills (a few labels carry two fields). */
function split(key: ProfileFieldKey, value: string): [string, string][] {
  switch (key) {
    case 'complementaryName': {
      // « MGEN — n° 7781002 »: the organisation and the member number shown together.
      const m = /^(.*?)\s*[—–-]\s*(?:n°|no|numéro|adhérent)\s*:?\s*(\S.*)$/i.exec(value);
      return m ? [['insurance.complementary.name', m[1]!], ['insurance.complementary.memberNumber', m[2]!]] : [['insurance.complementary.name', value]];
    }
    case 'aldList':
    case 'ald':
      if (/^(non|aucune?)$/i.test(value)) return [['ald.active', 'non']];
      if (/^oui$/i.test(value)) return [['ald.active', 'oui']];
      return [['ald.active', 'oui'], ['ald.conditions', value]];
    case 'doctorName':
      return [['doctor.declared', 'oui'], ['doctor.name', value]];
    case 'phone': {
      // A lone « Téléphone »: mobiles start 06/07 (+33 6/7), anything else is a landline.
      const digits = value.replace(/[^\d+]/g, '').replace(/^\+33/, '0').replace(/^0033/, '0');
      return [[/^0[67]/.test(digits) ? 'phones.mobile' : 'phones.home', value]];
    }
    case 'firstName':
      return [['identity.firstNames', value]];
    default: {
      const field = PROFILE_FIELDS.find((f) => f.keys[0] === key) ?? PROFILE_FIELDS.find((f) => f.keys.includes(key));
      return field ? [[field.id, value]] : [];
    }
  }
}

/**
 * Candidates for the profile, one per field at most: for each field, the most confident
 * label whose value passes the check (an invalid one is kept only if no valid one exists,
 * so the user sees why nothing was taken).
 */
export function captureCandidates(pairs: readonly LabelValuePair[], today: string): Candidate[] {
  const best = new Map<string, Candidate>();
  for (const { label, value } of pairs) {
    const shown = value.trim();
    if (!shown || EMPTY_VALUES.test(shown)) continue;
    const { key, confidence } = classifyLabel(label);
    if (!key || confidence < 0.5) continue;
    for (const [fieldId, raw] of split(key, shown)) {
      const field = profileField(fieldId) as ProfileField;
      const parsed = field.parse(raw, today);
      const candidate: Candidate = parsed.ok
        ? { fieldId, value: parsed.value, shown: raw, label, confidence }
        : { fieldId, value: undefined, shown: raw, label, confidence, error: parsed.message };
      const prior = best.get(fieldId);
      const better = !prior || (prior.error !== undefined && candidate.error === undefined) ||
        ((prior.error === undefined) === (candidate.error === undefined) && candidate.confidence > prior.confidence);
      if (better) best.set(fieldId, candidate);
    }
  }
  // Record software shows the birth name again as « nom utilisé » when there is no other: that is
  // no used name, and a form's « Nom d'usage » stays blank as typed by hand.
  const used = best.get('identity.usedName');
  const birth = best.get('identity.birthName');
  if (used && birth && used.error === undefined && nameKey(String(used.value)) === nameKey(String(birth.value))) best.delete('identity.usedName');
  return PROFILE_FIELDS.flatMap((f) => best.get(f.id) ?? []);
}

/**
 * Two readings of the record (two tabs or views) as one: the union of their fields, the later
 * reading winning where both have a valid value; an invalid later value never hides a valid one.
 */
export function mergeCandidates(earlier: readonly Candidate[], later: readonly Candidate[]): Candidate[] {
  const byField = new Map(earlier.map((c) => [c.fieldId, c]));
  for (const c of later) {
    const prior = byField.get(c.fieldId);
    if (!prior || c.error === undefined || prior.error !== undefined) byField.set(c.fieldId, c);
  }
  return PROFILE_FIELDS.flatMap((f) => byField.get(f.id) ?? []);
}
