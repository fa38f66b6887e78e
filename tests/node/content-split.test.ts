/**
 * The content modules stay split, so a page that shows one widget loads only that widget's content. The import graph
 * comes from esbuild (the same resolution a bundler uses; type-only imports drop out, as they do in a build).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { build } from 'esbuild';
import { root } from './content-helpers.js';

async function graphOf(entry: string): Promise<{ files: string[]; packages: string[] }> {
  const result = await build({
    absWorkingDir: root,
    entryPoints: [entry],
    bundle: true,
    write: false,
    metafile: true,
    format: 'esm',
    platform: 'neutral',
    packages: 'external',
    logLevel: 'silent',
  });
  const inputs = result.metafile.inputs;
  const packages = new Set<string>();
  for (const input of Object.values(inputs)) for (const imp of input.imports) if (imp.external) packages.add(imp.path);
  return { files: Object.keys(inputs).sort(), packages: [...packages].sort() };
}

test('drugs.ts loads drugs.json and the lookup, never the treatments, the diet or the validator', async () => {
  const { files, packages } = await graphOf('src/content/drugs.ts');
  assert.deepEqual(files, ['data/en/drugs.json', 'src/content/drugs.ts', 'src/content/locale-data.ts', 'src/content/lookup.ts', 'src/content/match.ts']);
  assert.ok(!files.some((f) => /diet\.json|treatments\.json/.test(f)));
  assert.deepEqual(packages, ['fastest-levenshtein'], 'valibot stays out of the runtime of a drug card');
});

test('treatments.ts, diet.ts and sources.ts each load only their own data', async () => {
  const expectations: [string, string][] = [
    ['src/content/treatments.ts', 'data/en/treatments.json'],
    ['src/content/diet.ts', 'data/en/diet.json'],
    ['src/content/sources.ts', 'data/en/sources.json'],
  ];
  for (const [entry, own] of expectations) {
    const json = (await graphOf(entry)).files.filter((f) => f.endsWith('.json'));
    assert.deepEqual(json, [own], entry);
  }
});

test('the validator loads no bundled data: known drug ids are an argument', async () => {
  const { files } = await graphOf('src/content/validate.ts');
  assert.deepEqual(files.filter((f) => f.endsWith('.json')), []);
});
