// The server-rendered snippets that `npm run build` writes to dist/html/: one for every bundled entry, and valid HTML
// to the W3C Nu HTML Checker (npm vnu-jar, run with Java), declarative shadow DOM included. Lit's `<?>` markers
// (empty parts, which Lit's hydration reads) are the only errors it may report: they are Lit's, not ours.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundledEntries, renderWidget, WIDGET_TAGS } from '../../src/ssr/index.js';
import { drugs } from '../../src/content/drugs.js';
import { ensureJava, JAVA_MISSING } from '../../scripts/ensure-java.mjs';
import { LOCALES } from '../../src/content/locale-data.js';

test('npm run build wrote dist/html/ for every bundled entry and each widget’s stylesheet', () => {
  const entries = bundledEntries();
  assert.equal(entries.filter((e) => e.tag === 'net-drug-card').length, drugs.length, 'one drug card per drug id');
  for (const entry of entries) {
    const file = `dist/html/${entry.tag}/${entry.name}.html`;
    assert.ok(existsSync(file), `${file} was not built`);
    const html = readFileSync(file, 'utf8');
    // assert.ok, not assert.match: a failure names the file without printing the whole snippet.
    assert.ok(html.startsWith(`<${entry.tag} `), `${file}: starts with the widget`);
    assert.ok(html.includes('<template shadowrootmode="open">'), `${file}: a declarative shadow root`);
    assert.ok(!html.includes('shadowroot='), `${file}: the obsolete shadowroot attribute`);
    assert.ok(!/<script/i.test(html), `${file}: a script`);
  }
  for (const tag of WIDGET_TAGS) assert.ok(readFileSync(`dist/cdn/${tag}.css`, 'utf8').includes(':host'), `dist/cdn/${tag}.css`);
});

/** Lit SSR's marker for an empty part: the checker reads it as an XML processing instruction. */
const LIT_MARKER = /Saw [“"]<\?[”"]/;
/** A page around a snippet, on the snippet's first line, so that only first-line columns move (by its length). */
const PAGE_START = '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>net-widgets snippet</title></head><body>';

interface VnuMessage {
  type: string;
  subType?: string;
  url?: string;
  message: string;
  extract?: string;
  lastLine?: number;
  firstColumn?: number;
  lastColumn?: number;
}

test('every snippet is valid HTML to the W3C Nu HTML Checker (Lit’s <?> markers aside): no declarative-shadow-DOM error', (t) => {
  const java = ensureJava();
  if (!java) {
    t.skip(JAVA_MISSING);
    return;
  }
  const vnuJar = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');
  // Every file in dist/html/, and the snippets the build does not write there: styles linked (`--stylesheets`), a
  // problem message, French and Spanish.
  const snippets = new Map<string, string>();
  for (const tag of readdirSync('dist/html')) {
    for (const name of readdirSync(`dist/html/${tag}`).filter((n) => n.endsWith('.html'))) {
      snippets.set(`dist/html/${tag}/${name}`, readFileSync(`dist/html/${tag}/${name}`, 'utf8'));
    }
  }
  assert.ok(snippets.size >= bundledEntries().length, 'dist/html/ holds every bundled entry');
  for (const tag of WIDGET_TAGS) {
    const attrs = tag === 'net-drug-card' ? { drug: 'everolimus' } : {};
    snippets.set(`renderWidget(${tag}, stylesheets)`, renderWidget(tag, attrs, { stylesheets: '/assets/net-widgets/' }));
  }
  snippets.set('renderWidget(net-drug-card drug=aspirin)', renderWidget('net-drug-card', { drug: 'aspirin' }));
  for (const lang of LOCALES.slice(1)) snippets.set(`renderWidget(net-drug-card lang=${lang})`, renderWidget('net-drug-card', { drug: 'everolimus', lang }));

  // One checker run over one folder of pages: Java starts once, not once per file.
  const dir = mkdtempSync(join(tmpdir(), 'net-vnu-'));
  try {
    const pages = new Map<string, string>();
    [...snippets].forEach(([what, html], i) => {
      const file = join(dir, `${String(i).padStart(3, '0')}.html`);
      writeFileSync(file, `${PAGE_START}${html.trimEnd()}</body></html>\n`);
      pages.set(`file:${file}`, what);
    });
    const run = spawnSync(java, ['-jar', vnuJar, '--format', 'json', '--errors-only', dir], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    assert.ok(run.status === 0 || run.status === 1, `the checker did not run (exit ${run.status}): ${run.error ?? run.stderr}`);
    const { messages } = JSON.parse(run.stderr) as { messages: VnuMessage[] };
    const errors = messages.filter((m) => m.type !== 'info' && !LIT_MARKER.test(m.message));
    const where = (m: VnuMessage) => {
      const column = m.lastLine === 1 && m.firstColumn ? m.firstColumn - PAGE_START.length : m.firstColumn;
      return `${pages.get(m.url ?? '') ?? m.url}:${m.lastLine}:${column}`;
    };
    assert.deepEqual(
      errors.map((m) => `${where(m)}: ${m.message} (${m.extract?.trim()})`).sort(),
      [],
      'the W3C Nu HTML Checker reports errors',
    );
    assert.ok(
      messages.every((m) => !/shadowroot|template/i.test(m.message)),
      'no declarative-shadow-DOM error',
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
