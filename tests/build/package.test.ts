// The package as an app gets it: `npm pack`, then the tarball installed into a fresh folder (its dependencies from the
// npm cache), and used from there. Every entry point imports and registers its elements (in Node, where Lit's own
// server build provides a minimal DOM), the types compile with `tsc` through `exports`, and the CDN files and
// custom-elements.json are in it. Runs after `npm run build` (npm test builds first; `npm pack` here skips prepack).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WIDGETS, CDN_LOCALE_BUNDLES } from '../../scripts/widgets.mjs';
import { root } from '../node/content-helpers.js';

const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const installedVersion = (name: string) => JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')).version;
const tsc = join(root, 'node_modules/typescript/bin/tsc');

/** The environment without the outer `npm test`'s own npm settings (its prefix would point the install at the repo). */
const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_(?!config_(cache|registry)$)/i.test(k)));

let tmp = '';
let app = '';
let packed: string[] = [];

before(() => {
  assert.ok(existsSync(join(root, 'dist/index.js')), 'run npm run build first');
  tmp = mkdtempSync(join(tmpdir(), 'net-widgets-pack-'));
  const out = execFileSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', tmp], { cwd: root, env, encoding: 'utf8' });
  const [info] = JSON.parse(out) as [{ filename: string; files: { path: string }[] }];
  packed = info.files.map((f) => f.path);
  app = join(tmp, 'app');
  mkdirSync(app);
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'an-app', private: true, type: 'module' }));
  // React is the wrappers' optional peer, so an app that uses them installs it itself.
  const deps = [join(tmp, info.filename), `react@${installedVersion('react')}`, `@types/react@${installedVersion('@types/react')}`];
  execFileSync('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', '--loglevel=error', ...deps], {
    cwd: app,
    env,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
});

