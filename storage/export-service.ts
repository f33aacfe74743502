import type { ExportRow, PatientExportData } from '../messaging/export-protocol';
import type { PreconsultDb } from './db';
import { ServiceError } from './notes-service';

// Everything stored on one patient, for the right of access (RGPD art. 15): the patient row,
// notes, intakes, administrative file, document sets, referrals and the audit lines. Rows are
// read through the lock's middleware (plain when open, refused when locked). The export itself is
// written to the audit trail: who was exported, and when.
export function createExportService({ db, now = Date.now }: { db: PreconsultDb; now?: () => number }) {
  return {
    async patient(patientKey: string): Promise<PatientExportData> {
      const at = now();
      const data = await db.transaction('rw', [db.patients, db.notes, db.intakes, db.profiles, db.documentSets, db.referrals, db.audit], async () => {
        const patient = await db.patients.get(patientKey);
        if (!patient) throw new ServiceError('errUnknownPatient');
        await db.audit.add({ at, action: 'patient.export', patientKey });
        const byKey = <T,>(rows: T[], time: (r: T) => number) => [...rows].sort((a, b) => time(a) - time(b));
        return {
          at,
          patient: patient as unknown as ExportRow,
          notes: byKey(await db.notes.where('patientKey').equals(patientKey).toArray(), (n) => n.createdAt) as unknown as ExportRow[],
          intakes: byKey(await db.intakes.where('patientKey').equals(patientKey).toArray(), (i) => i.startedAt) as ExportRow[],
          profile: ((await db.profiles.get(patientKey)) ?? null) as ExportRow | null,
          documentSets: (await db.documentSets.where('patientKey').equals(patientKey).toArray()) as ExportRow[],
          referrals: (await db.referrals.where('patientKey').equals(patientKey).toArray()) as ExportRow[],
          audit: byKey(await db.audit.where('patientKey').equals(patientKey).toArray(), (a) => a.at) as unknown as ExportRow[],
        };
      });
      return data;
    },
  };
}
