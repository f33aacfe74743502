// On-demand scripts a record-page script asks the background to run in its own page (a content
// script cannot inject): the teach bar (the launcher's « Montrer le patient à Préconsult », the
// panel may not be open) and the taught-rules reader (only on sites that have a taught rule, so
// that every other record page does not carry it). Kept free of imports: the record-page script
// carries only these constants.
export const INJECT_REQUEST = 'page.inject';
export const PAGE_SCRIPTS = ['teach', 'taught'] as const;
export type PageScript = (typeof PAGE_SCRIPTS)[number];

/** Where the taught-rules reader puts its adapter factory for the record-page script (same isolated world). */
export const TAUGHT_READER = '__preconsultTaughtReader';

export const isInjectRequest = (x: unknown): x is { type: typeof INJECT_REQUEST; script?: unknown } =>
  (x as { type?: unknown } | null)?.type === INJECT_REQUEST;
