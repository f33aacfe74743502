import { afterEach, beforeEach } from 'vitest';
import Dexie from 'dexie';
import { openDb, type PreconsultDb } from '../../storage/db';
import { createIntakeService } from '../../storage/intake-service';
import { intakeHandlers } from '../../background/handlers/intake';
import type { Handlers } from '../../background/server';
import type { Send } from '../../messaging/client';
import type { PatientContext } from '../../clinical/identity/patient-context';
import { sendThrough } from '../send-through';

// The intake components' tests run against the real intake service behind the real message
// validation, as the background runs it, on a fresh database (patient 'k') per test.
export const P: PatientContext = { adapter: 'medidemo', origin: 'o', recordId: 'P0007', birthName: 'LEFEBVRE', firstNames: 'Nicolas', birthDate: '1976-01-25', sex: 'M', confidence: 1 };

export function intakeBackend() {
  let db: PreconsultDb;
  beforeEach(async () => {
    db = openDb(`test-${Math.random()}`);
    await db.patients.add({ key: 'k', origin: 'o', adapter: 'medidemo', birthName: 'LEFEBVRE', firstNames: 'Nicolas', birthDate: '1976-01-25', firstSeen: 1, lastSeen: 1 });
  });
  afterEach(async () => {
    db.close();
    await Dexie.delete(db.name);
  });
  return {
    db: () => db,
    send(): Send {
      const handlers = intakeHandlers(createIntakeService({ db })) as unknown as Handlers;
      return sendThrough(handlers);
    },
  };
}
