// Administrative pre-fill on any web form: collect → classify → (user confirms) → fill → undo.
export type { CollectedField, FieldDescriptor, FieldKind, FieldOption } from './field-descriptor';
export { collectFields } from './collect-fields';
export { classifyField, type Classification } from './classify-field';
export { fill, undoFill, type FillPlan, type FillPlanEntry, type FillResult, type FillSkipReason, type UndoEntry, type UndoRecord, type UndoResult } from './fill';
export { fieldSignature, formSignature } from './form-signature';
export { proposeMapping, toFillPlan, type ProposedField, type ProposeOptions } from './plan-fill';
// Vital-signs fields (« constantes »): the same collect, their own words and classifier, fill with undoFill.
export { classifyVitalField, proposeVitalMapping, type ProposedVitalField, type VitalClassification } from './classify-vital';
export { fillVitals, type VitalFillResult, type VitalPlanEntry, type VitalSkipReason } from './fill-vitals';
