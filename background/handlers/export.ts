import type { Handlers } from '../server';
import type { PreconsultDb } from '../../storage/db';
import { createExportService } from '../../storage/export-service';

export function exportHandlers(deps: { db: PreconsultDb; now?: () => number }): Pick<Handlers, 'export.patient'> {
  const service = createExportService(deps);
  return { 'export.patient': (r) => service.patient(r.patientKey) };
}
