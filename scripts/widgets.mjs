import { readFileSync } from 'node:fs';

/**
 * The one list of widgets, read from src/shared/widgets.ts (where the widgets' own code reads it), for the build, the
 * CDN files, the bench and the Node tests: each with its tag, class, folder and entry point (`src/<tag>.ts`).
 * @type {{ tag: string; className: string; dir: string; entry: string }[]}
 */
export const WIDGETS = readList('src/shared/widgets.ts', 'WIDGETS').map((/** @type {{ tag: string }} */ w) => ({ ...w, entry: `src/${w.tag}.ts` }));

/**
 * The locales the content is written in (English first), read from src/content/locale-data.ts.
 * @type {string[]}
 */
export const LOCALES = readList('src/content/locale-data.ts', 'LOCALES');

/** The array `export const NAME = [...] as const;` of a source file, written in JSON's syntax there. */
function readList(file, name) {
  const source = readFileSync(new URL(`../${file}`, import.meta.url), 'utf8');
  const list = source.match(new RegExp(`export const ${name} = (\\[[^]*?\\]) as const;`))?.[1];
  if (!list) throw new Error(`scripts/widgets.mjs: ${file} has no \`export const ${name} = [...] as const;\``);
  return JSON.parse(list);
}

/** A CSS selector that matches any widget. */
export const WIDGET_SELECTOR = WIDGETS.map((w) => w.tag).join(', ');

/** The all-in-one CDN file: a public contract, hospitals link to this path. English only. */
export const CDN_BUNDLE = 'dist/cdn/net-widgets.js';

/** The all-in-one CDN file with one more language each (English stays in, for `lang="en"` and as the fallback). */
export const CDN_LOCALE_BUNDLES = LOCALES.slice(1).map((locale) => ({
  locale,
  file: `dist/cdn/net-widgets.${locale}.js`,
  input: `src/cdn/${locale}.ts`,
}));

/** How the CDN files' code is minified (terser); the benchmark minifies its floors (Lit alone, the content) the same. */
export const CDN_TERSER_OPTIONS = { module: true, ecma: 2020, compress: { passes: 3 }, format: { comments: false } };
