// Checks the built files that hospitals and bundlers depend on. Runs after `npm run build` (npm test builds first).
import { test } from 'node:test';
import { NET_EVENTS } from '../../src/shared/events.js';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { createHash } from 'node:crypto';
import { init, parse } from 'es-module-lexer';
import { WIDGETS, CDN_BUNDLE } from '../../scripts/widgets.mjs';
import { VERSION } from '../../src/shared/version.js';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const cdnFiles = [CDN_BUNDLE, ...WIDGETS.map((w) => `dist/cdn/${w.tag}.js`)];

test('the package version and the version the widgets report agree', () => {
  assert.equal(VERSION, pkg.version);
});

for (const file of cdnFiles) {
  test(`${file} is one self-contained ES module: no imports of any kind`, async () => {
    assert.ok(existsSync(file), `${file} was not built`);
    await init;
    const code = readFileSync(file, 'utf8');
    const [imports] = parse(code);
    assert.deepEqual(
      imports.map((i) => code.slice(i.importStart, i.importEnd)),
      [],
      'a CDN file must not import anything (bare imports fail in a browser; others make requests)',
    );
  });
}

test('every CDN file loads Lit’s hydration support before it defines an element', () => {
  for (const file of cdnFiles) {
    const code = readFileSync(file, 'utf8');
    // The support sets globalThis.litElementHydrateSupport; LitElement's module calls it once, when it is evaluated.
    const installed = code.indexOf('litElementHydrateSupport=');
    const called = code.indexOf('litElementHydrateSupport?.(');
    assert.ok(installed !== -1, `${file} has no hydration support`);
    assert.ok(called !== -1 && installed < called, `${file}: hydration support is installed before LitElement is defined`);
  }
});

test('the CDN bundle registers every widget in src/ and carries its English content', () => {
  const code = readFileSync(CDN_BUNDLE, 'utf8');
  for (const w of WIDGETS) {
    assert.ok(existsSync(w.entry), `${w.entry} is missing`);
    assert.ok(code.includes(`"${w.tag}"`), `${CDN_BUNDLE} does not register <${w.tag}>`);
  }
  assert.match(code, /does not replace their advice/, 'the shared English labels are bundled');
});

