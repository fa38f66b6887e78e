// The one list of widgets: build entries, CDN files, tests and docs all read it.
export const WIDGETS = [
  { tag: 'net-drug-card', className: 'NetDrugCard', entry: 'src/net-drug-card.ts', dir: 'drug-card' },
  { tag: 'net-treatment-list', className: 'NetTreatmentList', entry: 'src/net-treatment-list.ts', dir: 'treatment-list' },
  { tag: 'net-diet-guide', className: 'NetDietGuide', entry: 'src/net-diet-guide.ts', dir: 'diet-guide' },
];

/** The all-in-one CDN file: a public contract, hospitals link to this path. English only. */
export const CDN_BUNDLE = 'dist/cdn/net-widgets.js';

/** The all-in-one CDN file with one more language each (English stays in, for `lang="en"` and as the fallback). */
export const CDN_LOCALE_BUNDLES = [
  { locale: 'fr', file: 'dist/cdn/net-widgets.fr.js', input: 'src/cdn/fr.ts' },
  { locale: 'es', file: 'dist/cdn/net-widgets.es.js', input: 'src/cdn/es.ts' },
];

/** How the CDN files' code is minified (terser); the benchmark minifies its floors (Lit alone, the content) the same. */
export const CDN_TERSER_OPTIONS = { module: true, ecma: 2020, compress: { passes: 3 }, format: { comments: false } };
