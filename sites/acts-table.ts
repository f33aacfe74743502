import { clean } from '../clinical/identity/text';

// Vaccinations listed on the record page: any visible table whose header names a vaccine and a
// date (the demo's "Vaccinations" tab and the usual layouts of record software). Text only; the
// panel maps names to reminders and checks dates.
export interface PageAct { name: string; date: string }

const isVaccineHeader = (s: string) => /vaccin/i.test(s);
const isDateHeader = (s: string) => /^date\b/i.test(s);

export function readActsTable(doc: Document): PageAct[] {
  const out: PageAct[] = [];
  for (const table of doc.querySelectorAll('table')) {
    if (table.getClientRects().length === 0) continue;
    const heads = [...table.querySelectorAll('thead th, tr:first-child th')].map((th) => clean(th.textContent ?? ''));
    const nameCol = heads.findIndex(isVaccineHeader);
    const dateCol = heads.findIndex(isDateHeader);
    if (nameCol < 0 || dateCol < 0) continue;
    for (const row of table.querySelectorAll('tbody tr')) {
      const cells = row.querySelectorAll('td');
      const name = clean(cells[nameCol]?.textContent ?? '');
      const date = clean(cells[dateCol]?.textContent ?? '');
      if (name && date) out.push({ name, date });
    }
  }
  return out.slice(0, 200);
}
