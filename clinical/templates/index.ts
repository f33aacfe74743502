// Public API of the checklist templates.
export { TemplateSchema, ItemSchema, ConditionSchema, SPECIALTIES, MEASURE_ITEMS, REVIEW_TOPICS, ITEM_KINDS } from './schema';
export type { Template, TemplateItem, ItemCondition, MeasureItemKey, ReviewTopic } from './schema';
export { checkTemplate, checkTemplateJson } from './validate';
export type { TemplateCheck } from './validate';
export { applicableItems, conditionHolds } from './applicable';
export type { PatientTraits } from './applicable';
export { DEFAULT_TEMPLATES, defaultTemplateId } from './defaults';
