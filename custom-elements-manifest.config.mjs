// @custom-elements-manifest/analyzer: reads the JSDoc headers of the widget classes into custom-elements.json,
// which feeds Storybook's autodocs tables, editors and the React wrappers.
import { readFileSync } from 'node:fs';

const TOKENS = JSON.parse(readFileSync(new URL('./src/shared/tokens.json', import.meta.url), 'utf8'));

/**
 * Every widget takes every design token, so each one's CSS properties come from the one table (src/shared/tokens.json)
 * instead of a copy of it in each class's JSDoc.
 */
function tokensFromTable() {
  return {
    name: 'net-widgets: CSS properties from the token table',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules ?? []) {
        for (const declaration of mod.declarations ?? []) {
          if (!declaration.customElement || !declaration.tagName) continue;
          declaration.cssProperties = Object.entries(TOKENS).map(([name, t]) => ({ name, description: t.description, default: t.value }));
        }
      }
    },
  };
}

/**
 * Keeps only the public instance API of each class: what a host can set or read on an element. Private and protected
 * members (memos, controllers, labels, render helpers) and static ones (`netVersion`, which two copies of the bundle
 * compare) are implementation, so they leave the manifest and with it the
 * docs tables. Runs after the analyzer's own inheritance step, so members inherited from NetElement are filtered too.
 * (A member can also be left out with `@internal` or `@ignore` in its JSDoc, which the analyzer honours itself.)
 */
function publicApiOnly() {
  return {
    name: 'net-widgets: public API only',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules ?? []) {
        for (const declaration of mod.declarations ?? []) {
          if (!declaration.members) continue;
          declaration.members = declaration.members.filter(
            (m) => !m.static && (m.privacy ?? 'public') === 'public' && !m.name.startsWith('#') && !m.name.startsWith('_'),
          );
        }
      }
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.stories.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false, // package.json names custom-elements.json itself; the analyzer must not rewrite it
  plugins: [publicApiOnly(), tokensFromTable()],
};
