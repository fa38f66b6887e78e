#!/usr/bin/env node
// Builds the React demo app (demo/react/dist/) with Vite. Used by `npm run demo` and by the e2e tests' setup.
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const configFile = fileURLToPath(new URL('./vite.config.mjs', import.meta.url));

/** Builds the app; resolves to the entry the wrappers came from (dist/react.js or src/react.ts). */
export async function buildReactDemo() {
  const { reactEntry } = await import('./vite.config.mjs');
  await build({ configFile });
  return reactEntry;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const entry = await buildReactDemo();
  console.log(`built demo/react/dist/ (wrappers from ${entry.replace(process.cwd() + '/', '')})`);
}
