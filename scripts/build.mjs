#!/usr/bin/env node
// npm run build: dist/ for bundlers (with .d.ts), dist/cdn/ for one script tag, custom-elements.json, and the
// integrity hashes that hospitals pin in their <script> tags.
import { execSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const run = (cmd) => execSync(cmd, { stdio: 'inherit' });

rmSync('dist', { recursive: true, force: true });
run('npx rollup -c --silent');
run('node scripts/render-html.mjs'); // dist/html/ and the widgets' stylesheets (src/ssr/)
run('npx tsc -p tsconfig.build.json');
run('node scripts/inline-json-types.mjs');
run('npx cem analyze --config custom-elements-manifest.config.mjs --quiet');
run('node --import tsx scripts/json-schema.mjs');

const version = JSON.parse(readFileSync('package.json', 'utf8')).version;
const integrity = {};
for (const file of readdirSync('dist/cdn').filter((f) => f.endsWith('.js'))) {
  const hash = createHash('sha384').update(readFileSync(join('dist/cdn', file))).digest('base64');
  integrity[file] = `sha384-${hash}`;
}
writeFileSync('dist/cdn/integrity.json', JSON.stringify({ version, files: integrity }, null, 2) + '\n');
console.log(`built dist/ and dist/cdn/ (${Object.keys(integrity).join(', ')})`);
// The README's CDN snippets carry the real hashes. Not in CI, where the tests check the README as it was committed.
if (!process.env.CI) run('node scripts/docs-integrity.mjs');
