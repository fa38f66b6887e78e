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

test('render … light-dom prints the light snippet: the card as its own children, no shadow root; --id-prefix, --stylesheets', () => {
  const { code, out, err } = cli('render', 'net-drug-card', 'drug=everolimus', 'light-dom', '--date', '2026-12-02');
  assert.equal(code, 0, err);
  assert.equal(err, '');
  assert.match(out, /^<net-drug-card [^>]*drug="everolimus"[^>]*\blight-dom\b[^>]*data-net-ids="nd[a-z0-9]{6}-"/);
  assert.match(out, /^<net-drug-card [^>]*><!--lit-part /, 'its content follows at once, with Lit’s marker');
  assert.doesNotMatch(out, /<template|<style|<link|<script/i);
  assert.ok(out.includes('>Everolimus<') && out.includes(common.disclaimer));
  assert.equal(cli('render', 'net-drug-card', 'drug=everolimus', 'light-dom', '--date', '2026-12-02').out, out, 'the same snippet every time');
  const named = cli('render', 'net-treatment-list', 'light-dom', '--id-prefix', 'list-', '--stylesheets', '/assets/nw');
  assert.equal(named.code, 0, named.err);
  assert.match(named.out, /^<net-treatment-list [^>]*data-net-ids="list-"[^>]*><link rel="stylesheet" data-net-light-style href="\/assets\/nw\/net-treatment-list.light.css">/);
  assert.ok(named.out.includes('id="list-search"'));
  const bad = cli('render', 'net-drug-card', 'drug=everolimus', 'light-dom', '--id-prefix', 'Card');
  assert.equal(bad.code, 2);
  assert.match(bad.err, /--id-prefix must be/);
  assert.equal(cli('render', 'net-drug-card', 'drug=everolimus', '--id-prefix', 'card-').code, 2, '--id-prefix without light-dom');
  assert.match(cli('render', '--help').out, /light-dom[\s\S]*--id-prefix/);
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
