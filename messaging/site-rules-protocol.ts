import * as z from 'zod/mini';
import type { SiteRule } from '../sites/site-rule';

// Rules taught by the user ("Apprendre cette page"): saved, read per page, listed, removed,
// exported and imported. The rule itself is validated by the service (SiteRuleSchema).
export const siteRulesRequests = [
  z.object({ type: z.literal('siteRules.save'), rule: z.record(z.string(), z.unknown()) }),
  z.object({ type: z.literal('siteRules.forUrl'), url: z.string().check(z.maxLength(4000)) }),
  z.object({ type: z.literal('siteRules.list') }),
  z.object({ type: z.literal('siteRules.delete'), id: z.string().check(z.maxLength(64)) }),
  z.object({ type: z.literal('siteRules.export') }),
  z.object({ type: z.literal('siteRules.import'), file: z.string().check(z.maxLength(1_000_000)) }),
] as const;

export interface SiteRulesResponses {
  'siteRules.save': { rule: SiteRule };
  'siteRules.forUrl': { rules: SiteRule[] };
  'siteRules.list': { rules: SiteRule[] };
  'siteRules.delete': { deleted: boolean };
  'siteRules.export': { file: string };
  'siteRules.import': { imported: number };
}
