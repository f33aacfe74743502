import type { Handlers } from '../server';
import type { SiteRulesService } from '../../storage/site-rules-service';

export function siteRulesHandlers(s: SiteRulesService): Pick<Handlers, 'siteRules.save' | 'siteRules.forUrl' | 'siteRules.list' | 'siteRules.delete' | 'siteRules.export' | 'siteRules.import'> {
  return {
    'siteRules.save': async (r) => ({ rule: await s.save(r.rule) }),
    'siteRules.forUrl': async (r) => ({ rules: await s.forUrl(r.url) }),
    'siteRules.list': async () => ({ rules: await s.list() }),
    'siteRules.delete': async (r) => ({ deleted: await s.remove(r.id) }),
    'siteRules.export': async () => ({ file: await s.exportFile() }),
    'siteRules.import': async (r) => ({ imported: await s.importFile(r.file) }),
  };
}