after(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

const installed = (path: string) => join(app, 'node_modules/net-widgets', path);

test('the tarball holds the built code, types, CDN files, schemas, CLI, manifest, readme, licence and changelog, and no sources', () => {
  const needed = [
    'package.json',
    'README.md',
    'LICENSE',
    'CHANGELOG.md',
    'custom-elements.json',
    'dist/cdn/net-widgets.js',
    'dist/cdn/integrity.json',
    ...WIDGETS.flatMap((w) => [`dist/${w.tag}.js`, `dist/cdn/${w.tag}.js`, `dist/types/src/${w.tag}.d.ts`]),
    'data/README.md',
    'data/en/drugs.json',
    'dist/schema/drug-card.schema.json',
    'dist/schema/treatments.schema.json',
    'bin/net-widgets.mjs',
    'bin/commands/check.mjs',
    'dist/node/check.js',
  ];
  for (const [key, target] of Object.entries(pkg.exports as Record<string, string | Record<string, string>>)) {
    for (const file of typeof target === 'string' ? [target] : Object.values(target)) {
      if (!file.includes('*')) needed.push(file.replace(/^\.\//, ''));
      else assert.ok(packed.some((p) => p.startsWith(file.replace(/^\.\//, '').split('*')[0]!)), `${key}: nothing packed for ${file}`);
    }
  }
  for (const file of needed) assert.ok(packed.includes(file), `${file} is not in the tarball`);
  const unwanted = packed.filter((p) => /^(src|tests|stories|scripts|demo|bench)\//.test(p) || p.endsWith('.d.ts.map'));
  assert.deepEqual(unwanted, [], 'sources, tests and declaration maps stay out of the package');
});

/** Imports `specifier` from the app in a Node process of its own (so one entry's registrations cannot hide another's). */
function importFromApp(specifier: string): { exports: string[]; defined: string[] } {
  const script = `const m = await import(${JSON.stringify(specifier)});
    const tags = ${JSON.stringify(WIDGETS.map((w) => w.tag))}.filter((t) => globalThis.customElements?.get(t));
    console.log(JSON.stringify({ exports: Object.keys(m).sort(), defined: tags }));`;
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: app, encoding: 'utf8' });
  assert.equal(run.status, 0, `import('${specifier}') failed:\n${run.stderr}`);
  return JSON.parse(run.stdout.trim().split('\n').pop()!);
}

const classes = WIDGETS.map((w) => w.className).sort();

/** What the package's main entry exports besides the classes: the version, and the page's list of questions. */
const MAIN_EXTRAS = ['VERSION', 'questionsOn', 'questionKey', 'ownQuestion', 'STORAGE_KEY', 'MAX_QUESTIONS', 'MAX_QUESTION_LENGTH'];

test('"net-widgets" imports from the installed package and registers every element', () => {
  assert.deepEqual(importFromApp('net-widgets'), { exports: [...classes, ...MAIN_EXTRAS].sort(), defined: WIDGETS.map((w) => w.tag) });
});

for (const w of WIDGETS) {
  test(`"net-widgets/${w.tag}" imports and registers <${w.tag}> only`, () => {
    const { exports, defined } = importFromApp(`net-widgets/${w.tag}`);
    assert.deepEqual({ exports, defined }, { exports: [w.className], defined: [w.tag] });
  });
}

test('"net-widgets/react" imports (with the app\'s React) and exports a wrapper for every widget', () => {
  assert.deepEqual(importFromApp('net-widgets/react').exports, classes);
});

test('"net-widgets/validate" checks host content in plain Node, with no DOM and no element defined', () => {
  const script = `import { checkDrugCard, checkTreatments } from 'net-widgets/validate';
    const bad = checkTreatments([{ id: 'x' }], 'ours.json');
    const card = checkDrugCard('{ nope', 'card.json');
    console.log(JSON.stringify({ dom: typeof HTMLElement, bad: bad.problem, entries: bad.entries.length, card: card.problem.code }));`;
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: app, encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  const out = JSON.parse(run.stdout.trim());
  assert.equal(out.dom, 'undefined', 'no DOM was needed');
  assert.equal(out.bad.code, 'invalid-content');
  assert.equal(out.entries, 0);
  assert.ok(out.bad.details.length > 0 && out.bad.details.every((line: string) => line.startsWith('ours.json[0]')), out.bad.details.join('\n'));
  assert.equal(out.card, 'invalid-json');
});

const typeCheck = `import { NetDrugCard, NetTreatmentList, NetDietGuide, VERSION } from 'net-widgets';
import { checkTreatments, type HostContentCheck, type Treatment } from 'net-widgets/validate';
import 'net-widgets/net-drug-card';
import { NetTreatmentList as ListClass } from 'net-widgets/net-treatment-list';
import { NetDietGuide as GuideClass } from 'net-widgets/net-diet-guide';
import { NetDrugCard as ReactDrugCard } from 'net-widgets/react';
import type { ComponentProps } from 'react';

const card: NetDrugCard = document.createElement('net-drug-card');
card.drug = 'everolimus';
// @ts-expect-error: variant is 'full' | 'compact' (were the types missing, this line would not be an error)
card.variant = 'huge';
const list: ListClass = document.createElement('net-treatment-list');
list.addEventListener('net-filter-change', () => {});
const guide: GuideClass = document.createElement('net-diet-guide');
const props: ComponentProps<typeof ReactDrugCard> = { drug: 'octreotide', onNetError: (e) => console.log(e.detail.code) };
const checked: HostContentCheck<Treatment> = checkTreatments([]);
export const used = [card, list, guide, props, VERSION.length, NetTreatmentList, NetDietGuide, checked];
`;

for (const resolution of ['nodenext', 'bundler'] as const) {
  test(`the types resolve through "exports" and compile with tsc (moduleResolution ${resolution}, skipLibCheck off)`, () => {
    writeFileSync(join(app, 'check.ts'), typeCheck);
    const config = {
      compilerOptions: {
        strict: true,
        noEmit: true,
        target: 'es2022',
        module: resolution === 'nodenext' ? 'nodenext' : 'esnext',
        moduleResolution: resolution,
        lib: ['es2022', 'dom', 'dom.iterable'],
        types: [],
        skipLibCheck: false,
      },
      files: ['check.ts'],
    };
    writeFileSync(join(app, `tsconfig.${resolution}.json`), JSON.stringify(config));
    const run = spawnSync(process.execPath, [tsc, '-p', `tsconfig.${resolution}.json`], { cwd: app, encoding: 'utf8' });
    assert.equal(run.status, 0, `tsc failed:\n${run.stdout}${run.stderr}`);
  });
}

test('the installed package has custom-elements.json with every element, and the CDN files with their hashes', () => {
  const installedPkg = JSON.parse(readFileSync(installed('package.json'), 'utf8'));
  const manifest = JSON.parse(readFileSync(installed(installedPkg.customElements), 'utf8'));
  const tags = manifest.modules.flatMap((m: { declarations?: { tagName?: string }[] }) => (m.declarations ?? []).map((d) => d.tagName));
  for (const w of WIDGETS) assert.ok(tags.includes(w.tag), `custom-elements.json lacks <${w.tag}>`);
  const { version, files } = JSON.parse(readFileSync(installed('dist/cdn/integrity.json'), 'utf8'));
  assert.equal(version, pkg.version);
  const localeFiles = CDN_LOCALE_BUNDLES.map((b) => b.file.replace('dist/cdn/', ''));
  assert.deepEqual(Object.keys(files).sort(), ['net-widgets.js', ...localeFiles, ...WIDGETS.map((w) => `${w.tag}.js`)].sort());
  for (const [file, hash] of Object.entries(files)) {
    const actual = `sha384-${createHash('sha384').update(readFileSync(installed(`dist/cdn/${file}`))).digest('base64')}`;
    assert.equal(actual, hash, `dist/cdn/${file} does not match its integrity hash`);
  }
});

test('`npx net-widgets check` runs from the installed package: exit 0 on a good file, 1 on a bad one', () => {
  const check = (file: string) =>
    spawnSync('npx', ['--no', 'net-widgets', 'check', join(root, 'tests/fixtures/cli', file)], { cwd: app, env, encoding: 'utf8' });
  const good = check('good-card.json');
  assert.equal(good.status, 0, good.stderr);
  assert.match(good.stdout, /good-card\.json: valid, a drug card/);
  const bad = check('bad-treatments.json');
  assert.equal(bad.status, 1, bad.stderr);
  assert.match(bad.stdout, /bad-treatments\.json\[1\]\.category: must be one of/);
});
