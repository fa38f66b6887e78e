// `net-widgets render` as a hospital's web team runs it: the snippet on stdout (or in a file), exit codes, linked
// stylesheets. Runs the built CLI (bin/ over dist/node/ssr.js), so it needs `npm run build` first, as npm test does.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { root } from '../node/content-helpers.js';
import common from '../../data/en/ui-common.json';

function cli(...args: string[]) {
  const run = spawnSync(process.execPath, ['bin/net-widgets.mjs', ...args], { cwd: root, encoding: 'utf8' });
  return { code: run.status, out: run.stdout, err: run.stderr };
}

test('render net-drug-card drug=everolimus prints the card as HTML with a declarative shadow root: exit 0', () => {
  const { code, out, err } = cli('render', 'net-drug-card', 'drug=everolimus', '--date', '2026-12-02');
  assert.equal(code, 0, err);
  assert.equal(err, '');
  assert.match(out, /^<net-drug-card [^>]*drug="everolimus"[^>]*rendered-on="2026-12-02"/);
  assert.match(out, /<template shadowrootmode="open"><style>/);
  assert.doesNotMatch(out, /shadowroot=/, 'no obsolete shadowroot attribute');
  assert.ok(out.includes('Everolimus') && out.includes(common.disclaimer));
  assert.doesNotMatch(out, /<script/i);
});

test('render takes boolean attributes, --stylesheets and --out', () => {
  const dir = mkdtempSync(join(tmpdir(), 'net-render-'));
  const file = join(dir, 'list.html');
  const { code, out } = cli('render', 'net-treatment-list', 'no-search', 'expanded=false', '--stylesheets', '/assets/nw/', '-o', file);
  assert.equal(code, 0);
  assert.equal(out, '');
  const html = readFileSync(file, 'utf8');
  assert.match(html, /^<net-treatment-list [^>]*no-search/);
  assert.doesNotMatch(html.slice(0, html.indexOf('<template')), /expanded/);
  assert.match(html, /<link rel="stylesheet" href="\/assets\/nw\/net-treatment-list.css">/);
});

test('render: an unknown drug prints the card with its problem and exits 1; usage errors exit 2', () => {
  const bad = cli('render', 'net-drug-card', 'drug=aspirin');
  assert.equal(bad.code, 1);
  assert.match(bad.out, /aspirin/);
  assert.match(bad.err, /<net-drug-card> shows a problem: .*aspirin/);
  assert.equal(cli('render').code, 2);
  const unknown = cli('render', 'net-pill-box');
  assert.equal(unknown.code, 2);
  assert.match(unknown.err, /no widget "net-pill-box"/);
  assert.equal(cli('render', 'net-diet-guide', '--date', 'tomorrow').code, 2);
  assert.match(cli('render', '--help').out, /Usage: net-widgets render <widget>/);
  assert.match(cli('--help').out, /render +print a widget as HTML/);
});
