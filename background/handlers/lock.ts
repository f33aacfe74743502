import type { Handlers } from '../server';
import type { LockService } from '../../storage/lock/service';

export function lockHandlers(lock: LockService): Pick<Handlers, 'lock.status' | 'lock.unlock' | 'lock.lock' | 'lock.enable' | 'lock.disable' | 'lock.change' | 'lock.idle'> {
  return {
    'lock.status': () => lock.status(),
    'lock.unlock': (r) => lock.unlock(r.passphrase),
    'lock.lock': () => lock.lock(),
    'lock.enable': (r) => lock.enable(r.passphrase, r.idleMinutes),
    'lock.disable': (r) => lock.disable(r.passphrase),
    'lock.change': (r) => lock.changePassphrase(r.passphrase, r.next),
    'lock.idle': (r) => lock.setIdle(r.idleMinutes),
  };
}
