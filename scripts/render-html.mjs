#!/usr/bin/env node
// Part of npm run build, after rollup: the widgets as server-rendered HTML (src/ssr/, through dist/node/ssr.js).
// Writes each widget's shadow-root stylesheet to dist/cdn/<tag>.css (minified; what a snippet rendered with
// `stylesheets` links, for pages whose CSP blocks inline styles) and every bundled entry's snippet to
// dist/html/<tag>/<entry>.html (styles inline, so that each file can be pasted as it is).
// Light DOM (issue 29): each widget's light stylesheet to dist/cdn/<tag>.light.css and all four in
// dist/cdn/net-widgets.light.css (what a page with light snippets links in its <head>), and every bundled entry's
// light snippet to dist/html-light/<tag>/<entry>.html (no styles of its own: the page links the light stylesheet).
import { mkdirSync, writeFileSync } from 'node:fs';
import { transform } from 'esbuild';
import { bundledEntries, renderSnippet, widgetLightStylesheet, widgetStylesheet, WIDGET_TAGS } from '../dist/node/ssr.js';

const minify = async (css) => (await transform(css, { loader: 'css', minify: true, legalComments: 'none' })).code;

const lightSheets = [];
for (const tag of WIDGET_TAGS) {
  writeFileSync(`dist/cdn/${tag}.css`, await minify(widgetStylesheet(tag)));
  const light = await minify(widgetLightStylesheet(tag));
  writeFileSync(`dist/cdn/${tag}.light.css`, light);
  lightSheets.push(light);
}
writeFileSync('dist/cdn/net-widgets.light.css', lightSheets.join(''));

let problems = 0;
let count = 0;
for (const entry of bundledEntries()) {
  for (const [folder, attrs] of [
    ['html', entry.attrs],
    ['html-light', { ...entry.attrs, 'light-dom': true }],
  ]) {
    const file = `dist/${folder}/${entry.tag}/${entry.name}.html`;
    const { html, problem } = renderSnippet(entry.tag, attrs);
    if (problem) {
      console.error(`${file}: the widget shows a problem: ${problem.message}`);
      problems++;
    }
    mkdirSync(`dist/${folder}/${entry.tag}`, { recursive: true });
    writeFileSync(file, `${html}\n`);
    count++;
  }
}
if (problems) process.exit(1);
console.log(
  `built dist/html/ and dist/html-light/ (${count} snippets), dist/cdn/{${WIDGET_TAGS.join(',')}}{,.light}.css and dist/cdn/net-widgets.light.css`,
);
