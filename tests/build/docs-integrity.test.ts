// The README's CDN snippets must work when copied: the version and the integrity hash of the file built from this
// commit, never a placeholder (Chromium ignores an integrity attribute it cannot parse, so a placeholder turns the
// check off without a word). `npm run build` rewrites them (scripts/docs-integrity.mjs), except in CI, where this
// test then fails on a README committed with an old hash.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { root } from '../node/content-helpers.js';

const readme = readFileSync(join(root, 'README.md'), 'utf8');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const { version, files } = JSON.parse(readFileSync(join(root, 'dist/cdn/integrity.json'), 'utf8')) as {
  version: string;
  files: Record<string, string>;
};

/** Every <script> tag in the README that has an integrity attribute: the file it loads and the hash it pins. */
const pinned = [...readme.matchAll(/<script\b[^>]*?\bsrc="([^"]+)"[^>]*?\bintegrity="([^"]*)"/g)].map((m) => ({
  src: m[1]!,
  file: m[1]!.split('/').pop()!,
  hash: m[2]!,
}));

test('the README pins the all-in-one CDN file with an integrity hash', () => {
  assert.ok(pinned.some((p) => p.file === 'net-widgets.js'), 'no <script src=".../net-widgets.js" integrity="..."> in the README');
});

test('every integrity hash in the README is the one dist/cdn/integrity.json has for that file', () => {
  assert.equal(version, pkg.version);
  for (const { src, file, hash } of pinned) {
    assert.ok(file in files, `${src}: not a CDN file (${Object.keys(files).join(', ')})`);
    assert.equal(hash, files[file], `${src}: the README's hash differs from dist/cdn/integrity.json (npm run docs:integrity)`);
  }
});

test('every versioned CDN address in the README names this version', () => {
  const versions = [...readme.matchAll(/net-widgets@([^/\s"]+)\//g)].map((m) => m[1]);
  assert.ok(versions.length > 0);
  assert.deepEqual([...new Set(versions)], [pkg.version]);
});

test('no integrity placeholder is left in the README, the guides or the stories', () => {
  for (const file of ['README.md', 'stories/embed.ts', 'stories/guides/embedding.mdx']) {
    const text = readFileSync(join(root, file), 'utf8');
    assert.doesNotMatch(text, /sha384-(…|\.\.\.)/, `${file} holds a placeholder where a hash should be`);
  }
});
