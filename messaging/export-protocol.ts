import * as z from 'zod/mini';

// The right of access: everything Préconsult holds on one patient, for a readable export (print /
// PDF, CSV) made by the practice. Extension pages only (not in CONTENT_SCRIPT_REQUESTS).
export const exportRequests = [
  z.object({ type: z.literal('export.patient'), patientKey: z.string().check(z.minLength(1), z.maxLength(2000)) }),
] as const;

/** A stored row, as it is (the export shows every field). */
export type ExportRow = Readonly<Record<string, unknown>>;

export interface PatientExportData {
  /** When the export was made (ms). */
  at: number;
  patient: ExportRow;
  notes: ExportRow[];
  intakes: ExportRow[];
  profile: ExportRow | null;
  documentSets: ExportRow[];
  referrals: ExportRow[];
  audit: ExportRow[];
}

export interface ExportResponses {
  'export.patient': PatientExportData;
}
