// The HTML pages the benchmark loads. They use only built files (dist/cdn/*.js) and are written to bench/pages/
// (git-ignored), so a reader can open exactly what was measured.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The three widgets as the load breakdown adds them: attributes only, the way a hospital pastes them. */
export const RENDER_WIDGETS = [
  { tag: 'net-drug-card', attrs: 'drug="everolimus"' },
  { tag: 'net-treatment-list', attrs: '' },
  { tag: 'net-diet-guide', attrs: '' },
];

const head = (title, extra = '') => `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
${extra}</head>`;

export function writePage(pagesDir, name, html) {
  const file = join(pagesDir, name);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, html);
  return `/bench/pages/${name}`;
}

/** One CDN file (`net-widgets` or a widget's tag) and an empty body: the tests add elements from script. */
export function scalePage(tag) {
  return `${head(`Scale: ${tag}`, `<script type="module" src="/dist/cdn/${tag}.js"></script>\n`)}
<body>
</body>
</html>
`;
}

/**
 * A hospital page with the widgets pasted the way the README says: one script tag, each widget with a fallback link,
 * page text around them, no other help. Used when there is no demo/index.html.
 */
export function demoLikePage() {
  return `${head(
    'Treatments for neuroendocrine tumours | Example Hospital',
    `<meta name="description" content="An example hospital page that embeds net-widgets.">
<link rel="icon" href="data:,">
<style>
  body { font-family: system-ui, sans-serif; line-height: 1.5; margin: 0; color: #1f2328; }
  header, main, footer { padding: 1em; max-width: 60em; margin: 0 auto; }
  header { border-bottom: 0.25em solid #005eb8; }
  a { color: #005eb8; }
</style>
<script type="module" src="/dist/cdn/net-widgets.js"></script>
`,
  )}
<body>
<header><p><strong>Example Hospital</strong> · NET service</p></header>
<main>
<h1>Treatments for neuroendocrine tumours</h1>
<p>Your care team will talk with you about which treatments suit you. This page explains the medicines and
treatments they may suggest, and what you can eat.</p>
<h2>Everolimus</h2>
<net-drug-card drug="everolimus" heading-level="3"><a href="/medicines/everolimus">Read about everolimus</a></net-drug-card>
<h2>All treatments</h2>
<net-treatment-list heading-level="3"><a href="/treatments">See every treatment</a></net-treatment-list>
<h2>Diet</h2>
<net-diet-guide heading-level="3"><a href="/diet">Read the diet advice</a></net-diet-guide>
<p>Questions? Call the NET nurse line on 0100 000 0000, Monday to Friday, 9am to 5pm.</p>
</main>
<footer><p>Example Hospital NHS Trust</p></footer>
</body>
</html>
`;
}
