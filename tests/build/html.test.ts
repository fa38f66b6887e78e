// The server-rendered snippets that `npm run build` writes to dist/html/ (and their light-DOM twins in dist/html-light/):
// one for every bundled entry, and valid HTML to the W3C Nu HTML Checker (npm vnu-jar, run with Java), declarative
// shadow DOM included. Lit's `<?>` markers (empty parts, which Lit's hydration reads) are the only errors it may report:
// they are Lit's, not ours.
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

/**
 * Each light snippet as the built renderer (dist/node/ssr.js, its templates minified as the CDN's are) renders it again
 * on the day it was built, in a process of its own (this one has the widgets from src/ defined).
 */
function renderedAgain(entries: readonly { tag: string; attrs: object; date: string }[]): string[] {
  const script = `import { renderWidget } from './dist/node/ssr.js';
    const entries = JSON.parse(process.argv[1]);
    process.stdout.write(JSON.stringify(entries.map((e) => renderWidget(e.tag, { ...e.attrs, 'light-dom': true }, { date: e.date }))));`;
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', script, JSON.stringify(entries)], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  assert.equal(run.status, 0, run.stderr);
  return JSON.parse(run.stdout) as string[];
}

test('npm run build wrote dist/html-light/ for every bundled entry and each widget’s light stylesheet, and all four in one', () => {
  const prefixes = new Set<string>();
  const files: { file: string; html: string; tag: string; attrs: object; date: string }[] = [];
  for (const entry of bundledEntries()) {
    const file = `dist/html-light/${entry.tag}/${entry.name}.html`;
    assert.ok(existsSync(file), `${file} was not built`);
    const html = readFileSync(file, 'utf8');
    assert.ok(html.startsWith(`<${entry.tag} `), `${file}: starts with the widget`);
    const open = html.slice(0, html.indexOf('>') + 1);
    assert.ok(/\slight-dom[\s>]/.test(open), `${file}: light-dom`);
    const prefix = /data-net-ids="([^"]+)"/.exec(open)?.[1] ?? '';
    assert.ok(/^n[a-z][a-z0-9]{6}-$/.test(prefix), `${file}: data-net-ids`);
    prefixes.add(prefix);
    assert.ok(html.slice(open.length).startsWith('<!--lit-part '), `${file}: its content, with Lit’s marker, as the widget’s children`);
    assert.ok(!html.includes('<template'), `${file}: a shadow root`);
    assert.ok(!/<style|style="|<link|<script/i.test(html), `${file}: a style, link or script`);
    files.push({ file, html, tag: entry.tag, attrs: entry.attrs, date: /rendered-on="([0-9-]+)"/.exec(open)?.[1] ?? '' });
  }
  assert.equal(prefixes.size, files.length, 'each entry its own id prefix');
  // The same input, the same output: rendered again as on the day it was built, each file is unchanged.
  const again = renderedAgain(files.map(({ tag, attrs, date }) => ({ tag, attrs, date })));
  files.forEach(({ file, html }, i) => assert.ok(again[i] === html.trimEnd(), `${file}: rendered again, the same HTML`));
  const all = readFileSync('dist/cdn/net-widgets.light.css', 'utf8');
  for (const tag of WIDGET_TAGS) {
    const css = readFileSync(`dist/cdn/${tag}.light.css`, 'utf8');
    assert.ok(/^@scope ?\(/.test(css) && css.includes(`(${tag}[light-dom])`), `dist/cdn/${tag}.light.css is scoped to the widget`);
    assert.ok(!css.includes(':host'), `dist/cdn/${tag}.light.css: no :host`);
    assert.ok(all.includes(css), `dist/cdn/net-widgets.light.css holds ${tag}'s`);
  }
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

interface Checked {
  /** Every error the checker reported, as "snippet:line:column: message (extract)". */
  readonly errors: readonly { line: string }[];
  readonly messages: readonly VnuMessage[];
}

/**
 * Runs the checker once (Java starts once, over one folder of pages) over every file in dist/html/ and dist/html-light/,
 * and the snippets the build does not write there: styles linked (`--stylesheets`), a problem message, French and
 * Spanish, each in shadow and light DOM. Null when there is no Java.
 */
function checkSnippets(): Checked | null {
  const java = ensureJava();
  if (!java) return null;
  const vnuJar = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');
  const snippets = new Map<string, string>();
  for (const folder of ['dist/html', 'dist/html-light']) {
    for (const tag of readdirSync(folder)) {
      for (const name of readdirSync(`${folder}/${tag}`).filter((n) => n.endsWith('.html'))) {
        snippets.set(`${folder}/${tag}/${name}`, readFileSync(`${folder}/${tag}/${name}`, 'utf8'));
      }
    }
  }
  assert.ok(snippets.size >= 2 * bundledEntries().length, 'dist/html/ and dist/html-light/ hold every bundled entry');
  for (const light of [{}, { 'light-dom': true }]) {
    const mode = 'light-dom' in light ? ' light-dom' : '';
    for (const tag of WIDGET_TAGS) {
      const attrs = { ...(tag === 'net-drug-card' ? { drug: 'everolimus' } : {}), ...light };
      snippets.set(`renderWidget(${tag}${mode}, stylesheets)`, renderWidget(tag, attrs, { stylesheets: '/assets/net-widgets/' }));
    }
    snippets.set(`renderWidget(net-drug-card drug=aspirin${mode})`, renderWidget('net-drug-card', { drug: 'aspirin', ...light }));
    for (const lang of LOCALES.slice(1)) {
      snippets.set(`renderWidget(net-drug-card lang=${lang}${mode})`, renderWidget('net-drug-card', { drug: 'everolimus', lang, ...light }));
    }
  }
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
    const errors = messages
      .filter((m) => m.type !== 'info' && !LIT_MARKER.test(m.message))
      .map((m) => {
        const what = pages.get(m.url ?? '') ?? m.url ?? '?';
        const column = m.lastLine === 1 && m.firstColumn ? m.firstColumn - PAGE_START.length : m.firstColumn;
        return { line: `${what}:${m.lastLine}:${column}: ${m.message} (${m.extract?.trim()})` };
      });
    return { errors, messages };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test('every snippet is valid HTML to the W3C Nu HTML Checker (Lit’s <?> markers aside): no declarative-shadow-DOM error', (t) => {
  const result = checkSnippets();
  if (!result) {
    t.skip(JAVA_MISSING);
    return;
  }
  // A light snippet has no `part` attribute (the templates leave it out in light DOM): the checker refuses it outside
  // a shadow root, whose <template> it does not look into.
  assert.deepEqual(result.errors.map((e) => e.line).sort(), [], 'the W3C Nu HTML Checker reports errors');
  assert.ok(
    result.messages.every((m) => !/shadowroot|template/i.test(m.message)),
    'no declarative-shadow-DOM error',
  );
});
