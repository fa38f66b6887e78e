#!/usr/bin/env node
// Part of npm run build, after rollup: the widgets as server-rendered HTML (src/ssr/, through dist/node/ssr.js).
// Writes each widget's shadow-root stylesheet to dist/cdn/<tag>.css (minified; what a snippet rendered with
// `stylesheets` links, for pages whose CSP blocks inline styles) and every bundled entry's snippet to
// dist/html/<tag>/<entry>.html (styles inline, so that each file can be pasted as it is).
import { mkdirSync, writeFileSync } from 'node:fs';
import { transform } from 'esbuild';
import { bundledEntries, renderSnippet, widgetStylesheet, WIDGET_TAGS } from '../dist/node/ssr.js';

const sizes = [];
for (const tag of WIDGET_TAGS) {
  const { code } = await transform(widgetStylesheet(tag), { loader: 'css', minify: true, legalComments: 'none' });
  writeFileSync(`dist/cdn/${tag}.css`, code);
}
let problems = 0;
for (const entry of bundledEntries()) {
  const { html, problem } = renderSnippet(entry.tag, entry.attrs);
  if (problem) {
    console.error(`dist/html/${entry.tag}/${entry.name}.html: the widget shows a problem: ${problem.message}`);
    problems++;
  }
  mkdirSync(`dist/html/${entry.tag}`, { recursive: true });
  writeFileSync(`dist/html/${entry.tag}/${entry.name}.html`, `${html}\n`);
  sizes.push(html.length);
}
if (problems) process.exit(1);
console.log(`built dist/html/ (${sizes.length} snippets) and dist/cdn/{${WIDGET_TAGS.join(',')}}.css`);
