/**
 * Rollup plugin for the CDN files: they carry their languages inside, so the npm build's locale loaders (a dynamic
 * import per language, src/locales/loaders.ts) are left out. net-widgets.js stays English only, and
 * net-widgets.fr.js / .es.js add their language. The benchmark bundles its measurements with it too.
 */
export const withoutLocaleLoaders = () => ({
  name: 'net-widgets: no locale loaders in CDN files',
  load: (id) => (id.replaceAll('\\', '/').endsWith('/src/locales/loaders.ts') ? 'export {};' : null),
});
