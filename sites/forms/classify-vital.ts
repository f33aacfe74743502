import type { VitalFieldKey } from '../../clinical/intake/vital-fields';
import type { CollectedField, FieldDescriptor } from './field-descriptor';
import { hasPhrase, identifierWords, normalizeText } from './text-normalize';
import { looksGenerated } from './classify-field';
import { MMOL_WORDS, VITAL_LABEL_RULES, VITAL_NEGATIVE_PHRASES } from './vital-labels';

// Step 2 of pre-fill for vital-signs fields: which measure a collected field asks for, from its
// descriptor alone (pure). Only single-line text fields and selects (the arm) qualify; the words
// are in vital-labels.ts. Then the plan: one field per measure, and none when two fields of the
// page claim the same measure (unsure: leave both to the user).

export interface VitalClassification {
  key: VitalFieldKey | null;
  confidence: number;
  evidence: string;
}

const RULES = VITAL_LABEL_RULES.flatMap((r) => r.phrases.map((p) => ({ key: r.key, phrase: normalizeText(p) }))).filter((r) => r.phrase);
const NEGATIVES = VITAL_NEGATIVE_PHRASES.map(normalizeText);
const MMOL = MMOL_WORDS.map(normalizeText);
const NONE = (evidence: string): VitalClassification => ({ key: null, confidence: 0, evidence });

function best(text: string): { key: VitalFieldKey; phrase: string } | null {
  let found: { key: VitalFieldKey; phrase: string } | null = null;
  for (const r of RULES) if (hasPhrase(text, r.phrase) && (!found || r.phrase.length > found.phrase.length)) found = r;
  return found;
}

export function classifyVitalField(field: CollectedField | FieldDescriptor): VitalClassification {
  const d = 'descriptor' in field ? field.descriptor : field;
  if (d.kind !== 'text' && d.kind !== 'select') return NONE(`kind ${d.kind}`);
  if (!['text', 'number', 'tel', 'select-one', ''].includes(d.type)) return NONE(`type ${d.type}`);
  const sources: [string, string, number][] = [
    ...d.labels.map((l): [string, string, number] => ['libellé', normalizeText(l), 0.95]),
    ['aria-label', normalizeText(d.ariaLabel), 0.95],
    ['placeholder', normalizeText(d.placeholder), 0.85],
    ['title', normalizeText(d.title), 0.8],
    ['texte voisin', normalizeText(d.nearby), 0.8],
    ['en-tête de colonne', normalizeText(d.columnHeader), 0.75],
    ['name', identifierWords(d.name), 0.6],
    ['id', looksGenerated(d.id) ? '' : identifierWords(d.id), 0.55],
  ];
  for (const [kind, text, weight] of sources) {
    if (!text) continue;
    const negative = NEGATIVES.find((n) => hasPhrase(text, n));
    if (negative) return NONE(`exclu : « ${negative} »`);
    const m = best(text);
    if (!m) continue;
    // The arm is a choice; a number is typed.
    if ((m.key === 'bpArm') !== (d.kind === 'select')) return NONE(`${kind} « ${m.phrase} », type incompatible`);
    const key: VitalFieldKey = m.key === 'glycemia' && MMOL.some((u) => hasPhrase(text, u)) ? 'glycemiaMmol' : m.key;
    return { key, confidence: weight, evidence: `${kind} « ${m.phrase} »` };
  }
  return NONE('aucun libellé de constante');
}

export interface ProposedVitalField {
  index: number;
  key: VitalFieldKey;
  confidence: number;
  evidence: string;
}

/** The fields to fill: one per measure, at or above `minConfidence`; a measure two fields claim is left out. */
export function proposeVitalMapping(fields: readonly CollectedField[], minConfidence = 0.5): ProposedVitalField[] {
  const all = fields.map((f, index) => ({ index, ...classifyVitalField(f) })).filter((c): c is ProposedVitalField => c.key !== null && c.confidence >= minConfidence);
  const count = new Map<VitalFieldKey, number>();
  for (const c of all) count.set(c.key, (count.get(c.key) ?? 0) + 1);
  return all.filter((c) => count.get(c.key) === 1);
}
