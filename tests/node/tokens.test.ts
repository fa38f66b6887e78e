// Material Web's rule: a widget may only use design tokens that are declared, so theming docs stay true.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { TOKENS } from '../../src/shared/styles.js';

function* tsFiles(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) yield* tsFiles(p);
    else if (p.endsWith('.ts')) yield p;
  }
}

const styles = readFileSync('src/shared/styles.ts', 'utf8');
const declaredPrivate = new Set([...styles.matchAll(/(--_[\w-]+):/g)].map((m) => m[1]));

test('every public --net-* token used in src/ is declared in TOKENS', () => {
  for (const file of tsFiles('src')) {
    for (const [, token] of readFileSync(file, 'utf8').matchAll(/var\((--net-[\w-]+)/g)) {
      assert.ok(token! in TOKENS, `${file} uses ${token}, which is not declared in src/shared/styles.ts TOKENS`);
    }
  }
});

test('every private --_* token used in src/ is declared in the base styles', () => {
  for (const file of tsFiles('src')) {
    for (const [, token] of readFileSync(file, 'utf8').matchAll(/var\((--_[\w-]+)/g)) {
      assert.ok(declaredPrivate.has(token!), `${file} uses ${token}, which no :host rule declares`);
    }
  }
});

test('every declared public token maps onto a private one with its documented fallback', () => {
  for (const [token, fallback] of Object.entries(TOKENS)) {
    assert.ok(styles.includes(`var(${token}, ${fallback})`), `${token} should fall back to ${fallback}`);
  }
});
