#!/usr/bin/env node
// npm run docs:integrity (and the build, last): writes the real version and integrity hash of each CDN file into the
// README's <script> snippets, from dist/cdn/integrity.json, so that a snippet copied from the README works as it is.
//
//   node scripts/docs-integrity.mjs          rewrite README.md (the build does this, except in CI)
//   node scripts/docs-integrity.mjs --check  change nothing; exit 1 if README.md is not current
// tests/build/docs-integrity.test.ts checks the README; the Storybook snippets read integrity.json themselves.
import { readFileSync, writeFileSync } from 'node:fs';

const README = 'README.md';
const { version, files } = JSON.parse(readFileSync('dist/cdn/integrity.json', 'utf8'));

/** Every `src=".../<file>.js"` followed by `integrity="..."`, and every `net-widgets@<version>` in a CDN address. */
const SNIPPET = /(src="[^"]*?\/)([\w.-]+\.js)("\s+integrity=")([^"]*)(")/g;
const VERSIONED = /net-widgets@\d+\.\d+\.\d+[\w.-]*\//g;

function withCurrentIntegrity(text) {
  return text
    .replace(SNIPPET, (whole, before, file, mid, _hash, after) =>
      file in files ? `${before}${file}${mid}${files[file]}${after}` : whole,
    )
    .replace(VERSIONED, `net-widgets@${version}/`);
}

const check = process.argv.includes('--check');
const text = readFileSync(README, 'utf8');
const next = withCurrentIntegrity(text);
if (next === text) console.log(`${README}: the CDN snippets carry version ${version} and its integrity hashes`);
else if (check) {
  console.error(`${README}: the CDN snippets do not match dist/cdn/integrity.json: run npm run docs:integrity and commit`);
  process.exit(1);
} else {
  writeFileSync(README, next);
  console.log(`${README}: wrote version ${version} and the integrity hashes into the CDN snippets`);
}
