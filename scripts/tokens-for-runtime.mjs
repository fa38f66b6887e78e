/**
 * Rollup plugin for every build: src/shared/tokens.json is bundled without its descriptions. The styles need only
 * each token's private name and default; the descriptions are for the docs (custom-elements-manifest.config.mjs
 * and the README read the file itself). About 0.3 KB gzip off every file.
 */
export const tokensForRuntime = () => ({
  name: 'net-widgets: token descriptions stay out of the bundles',
  transform(code, id) {
    if (!id.replaceAll('\\', '/').endsWith('/src/shared/tokens.json')) return null;
    const tokens = JSON.parse(code);
    const kept = Object.fromEntries(Object.entries(tokens).map(([name, t]) => [name, { private: t.private, value: t.value }]));
    return { code: JSON.stringify(kept), map: null };
  },
});
