/**
 * No sentence copied: runs the shared own-words check (any run of ten words that repeats a source page) over data/
 * and src/. Skipped when the shared tool is not next to the repository (a checkout without ../shared).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { root } from './content-helpers.js';

const tool = fileURLToPath(new URL('../../../shared/tools/own-words.mjs', import.meta.url));

test('content is in our own words (no run of 10 words from a source page)', { skip: !existsSync(tool) && 'shared/tools/own-words.mjs not found' }, () => {
  const run = spawnSync(process.execPath, [tool, 'data', 'src'], { cwd: root, encoding: 'utf8' });
  assert.equal(run.status, 0, run.stdout + run.stderr);
});
