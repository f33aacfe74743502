import type { PreconsultDb } from './db';
import { SiteRuleSchema, SiteRulesFileSchema, type SiteRule } from '../sites/site-rule';
import { sitePattern } from '../sites/match-pattern';
import { ServiceError } from './notes-service';

// Taught site rules in the `siteRules` table (v2). Every rule that enters, by the teach script or
// by an import, passes SiteRuleSchema; a damaged import is refused whole, with the reason.
export interface SiteRulesDeps {
  db: PreconsultDb;
  /** Tells the record pages of that site to read again with the new rules. */
  notify?: (pattern: string) => void;
  /** Publishes the patterns that have a rule (see RULES_INDEX_KEY), after every change. */
  publish?: (patterns: string[]) => Promise<void>;
}

const issue = (e: { issues: { path: PropertyKey[]; message: string }[] }) => {
  const i = e.issues[0];
  return i ? `${i.path.join('.') || 'règle'} : ${i.message}` : '';
};

export function createSiteRulesService({ db, notify, publish }: SiteRulesDeps) {
  const all = async (): Promise<SiteRule[]> =>
    (await db.siteRules.toArray()).flatMap((row) => {
      const r = SiteRuleSchema.safeParse(row);
      return r.success ? [r.data] : [];
    });
  /** The published index follows the table (also after a backup import or a wipe, which bypass this service). */
  const syncIndex = async () => {
    if (publish) await publish([...new Set((await all()).map((r) => r.pattern))].sort());
  };
  return {
    syncIndex,
    async save(raw: unknown): Promise<SiteRule> {
      const parsed = SiteRuleSchema.safeParse(raw);
      if (!parsed.success) throw new ServiceError('errRuleInvalid', [issue(parsed.error)]);
      const rule = parsed.data;
      // One rule per site: teaching again replaces the previous one.
      await db.transaction('rw', db.siteRules, async () => {
        await db.siteRules.where('origin').equals(rule.pattern).delete();
        await db.siteRules.put({ ...rule, origin: rule.pattern });
      });
      await syncIndex();
      notify?.(rule.pattern);
      return rule;
    },
    async forUrl(url: string): Promise<SiteRule[]> {
      const p = sitePattern(url);
      return p ? (await all()).filter((r) => r.pattern === p) : [];
    },
    list: all,
    async remove(id: string): Promise<boolean> {
      const row = await db.siteRules.get(id);
      if (!row) return false;
      await db.siteRules.delete(id);
      await syncIndex();
      notify?.(row.origin);
      return true;
    },
    async exportFile(): Promise<string> {
      return JSON.stringify({ format: 'preconsult-site-rules', version: 1, rules: await all() }, null, 2);
    },
    async importFile(text: string): Promise<number> {
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch {
        throw new ServiceError('errRulesFileNotJson');
      }
      const parsed = SiteRulesFileSchema.safeParse(json);
      if (!parsed.success) throw new ServiceError('errRuleInvalid', [issue(parsed.error)]);
      for (const rule of parsed.data.rules) await this.save(rule);
      return parsed.data.rules.length;
    },
  };
}
export type SiteRulesService = ReturnType<typeof createSiteRulesService>;
