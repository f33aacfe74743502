// Which items of a template apply to this patient (age and sex conditions), in template order.
import type { ItemCondition, Template, TemplateItem } from './schema';

export interface PatientTraits {
  ageYears: number;
  sex?: 'F' | 'M';
}

export function conditionHolds(when: ItemCondition | undefined, p: PatientTraits): boolean {
  if (!when) return true;
  if (when.minAge !== undefined && p.ageYears < when.minAge) return false;
  if (when.maxAge !== undefined && p.ageYears > when.maxAge) return false;
  // Unknown sex: show the item rather than hide something that may apply.
  if (when.sex !== undefined && p.sex !== undefined && p.sex !== when.sex) return false;
  return true;
}

export function applicableItems(tpl: Template, p: PatientTraits): TemplateItem[] {
  return tpl.items.filter((i) => conditionHolds(i.when, p));
}
