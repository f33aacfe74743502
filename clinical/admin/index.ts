// Administrative profile: schema, validators and the values handed to the form filler.
export * from './field-keys';
export * from './messages';
export * from './validation-result';
export * from './postal-code';
export * from './phone';
export * from './email';
export * from './past-date';
export * from './nir-check';
export * from './sourced';
export * from './profile-schema';
export * from './profile-values';
export * from './profile-fields';
export * from './document-sets';
export * from './letters';
