import type { Handlers } from '../server';
import type { BackupService } from '../../storage/backup/service';

export function backupHandlers(s: BackupService): Pick<Handlers, 'backup.export' | 'backup.import'> {
  return {
    'backup.export': async (r) => ({ file: await s.exportFile(r.passphrase) }),
    'backup.import': (r) => s.importFile(r.file, r.passphrase),
  };
}
