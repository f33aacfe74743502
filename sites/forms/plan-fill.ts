import type { ProfileFieldKey } from '../../clinical/admin/field-keys';
import { classifyField, type Classification } from './classify-field';
import type { CollectedField } from './field-descriptor';
import type { FillPlan } from './fill';
import { fieldSignature } from './form-signature';

// Between classify and fill: the proposal the user reviews. Remembered choices (by field
// signature, from a mapping the user confirmed earlier on this form) beat the classifier,
// including a remembered "leave this field alone" (null).

export interface ProposedField {
  field: CollectedField;
  signature: string;
  classification: Classification;
  /** The key to fill, after remembered choices and the confidence threshold. */
  key: ProfileFieldKey | null;
  remembered: boolean;
}

export interface ProposeOptions {
  /** Classifier answers below this are left for the user to choose. Default 0.5. */
  minConfidence?: number;
  remembered?: Readonly<Record<string, ProfileFieldKey | null>>;
}

export function proposeMapping(fields: readonly CollectedField[], options: ProposeOptions = {}): ProposedField[] {
  const min = options.minConfidence ?? 0.5;
  return fields.map((field) => {
    const signature = fieldSignature(field.descriptor);
    const classification = classifyField(field);
    const remembered = options.remembered !== undefined && signature in options.remembered;
    const key = remembered ? options.remembered![signature] ?? null : classification.confidence >= min ? classification.key : null;
    return { field, signature, classification, key, remembered };
  });
}

/** The fields the user kept, as a plan for fill(). */
export function toFillPlan(proposal: readonly ProposedField[]): FillPlan {
  return proposal.flatMap((p) => (p.key ? [{ field: p.field, key: p.key }] : []));
}
