// Vaccine names as record software lists them (generic or brand names) → the reminder id of the
// reference sheet. Unknown names give null: nothing is guessed.
import { fold } from '../identity';
import type { ReminderId } from '../prevention';

const WORDS: readonly (readonly [ReminderId, readonly string[]])[] = [
  ['vaccin-hexavalent', ['hexavalent', 'hexyon', 'infanrix hexa', 'vaxelis']],
  ['vaccin-rotavirus', ['rotavirus', 'rotarix', 'rotateq']],
  ['vaccin-meningocoque-b', ['meningocoque b', 'bexsero', 'trumenba']],
  ['vaccin-meningocoque-acwy', ['acwy', 'nimenrix', 'menquadfi', 'menveo']],
  ['vaccin-ror', ['ror', 'rougeole', 'priorix', 'm-m-rvaxpro', 'mmrvaxpro']],
  ['vaccin-dtp', ['dtp', 'dtcap', 'dtca', 'dtpolio', 'tetanos', 'revaxis', 'boostrixtetra', 'boostrix', 'repevax', 'tetravac', 'infanrixtetra']],
  ['vaccin-hpv', ['hpv', 'papillomavirus', 'gardasil', 'cervarix']],
  ['vaccin-pneumocoque', ['pneumocoque', 'prevenar', 'pneumovax', 'capvaxive', 'vaxneuvance']],
  ['vaccin-grippe', ['grippe', 'influvac', 'vaxigrip', 'fluarix', 'efluelda']],
  ['vaccin-covid', ['covid', 'comirnaty', 'spikevax', 'nuvaxovid']],
  ['vaccin-zona', ['zona', 'shingrix']],
  ['vaccin-vrs', ['vrs', 'arexvy', 'abrysvo', 'mresvia']],
];

// Brands whose schedule differs from the one assumed without a kind (preventionDue's `kind`):
// RotaTeq is three doses with later limits than Rotarix.
const KINDS: readonly (readonly [string, string])[] = [['rotateq', 'rotateq']];

const words = (name: string) => ` ${fold(name).replace(/[^a-z0-9-]+/g, ' ')} `;

/** Whole words or word groups, so "ror" does not match inside "erreur". */
export function reminderForActName(name: string): ReminderId | null {
  const text = words(name);
  for (const [id, ws] of WORDS) if (ws.some((w) => text.includes(` ${w} `))) return id;
  return null;
}

/** The product kind a name says, where it changes the schedule (`rotateq`); undefined otherwise. */
export function kindForActName(name: string): string | undefined {
  const text = words(name);
  return KINDS.find(([w]) => text.includes(` ${w} `))?.[1];
}

export interface ActsMerge {
  /** New history entries (not already recorded, dated no later than the visit). */
  added: { id: ReminderId; date: string; kind?: string }[];
  /** Names not recognised, or dates not readable, as shown on the page. */
  unknown: string[];
}

/** Acts read from the page, as history entries; `parseDate` turns "20/10/2025" into ISO or null. */
export function actsFromPage(acts: readonly { name: string; date: string }[], history: readonly { id: string; date: string }[], asOf: string, parseDate: (s: string) => string | null): ActsMerge {
  const seen = new Set(history.map((h) => `${h.id}|${h.date}`));
  const added: ActsMerge['added'] = [];
  const unknown: string[] = [];
  for (const a of acts) {
    const id = reminderForActName(a.name);
    const date = parseDate(a.date);
    if (!id || !date || date > asOf) {
      unknown.push(`${a.name} (${a.date})`);
      continue;
    }
    if (seen.has(`${id}|${date}`)) continue;
    seen.add(`${id}|${date}`);
    const kind = kindForActName(a.name);
    added.push(kind ? { id, date, kind } : { id, date });
  }
  return { added, unknown };
}
