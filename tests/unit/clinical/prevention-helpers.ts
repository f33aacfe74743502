// Shared helpers for the preventionDue tests: expected outputs are written by hand as
// { id: status } maps, so a test reads like the derivation in its comment.
import { preventionDue } from '../../../clinical/prevention';

type Act = { id: string; date: string; kind?: string };

export function statuses(input: {
  birthDate: string;
  sex: 'F' | 'M';
  asOf: string;
  history?: Act[];
  conditions?: string[];
}): Record<string, string> {
  return Object.fromEntries(preventionDue(input).map((item) => [item.id, item.status]));
}

export const dose = (id: string, date: string, kind?: string): Act => (kind ? { id, date, kind } : { id, date });
