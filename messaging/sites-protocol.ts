import * as z from 'zod/mini';

// Per-site activation (least privilege): the popup asks for the origin's permission itself (it
// must, on the user's click), then asks the background to register or remove the record script.
const pattern = z.string().check(z.regex(/^https?:\/\/[^/*]+\/\*$/, 'Motif de site invalide'));

export const sitesRequests = [
  z.object({ type: z.literal('sites.list') }),
  z.object({ type: z.literal('sites.activate'), pattern, tabId: z.optional(z.number()) }),
  z.object({ type: z.literal('sites.deactivate'), pattern }),
] as const;

export interface SitesResponses {
  'sites.list': { active: string[] };
  'sites.activate': { active: string[] };
  'sites.deactivate': { active: string[] };
}