test('the bundles leave out what only editors and the docs read: token descriptions and editorNotes', () => {
  const tokens = JSON.parse(readFileSync('src/shared/tokens.json', 'utf8'));
  const diet = JSON.parse(readFileSync('data/en/diet.json', 'utf8'));
  const [name, token] = Object.entries(tokens)[1] as [string, { value: string; description: string }];
  // The longest stretch of an editor's note without quotes, which a minifier could have escaped.
  const note = String(diet.editorNotes[0].text).split(/["“”]/).sort((a, b) => b.length - a.length)[0]!;
  assert.ok(note.length > 20, 'an editor note to look for');
  const files = [CDN_BUNDLE, 'dist/cdn/net-diet-guide.js', 'dist/cdn/net-widgets.fr.js', ...readdirSync('dist/chunks').filter((f) => f.endsWith('.js')).map((f) => `dist/chunks/${f}`)];
  for (const file of files) {
    const code = readFileSync(file, 'utf8');
    assert.ok(!code.includes(token.description), `${file} carries the description of ${name}`);
    assert.ok(!code.includes(note), `${file} carries an editor note`);
  }
  const code = readFileSync(CDN_BUNDLE, 'utf8');
  assert.ok(code.includes(token.value), `${CDN_BUNDLE} keeps the default of ${name}`);
  assert.ok(code.includes(diet.groups[0].name), `${CDN_BUNDLE} keeps the diet guide's content`);
});

// Byte budgets hold the line against regressions. They sit just above today's sizes (net-widgets.js 53.0 KB gzip, of
// which Lit and the English content alone are about 23 KB; the kinds of foods and the reviewed wording added about 2.5 KB of content). The
// benchmark issue's 25 KB target (30 KB as a budget) cannot be met without dropping content or features: see README
// "Performance".
// Issue 14 added Lit's hydration support to every CDN file (about 1.5 KB gzip each, so that server-rendered snippets
// hydrate in place) and the no-JavaScript styles and notes (about 0.4 KB): net-widgets.js is now 54.8 KB gzip.
// The diet guide's answer for part of a name ("smoked": Smoked or salted fish) added about 0.1 KB to it (24.1 KB).
// Leaving the design tokens' descriptions and the data's editorNotes out of the bundles (scripts/runtime-json.mjs)
// took about 0.27 KB off each file and 0.28 KB more off those with the diet guide; the budgets came down with them,
// to about 0.45 KB above each (net-widgets.js 55.6 KB, drug card 31.3, treatment list 46.8, diet guide 23.8, fr 77.6, es 76.2).
// Issue 24 (robustness: reading every input safely, site-owner warnings, misspelt attributes, about 0.6 KB; what
// assistive technology hears: the paused count, "Sources" headings, terms read apart, no heading twice, about 0.8 KB
// where the list is) brought them to net-widgets.js 57.0 KB, drug card 32.4, treatment list 48.4, diet guide 24.8,
// fr 78.8, es 77.5; the budgets sit about 0.45 KB above.
// Issue 25 (one folder, one view per widget) gave the diet guide the medicines' real names from a names-only table
// (src/content/drug-names.ts, about 0.3 KB, which the all-in-one files carry beside the drug data) and moved code
// between modules (gzip finds other repeats): net-widgets.js 57.7 KB, drug card 32.5, treatment list 48.7, diet
// guide 25.25, fr 79.4, es 78.1; the budgets sit about 0.4 KB above.
// Issue 26 so far (first renders one per task and widgets that wait for the reader, src/shared/first-render.ts, about
// 0.85 KB; lazy hydration and the collapsed list snippet, about 0.35 KB) brought them to net-widgets.js 58.9 KB, drug
// card 33.3, treatment list 49.9, diet guide 26.1, fr 80.6, es 79.3. That is 1.2 KB over net-widgets.js at the start
// of issue 26 (57.7 KB), 0.2 KB more than the issue allows: to be won back before it is resolved. The 10,000-entry
// list (host entries checked, indexed and rendered in idle parts) added 0.7 KB more: net-widgets.js 59.6 KB, treatment
// list 50.4, fr 81.3, es 80.0; the issue is about 0.9 KB over its allowance.
// Issue 27 (answers in the patient's own words) added the naming table (data/en/naming.json, 2.7 KB gzip; each
// language file adds its own), the question reader (src/content/asking.ts), the treatment list's symptom, medicine and
// food answers, the diet guide's medicine and symptom answers, and the drug card's "did you mean" buttons and names a
// website adds: net-widgets.js 69.5 KB (+9.9 KB), drug card 34.9 (+1.1), treatment list 58.3 (+7.9), diet guide 31.9
// (+5.4), fr 94.0, es 92.5. The budgets sit about 0.4 KB above. The features are what the issue asks for; the growth is
// said plainly in the CHANGELOG and the README's Performance section, to be won back where it can be.
// Issue 28 (help the patient act) then added the key points of every drug and treatment (about 3.1 KB gzip in
// English), "Add to my questions" in every widget with the page's question store and the questions' wording (about
// 4 to 6 KB in each widget's file, 3 KB of it the store and wording), the urgent steps, the checklist button and
// <net-questions> itself (about 7.5 KB in net-widgets.js): net-widgets.js 85.1 KB (+15.6), drug card 40.8 (+5.9),
// treatment list 65.9 (+7.6), diet guide 36.4 (+4.5), fr 113.5, es 111.8. The budgets sit about 0.4 KB above. To win
// back: the names-and-dates tables that the all-in-one files carry beside the full content (about 3 KB), and the
// store's storage code in files without <net-questions>. The route pictures added about 0.2 KB to each file with the
// drug card (net-widgets.js 85.7 KB).
// Issue 29 (light DOM) added the light-DOM runtime shared by every widget (the scoped stylesheet built from the shadow
// one, ids per instance, slots moved into place, hydration of light snippets, the translator check, the host's DOM
// methods for moved slot content), the id and part calls in every template and one space kept between tags (for
// reader views, about 0.1 KB): net-widgets.js 88.3 KB (+2.6), drug card 43.6, treatment list 69.2, diet guide 38.8,
// questions 28.65, fr 116.7, es 115.0. The budgets sit about 0.4 KB above.
// Issue 26 again (the treatment list's head rendered first while the page loads, each widget's own stylesheets
// adopted at its first render) added about 0.4 KB: net-widgets.js 88.7 KB, treatment list 69.6, fr 117.1, es 115.4.
// Then the all-in-one files dropped the names-only and entries-only tables that they carried beside the whole content
// (scripts/runtime-json.mjs, `tables: false`): net-widgets.js 86.2 KB (-2.5), fr 114.7, es 113.0. That wins back
// what issue 26 had added over its allowance (1 KB over 57.7 KB: it had added about 2.3 KB). The budgets sit about
// 0.4 KB above.
const BUDGETS_KB: Record<string, number> = {
  [CDN_BUNDLE]: 86.6,
  'dist/cdn/net-drug-card.js': 44.0,
  'dist/cdn/net-treatment-list.js': 70.0,
  'dist/cdn/net-diet-guide.js': 39.2,
  // Issue 28: <net-questions> alone, 26.0 KB gzip: besides its code and labels, an entries-only table of the English
  // drugs, treatments and diet (src/content/question-entries.ts, trimmed by scripts/runtime-json.mjs: names, review
  // dates, side effects' words), instead of the whole content (43.7 KB with it). The all-in-one files, which carry
  // the whole content anyway, read it instead of the table (issue 26).
  'dist/cdn/net-questions.js': 29.1,
  // Each adds one language's content (about 21 KB gzip) and its naming table to the whole bundle.
  'dist/cdn/net-widgets.fr.js': 115.1,
  'dist/cdn/net-widgets.es.js': 113.4,
  // Issue 29: the four widgets' light-DOM stylesheets in one file, which a page with light snippets links in its
  // <head> (5.1 KB gzip: each widget's is about 2.6 to 2.9 KB, their shared rules compress together).
  'dist/cdn/net-widgets.light.css': 5.5,
};
for (const [file, kb] of Object.entries(BUDGETS_KB)) {
  test(`${file} stays within its byte budget: ${kb} KB gzip`, () => {
    const gz = gzipSync(readFileSync(file), { level: 9 }).length;
    assert.ok(gz <= kb * 1024, `${file} is ${(gz / 1024).toFixed(1)} KB gzip, over its ${kb} KB budget`);
  });
}

test('the integrity file matches the CDN files byte for byte', () => {
  const { version, files } = JSON.parse(readFileSync('dist/cdn/integrity.json', 'utf8'));
  assert.equal(version, pkg.version);
  for (const file of cdnFiles) {
    const name = file.split('/').pop()!;
    const hash = `sha384-${createHash('sha384').update(readFileSync(file)).digest('base64')}`;
    assert.equal(files[name], hash, `integrity of ${name}`);
  }
});

test('every export in package.json points at a built file, types first', () => {
  for (const [key, target] of Object.entries(pkg.exports as Record<string, string | Record<string, string>>)) {
    if (typeof target === 'string') {
      if (!target.includes('*')) assert.ok(existsSync(target), `${key} -> ${target} missing`);
      continue;
    }
    assert.equal(Object.keys(target)[0], 'types', `${key}: "types" must come first`);
    for (const file of Object.values(target)) assert.ok(existsSync(file), `${key} -> ${file} missing`);
  }
});

test('the npm build keeps Lit external, so an app bundles one Lit; the CDN file inlines it', () => {
  const npmFiles = ['dist/index.js', ...readdirSync('dist/chunks').map((f) => `dist/chunks/${f}`)].filter((f) => f.endsWith('.js'));
  const npmCode = npmFiles.map((f) => readFileSync(f, 'utf8')).join('\n');
  assert.match(npmCode, /from ['"]lit['"]|import ['"]lit['"]/, 'the npm build should import lit');
  // lit-html registers its version on globalThis: present where Lit is inlined, absent where it is external.
  assert.ok(!npmCode.includes('litHtmlVersions'), 'the npm build must not inline Lit');
  assert.ok(readFileSync(CDN_BUNDLE, 'utf8').includes('litHtmlVersions'), 'the CDN file must inline Lit');
});

test('custom-elements.json documents every widget with its tag', () => {
  const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
  const tags = manifest.modules.flatMap((m: { declarations?: Array<{ tagName?: string }> }) =>
    (m.declarations ?? []).map((d) => d.tagName).filter(Boolean),
  );
  for (const w of WIDGETS) assert.ok(tags.includes(w.tag), `custom-elements.json has no <${w.tag}>`);
});

test("each widget's documented events (@fires) are the ones the events table says it fires", () => {
  const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
  type Decl = { tagName?: string; events?: { name: string }[] };
  const decls: Decl[] = manifest.modules.flatMap((m: { declarations?: Decl[] }) => m.declarations ?? []);
  for (const w of WIDGETS) {
    const documented = decls.find((d) => d.tagName === w.tag)!.events?.map((e) => e.name).sort() ?? [];
    const fired = Object.entries(NET_EVENTS)
      .filter(([, e]) => (e.on as readonly string[]).includes(w.tag))
      .map(([name]) => name)
      .sort();
    assert.deepEqual(documented, fired, `<${w.tag}>`);
  }
});

test('the npm entry points register their elements (registration is not tree-shaken away)', () => {
  for (const file of ['dist/index.js', 'dist/react.js']) {
    const code = readFileSync(file, 'utf8');
    for (const w of WIDGETS) assert.ok(code.includes(`./${w.tag}.js`), `${file} does not import ./${w.tag}.js`);
  }
  for (const w of WIDGETS) {
    assert.match(readFileSync(`dist/${w.tag}.js`, 'utf8'), /defineElement|customElements/, `dist/${w.tag}.js registers nothing`);
  }
});

test('net-widgets.js and the one-widget files are English only; net-widgets.fr.js and .es.js add their language', () => {
  const fr = JSON.parse(readFileSync('data/fr/ui-common.json', 'utf8'));
  const es = JSON.parse(readFileSync('data/es/ui-common.json', 'utf8'));
  const has = (file: string, s: string) => readFileSync(file, 'utf8').includes(JSON.stringify(s).slice(1, -1));
  for (const file of [CDN_BUNDLE, ...WIDGETS.map((w) => `dist/cdn/${w.tag}.js`)]) {
    assert.ok(!has(file, fr.translationNote) && !has(file, es.translationNote), `${file} carries French or Spanish`);
  }
  assert.ok(has('dist/cdn/net-widgets.fr.js', fr.translationNote) && !has('dist/cdn/net-widgets.fr.js', es.translationNote));
  assert.ok(has('dist/cdn/net-widgets.es.js', es.translationNote) && !has('dist/cdn/net-widgets.es.js', fr.translationNote));
});

test('the npm build loads French and Spanish only when used: each is a chunk reached by a dynamic import alone', async () => {
  await init;
  const chunks = readdirSync('dist/chunks').filter((f) => f.endsWith('.js'));
  const localeChunks = chunks.filter((f) => /^(fr|es)-/.test(f));
  assert.equal(localeChunks.length, 2, `locale chunks: ${localeChunks.join(', ')}`);
  const files = [...['index', 'react', ...WIDGETS.map((w) => w.tag)].map((n) => `dist/${n}.js`), ...chunks.map((c) => `dist/chunks/${c}`)];
  let dynamic = 0;
  for (const file of files) {
    const [imports] = parse(readFileSync(file, 'utf8'));
    for (const imp of imports as unknown as { type: string; specifier?: string }[]) {
      const target = imp.specifier ?? '';
      if (!localeChunks.some((c) => target.endsWith(c))) continue;
      assert.equal(imp.type, 'dynamic', `${file} imports ${target} statically`);
      dynamic++;
    }
  }
  assert.equal(dynamic, 2, 'one dynamic import per language');
});
