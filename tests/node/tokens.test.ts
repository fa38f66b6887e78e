// Material Web's rule: a widget may only use design tokens that are declared, so theming docs stay true; and the
// other way round, every declared token is used and documented in the README with its default (and in the manifest:
// tests/build/tokens-manifest.test.ts, since the build writes custom-elements.json).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { TOKENS, tokenDeclarations } from '../../src/shared/tokens.js';

function* tsFiles(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) yield* tsFiles(p);
    else if (p.endsWith('.ts')) yield p;
  }
}

const sources = [...tsFiles('src')].map((file) => ({ file, text: readFileSync(file, 'utf8') }));
const privateNames = new Set<string>(Object.values(TOKENS).map((t) => t.private));

test('every public --net-* token used in src/ is declared in TOKENS', () => {
  for (const { file, text } of sources) {
    for (const [, token] of text.matchAll(/var\((--net-[\w-]+)/g)) {
      assert.ok(token! in TOKENS, `${file} uses ${token}, which is not declared in src/shared/tokens.ts`);
    }
  }
});

test('every private --_* token used in src/ is one that TOKENS declares', () => {
  for (const { file, text } of sources) {
    for (const [, token] of text.matchAll(/var\((--_[\w-]+)/g)) {
      assert.ok(privateNames.has(token!), `${file} uses ${token}, which no token declares`);
    }
  }
});

test('every declared token is used by some style', () => {
  const styles = sources.filter((s) => s.file.endsWith('.styles.ts') || s.file.endsWith('styles.ts')).map((s) => s.text).join('\n');
  for (const [name, t] of Object.entries(TOKENS)) assert.ok(styles.includes(`var(${t.private})`), `${name} (${t.private}) is declared but never used`);
});

test('the base styles map every public token onto its private one, with its default', () => {
  const declared = tokenDeclarations();
  for (const [name, t] of Object.entries(TOKENS)) assert.ok(declared.includes(`${t.private}: var(${name}, ${t.value});`), name);
});

test("the README's theming table lists every token with its default, and no other", () => {
  const readme = readFileSync('README.md', 'utf8');
  const table = readme.slice(readme.indexOf('| token | default |'));
  const rows = table.slice(0, table.indexOf('\n\n')).split('\n').slice(2);
  const documented = new Map<string, string>();
  for (const row of rows) {
    const cells = row.split('|').map((c) => c.trim());
    const names = [...cells[1]!.matchAll(/`(--net-[\w-]+)`/g)].map((m) => m[1]!);
    const values = [...cells[2]!.matchAll(/`([^`]+)`/g)].map((m) => m[1]!);
    names.forEach((n, i) => documented.set(n, values[i]!));
  }
  assert.deepEqual([...documented.keys()].sort(), Object.keys(TOKENS).sort());
  for (const [name, t] of Object.entries(TOKENS)) assert.equal(documented.get(name), t.value, `${name} default in the README`);
});
