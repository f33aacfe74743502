import type { ExportRow, PatientExportData } from '../../messaging/export-protocol';

// The readable export of one patient's data (right of access): sections of « item / field /
// value » lines, shown as tables (printed or saved as PDF by the browser) and written as CSV.
// Pure: the words and the date format come from the caller, so it is tested without a browser.
export interface ExportLine { item: string; field: string; value: string }
export interface ExportSection { id: SectionId; title: string; lines: ExportLine[] }
export type SectionId = 'patient' | 'notes' | 'intakes' | 'profile' | 'documentSets' | 'referrals' | 'audit';

export interface ExportWords {
  /** Title of a section. */
  section(id: SectionId): string;
  /** « Note 2 », « Pré-consultation 1 »…: one item of a section. */
  item(id: SectionId, n: number): string;
  /** A date and time (ms since 1970) in the reader's language. */
  dateTime(ms: number): string;
  /** Yes or no in the reader's language. */
  yesNo(b: boolean): string;
}

const SECTIONS: readonly SectionId[] = ['patient', 'notes', 'intakes', 'profile', 'documentSets', 'referrals', 'audit'];
// Technical fields that say nothing to the patient (sequence numbers, the envelope of sealed rows).
const SKIP = new Set(['seq', 'identityAck']);
// Instants stored as milliseconds.
const TIME = /(?:At|Seen|^at|^startedAt|^finishedAt|^createdAt|^updatedAt)$/;

/** Every leaf of a row as « a.b[0].c » → text, in the row's order. */
export function flatten(row: unknown, words: Pick<ExportWords, 'dateTime' | 'yesNo'>, path = ''): [string, string][] {
  if (row === null || row === undefined || row === '') return [];
  if (Array.isArray(row)) return row.flatMap((x, i) => flatten(x, words, `${path}[${i}]`));
  if (typeof row === 'object') {
    return Object.entries(row as Record<string, unknown>)
      .filter(([k]) => !SKIP.has(k))
      .flatMap(([k, v]) => flatten(v, words, path ? `${path}.${k}` : k));
  }
  const last = path.slice(path.lastIndexOf('.') + 1);
  if (typeof row === 'number' && TIME.test(last) && row > 0) return [[path, words.dateTime(row)]];
  if (typeof row === 'boolean') return [[path, words.yesNo(row)]];
  return [[path, String(row)]];
}

export function buildPatientExport(data: PatientExportData, words: ExportWords): ExportSection[] {
  const rows: Record<SectionId, ExportRow[]> = {
    patient: [data.patient],
    notes: data.notes,
    intakes: data.intakes,
    profile: data.profile ? [data.profile] : [],
    documentSets: data.documentSets,
    referrals: data.referrals,
    audit: data.audit,
  };
  return SECTIONS.map((id) => ({
    id,
    title: words.section(id),
    lines: rows[id].flatMap((row, i) => {
      const item = rows[id].length > 1 || id === 'notes' || id === 'intakes' || id === 'referrals' ? words.item(id, i + 1) : words.section(id);
      return flatten(row, words).filter(([field]) => field !== 'patientKey').map(([field, value]) => ({ item, field, value }));
    }),
  }));
}

/** One CSV cell: quoted when it holds the separator, a quote or a line break (RFC 4180). */
const cell = (s: string) => (/[";\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

/**
 * CSV with « ; » between cells (what French spreadsheets expect), a header line, CRLF line ends
 * and a byte-order mark so accents open right in a spreadsheet.
 */
export function exportCsv(sections: readonly ExportSection[], header: readonly [string, string, string, string]): string {
  const lines = [header.map(cell).join(';')];
  for (const s of sections) for (const l of s.lines) lines.push([s.title, l.item, l.field, l.value].map(cell).join(';'));
  return '\ufeff' + lines.join('\r\n') + '\r\n';
}

/** The file's name: the patient's names and the day, nothing the file system would refuse. */
export function exportFileName(patient: ExportRow, isoDay: string): string {
  const name = [patient.birthName, patient.firstNames].filter((x) => typeof x === 'string' && x).join('-');
  const safe = name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^A-Za-z0-9-]+/g, '-').replace(/^-+|-+$/g, '') || 'patient';
  return `preconsult-acces-${safe}-${isoDay}.csv`;
}
