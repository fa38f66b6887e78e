// The design tokens in the manifest that the build writes (custom-elements.json, through `cem analyze`): every widget
// lists every token as a CSS property, with its default, so editors and the docs' tables show them all.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { TOKENS } from '../../src/shared/tokens.js';
import { WIDGETS } from '../../scripts/widgets.mjs';

test("every widget's manifest lists every token as a CSS property, with its default", () => {
  const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
  type Decl = { tagName?: string; cssProperties?: { name: string; default?: string }[] };
  const widgets: Decl[] = manifest.modules.flatMap((m: { declarations?: Decl[] }) => m.declarations ?? []).filter((d: Decl) => d.tagName);
  assert.deepEqual(widgets.map((w) => w.tagName).sort(), WIDGETS.map((w) => w.tag).sort());
  for (const w of widgets) {
    const props = Object.fromEntries((w.cssProperties ?? []).map((p) => [p.name, p.default]));
    assert.deepEqual(props, Object.fromEntries(Object.entries(TOKENS).map(([n, t]) => [n, t.value])), w.tagName);
  }
});
