// Builds the React demo app into demo/react/dist/ (git-ignored), served by scripts/demo-server.mjs under the strict
// CSP. It imports the wrappers as an app would, `net-widgets/react`, resolved here to the built dist/react.js (or,
// before the build has that entry, to src/react.ts). JSX goes through Vite's own esbuild: no React plugin needed.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = fileURLToPath(new URL('.', import.meta.url));
const repo = fileURLToPath(new URL('../..', import.meta.url));
const built = `${repo}dist/react.js`;
export const reactEntry = existsSync(built) ? built : `${repo}src/react.ts`;

export default defineConfig({
  root: here,
  base: '/demo/react/dist/',
  logLevel: 'error',
  clearScreen: false,
  resolve: { alias: [{ find: /^net-widgets\/react$/, replacement: reactEntry }] },
  esbuild: { jsx: 'automatic' },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2021',
    // No inline script: the page runs under script-src 'self'.
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
    reportCompressedSize: false,
  },
});
