// Per-site activation works on whole origins: `https://app.example.fr/*` (ports are not part of
// a match pattern). Pure, so the popup and the background agree and it is tested directly.
export function sitePattern(url: string): string | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:') return null;
  return `${u.protocol}//${u.hostname}/*`;
}

/**
 * The demo and local test pages: host access granted at install by the dev/demo/test build (not
 * the store build), active unless switched off.
 */
export const BUILTIN_PATTERNS = ['http://localhost/*', 'http://127.0.0.1/*'];
