import esbuild from 'rollup-plugin-esbuild';
import terser from '@rollup/plugin-terser';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import json from '@rollup/plugin-json';
import { WIDGETS, CDN_BUNDLE, CDN_LOCALE_BUNDLES, CDN_TERSER_OPTIONS } from './scripts/widgets.mjs';
import { hydrateEntry, hydrating } from './scripts/hydrate-entry.mjs';
import { withoutLocaleLoaders } from './scripts/without-locale-loaders.mjs';
import { runtimeJson } from './scripts/runtime-json.mjs';

const plugins = ({ minify, tables = true }) => [
  nodeResolve({ browser: true }),
  runtimeJson({ tables }),
  json({ preferConst: true, compact: true }),
  esbuild({ target: 'es2021', tsconfig: 'tsconfig.json', legalComments: 'none' }),
  // Every build minifies the CSS and HTML inside Lit's css`` and html`` templates: the npm build too, because the
  // server renderer (dist/node/ssr.js) and the browser must have the same templates for hydration to match them.
  // `conservativeCollapse`: white space between tags becomes one space, not nothing. Reader views (Mozilla Readability,
  // Firefox's reader view) read markup with no white space between blocks worse: the light snippets lost 6-8% of
  // their words there (tests/browser/light-dom.test.ts, issue 29).
  minifyHTML({
    failOnError: true,
    exclude: ['**/src/shared/heading.ts', '**/src/ssr/render.ts'],
    options: { minifyOptions: { conservativeCollapse: true } },
  }),
  // CDN files: then the code. Terser, not esbuild's minifier: its output is about 4% smaller after gzip
  // (net-widgets.js 49.4 → 47.6 KB), for a few seconds of build.
  ...(minify ? [terser(CDN_TERSER_OPTIONS)] : []),
];

/** The CDN files with every widget (and so every content file in full). */
const ALL_IN_ONE = new Set([CDN_BUNDLE, ...CDN_LOCALE_BUNDLES.map((b) => b.file)]);

/** Dependencies stay external in the npm build, so an app's bundler shares one Lit with everything else. */
const isDependency = (id) => /^(lit|@lit|lit-html|lit-element|@lit-labs|valibot|fastest-levenshtein|react)(\/|$)/.test(id);

export default [
  // npm: ES modules for bundlers. One entry per widget (registers it), one for all; shared code in chunks, so a
  // page with only the drug card never loads the diet guide's content.
  {
    input: {
      index: 'src/index.ts',
      react: 'src/react.ts',
      // `net-widgets/validate`: the widgets' own checks of host content, without Lit or the DOM, for hosts' builds
      // and for bin/net-widgets.mjs (`npx net-widgets check`, through node/check).
      validate: 'src/validate.ts',
      'node/check': 'src/cli/check.ts',
      ...Object.fromEntries(WIDGETS.map((w) => [w.tag, w.entry])),
    },
    external: isDependency,
    plugins: plugins({ minify: false }),
    output: { dir: 'dist', format: 'es', chunkFileNames: 'chunks/[name]-[hash].js', sourcemap: true },
  },
  // For `npx net-widgets render` and `import { renderWidget } from 'net-widgets/ssr'`: Lit's server renderer over the
  // same widget code (templates minified the same way, so that they hydrate). Built on its own, so that it does not
  // change how the npm entries above are split into chunks.
  {
    input: { 'node/ssr': 'src/ssr/index.ts' },
    external: isDependency,
    plugins: plugins({ minify: false }),
    output: { dir: 'dist', format: 'es', chunkFileNames: 'node/chunks/[name]-[hash].js', sourcemap: true },
  },
  // CDN: self-contained, minified ES modules with Lit inlined and no bare imports. One with every widget and
  // one per widget, for a page that needs only one.
  ...[
    { file: CDN_BUNDLE, input: 'src/index.ts' },
    ...CDN_LOCALE_BUNDLES.map((b) => ({ file: b.file, input: b.input })),
    ...WIDGETS.map((w) => ({ file: `dist/cdn/${w.tag}.js`, input: w.entry })),
  ].map(
    ({ file, input }) => ({
      // Each CDN file hydrates server-rendered widgets: Lit's hydration support comes first (scripts/hydrate-entry.mjs).
      input: hydrating(input),
      // The all-in-one files carry every widget's whole content: no names-only or entries-only tables beside it.
      plugins: [withoutLocaleLoaders(), hydrateEntry(), ...plugins({ minify: true, tables: !ALL_IN_ONE.has(file) })],
      output: { file, format: 'es', inlineDynamicImports: true },
    }),
  ),
];
