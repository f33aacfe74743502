import { describe, expect, it } from 'vitest';
import { buildPatientExport, exportCsv, exportFileName, flatten, type ExportWords } from '../../../components/export/patient-export';
import type { PatientExportData } from '../../../messaging/export-protocol';

const words: ExportWords = {
  section: (id) => `[${id}]`,
  item: (id, n) => `${id} ${n}`,
  dateTime: (ms) => new Date(ms).toISOString(),
  yesNo: (b) => (b ? 'oui' : 'non'),
};
const T = Date.UTC(2026, 10, 23, 9, 30);
const data: PatientExportData = {
  at: T,
  patient: { key: 'http://x#id:P1', origin: 'http://x', adapter: 'medidemo', recordId: 'P1', birthName: 'GIRARD', firstNames: 'Marie-Hélène', birthDate: '1974-04-12', identityAck: 'x', firstSeen: T, lastSeen: T },
  notes: [
    { id: 'n1', patientKey: 'http://x#id:P1', text: 'Vient pour ; « vaccin »\nsuite', createdAt: T, updatedAt: T },
    { id: 'n2', patientKey: 'http://x#id:P1', text: 'Deuxième', createdAt: T + 1, updatedAt: T + 1 },
  ],
  intakes: [{ id: 'i1', patientKey: 'http://x#id:P1', status: 'finished', startedAt: T, values: { poids: { text: '70' } }, acts: [{ id: 'grippe', date: '2025-10-01' }] }],
  profile: { patientKey: 'http://x#id:P1', identity: { usedName: { value: 'GIRARD', at: T } }, ald: { active: { value: true } } },
  documentSets: [],
  referrals: [{ id: 'r1', patientKey: 'http://x#id:P1', to: 'Cardiologue', status: 'todo' }],
  audit: [{ seq: 4, at: T, action: 'note.create', patientKey: 'http://x#id:P1', noteId: 'n1' }],
};

describe('per-patient export (right of access)', () => {
  it('has every section, in order, with each stored field and no technical one', () => {
    const s = buildPatientExport(data, words);
    expect(s.map((x) => x.id)).toEqual(['patient', 'notes', 'intakes', 'profile', 'documentSets', 'referrals', 'audit']);
    const patient = s[0]!.lines;
    expect(patient).toContainEqual({ item: '[patient]', field: 'birthName', value: 'GIRARD' });
    expect(patient).toContainEqual({ item: '[patient]', field: 'lastSeen', value: '2026-11-23T09:30:00.000Z' });
    expect(patient.map((l) => l.field)).not.toContain('identityAck');
    expect(s[1]!.lines.filter((l) => l.field === 'text').map((l) => [l.item, l.value])).toEqual([['notes 1', 'Vient pour ; « vaccin »\nsuite'], ['notes 2', 'Deuxième']]);
    expect(s[1]!.lines.map((l) => l.field)).not.toContain('patientKey');
    expect(s[2]!.lines).toContainEqual({ item: 'intakes 1', field: 'values.poids.text', value: '70' });
    expect(s[2]!.lines).toContainEqual({ item: 'intakes 1', field: 'acts[0].id', value: 'grippe' });
    expect(s[3]!.lines).toContainEqual({ item: '[profile]', field: 'ald.active.value', value: 'oui' });
    expect(s[4]!.lines).toEqual([]);
    expect(s[6]!.lines.map((l) => l.field)).toEqual(['at', 'action', 'noteId']);
  });

  it('writes CSV a spreadsheet opens: BOM, « ; », quoted cells, CRLF', () => {
    const csv = exportCsv(buildPatientExport(data, words), ['Rubrique', 'Élément', 'Champ', 'Valeur']);
    expect(csv.startsWith('\ufeffRubrique;Élément;Champ;Valeur\r\n')).toBe(true);
    expect(csv).toContain('[notes];notes 1;text;"Vient pour ; « vaccin »\nsuite"\r\n');
    expect(csv).toContain('[patient];[patient];birthName;GIRARD\r\n');
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('quotes a double quote by doubling it', () => {
    const csv = exportCsv([{ id: 'notes', title: 'N', lines: [{ item: 'a', field: 'text', value: 'il a dit "non"' }] }], ['a', 'b', 'c', 'd']);
    expect(csv).toContain('N;a;text;"il a dit ""non"""');
  });

  it('names the file after the patient and the day, in safe characters', () => {
    expect(exportFileName(data.patient, '2026-11-23')).toBe('preconsult-acces-GIRARD-Marie-Helene-2026-11-23.csv');
    expect(exportFileName({}, '2026-11-23')).toBe('preconsult-acces-patient-2026-11-23.csv');
  });

  it('leaves out empty values and keeps zeros', () => {
    expect(flatten({ a: '', b: null, c: 0, d: [] }, words)).toEqual([['c', '0']]);
  });
});
