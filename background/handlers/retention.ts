import type { Handlers } from '../server';
import type { RetentionService } from '../../storage/retention/service';

export function retentionHandlers(s: RetentionService): Pick<Handlers, 'retention.get' | 'retention.set' | 'retention.preview' | 'retention.purge' | 'data.wipeAll'> {
  return {
    'retention.get': () => s.load(),
    'retention.set': (r) => s.save(r.enabled, r.months),
    'retention.preview': (r) => s.preview(r.months),
    'retention.purge': (r) => s.purge(r.months),
    'data.wipeAll': async (r) => { await s.wipeAll(r.confirm); return { done: true as const }; },
  };
}
