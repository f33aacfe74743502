// Public API of the intake: typed values, vitals per item, summary, hand-off block, FHIR export.
export { ItemValueSchema, PreventionStateSchema, ValuesSchema, emptyPrevention, hasValue } from './values';
export type { ItemValue, PreventionState, Values } from './values';
export { intakeVitals, flagMeasure } from './vitals';
export type { IntakeVitals } from './vitals';
export { computeIntake, oneLine } from './summary';
export type { IntakeSummary, SummaryFlag, SummaryLine, IntakeInput, IntakeComputation } from './summary';
export { renderBlock, parseBlock, putBlock, BLOCK_END } from './block';
export { toFhirBundle, toFhirPatient, INS_NIR_OID, INS_NIA_OID } from './fhir';
export type { FhirBundle, FhirObservation, FhirPatient, FhirPatientInput } from './fhir';
export { reminderForActName, actsFromPage } from './act-names';
export type { ActsMerge } from './act-names';
export { VITAL_FIELD_KEYS, vitalFieldValues, isVitalFieldKey, frenchDecimal } from './vital-fields';
export type { VitalFieldKey, VitalFieldValues } from './vital-fields';
