// The privacy policy published on the project's public pages (GitHub Pages, `docs/privacy/`) is
// made from the extension's own page (entrypoints/privacy/), so the two cannot say different
// things: same text, the stylesheet inlined, the build-only meta tag dropped.
// `node scripts/publish-pages.mjs` writes it; tests/unit/store/privacy-page.test.ts checks it.

/** The published page's HTML from the extension page's HTML and CSS. */
export function publicPrivacyPage(html, css) {
  const link = /\s*<link rel="stylesheet" href="\.\/privacy\.css" \/>/;
  const meta = /\s*<meta name="manifest\.include"[^>]*\/>/;
  if (!link.test(html) || !meta.test(html)) throw new Error('privacy page: stylesheet link or manifest meta not found');
  return html
    .replace(meta, '')
    .replace(link, `\n    <style>\n${css.trimEnd().replace(/^/gm, '      ')}\n    </style>`);
}
