// Patient identity: NIR, dates, age, sex and names. Pure functions, no DOM.
export { parseNir, checkNir, nirKey, findNir, normaliseNir, type NirInfo, type NirResult, type NirError } from './nir';
export type { NirErrorCode } from './messages';
export { nirConflicts, nirMismatches, type NirMismatch } from './consistency';
export { ageAt, formatAge, type Age } from './age';
export { parseDate, findDate, findDates, isoDate, type DateOrder, type FoundDate } from './date';
export { parseSex, splitCivility, type Sex } from './sex';
export { parseName, type ParsedName, type NameOrder } from './name';
export { fold, nameKey, clean } from './text';
export { identityProblems } from './context-problems';
