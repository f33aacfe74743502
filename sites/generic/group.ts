import type { Fact } from './fields';
import { parentIn } from './tree';

/**
 * Splits facts by patient. A patient has one birth date, so each distinct birth date is one
 * patient; any other fact belongs to the date whose dates it sits closest to in the DOM (the first
 * ancestor holding birth dates holds only that one's). Facts above two patients' panels are
 * dropped. A frame counts as the parent of its document's root, a shadow host as its tree's.
 */
export function groupByBirthDate(facts: Fact[], frames: Map<Document, Element>): Map<string, Fact[]> {
  const up = parentIn(frames);
  const dates = facts.filter((f) => f.f === 'birthDate');
  const groups = new Map<string, Fact[]>(dates.map((d) => [d.v, []]));
  if (groups.size === 1) return new Map([[dates[0]!.v, facts]]);
  if (groups.size !== 2) return groups; // none, or a list: the caller stops there
  const owners = new Map<Element, Set<string>>();
  for (const d of dates)
    for (let e: Element | null = d.el; e; e = up(e)) {
      const s = owners.get(e) ?? new Set();
      s.add(d.v);
      owners.set(e, s);
    }
  for (const f of facts)
    for (let e: Element | null = f.el; e; e = up(e)) {
      const s = owners.get(e);
      if (!s) continue;
      if (s.size === 1) groups.get([...s][0]!)!.push(f);
      break;
    }
  return groups;
}
