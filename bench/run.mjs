#!/usr/bin/env node
// npm run bench: size, render, scale, layout shift and Lighthouse of the built widgets, in one run of headless Debian
// Chromium. Prints one table (figure, target, pass or miss) and writes bench/results.json. Timings are medians over
// repeated runs and ratios between pages loaded in turn; nothing here fails on a time.
//
//   node bench/run.mjs                      everything (3–4 minutes on 2 cores); run `npm run build` first
//   node bench/run.mjs --only size,render   some sections: size, render, scale, cls, lighthouse
//   node bench/run.mjs --quick              fewer runs, for trying the harness
//   node bench/run.mjs --runs 25            render runs per page (default 15)
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { CDN_BUNDLE, CDN_LOCALE_BUNDLES, WIDGETS } from '../scripts/widgets.mjs';
import { startDemo, treatmentCategories } from './lib/inputs.mjs';
import { launchBrowser } from './lib/browser.mjs';
import { assertWidgetsUpgrade, measureCls } from './lib/cls.mjs';
import { measureLighthouse } from './lib/lighthouse.mjs';
import { describeMachine } from './lib/machine.mjs';
import { demoLikePage, writePage } from './lib/pages.mjs';
import { measureBreakdown } from './lib/breakdown.mjs';
import { measureRender } from './lib/render.mjs';
import { TARGETS, markdownTable, tableRows } from './lib/report.mjs';
import { measureDrugCards } from './lib/drug-cards-scale.mjs';
import { measureTreatmentList } from './lib/treatment-list-scale.mjs';
import { startServer } from './lib/server.mjs';
import { measureSizes } from './lib/size.mjs';
import { vocabularyFrom } from './lib/synthetic.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(root);
const pagesDir = join(root, 'bench/pages');
const SECTIONS = ['size', 'render', 'scale', 'cls', 'lighthouse'];

const { values: args } = parseArgs({
  options: {
    only: { type: 'string' },
    quick: { type: 'boolean', default: false },
    runs: { type: 'string' },
  },
});
const only = args.only ? args.only.split(',').map((s) => s.trim()) : SECTIONS;
const unknown = only.filter((s) => !SECTIONS.includes(s));
if (unknown.length) {
  console.error(`Unknown section(s): ${unknown.join(', ')}. Choose from ${SECTIONS.join(', ')}.`);
  process.exit(2);
}
const runs = Number(args.runs ?? (args.quick ? 5 : 15));
const log = (text) => process.stderr.write(`${text}\n`);

const warnings = checkBuild();
const builtAtStart = fingerprintBuild();
mkdirSync(pagesDir, { recursive: true });
const started = Date.now();
const results = { date: new Date().toISOString(), targets: TARGETS, settings: { runs, quick: args.quick, sections: only } };
const errors = [];
/** Runs one section; a section that fails is reported (and fails the run) without losing the others' figures. */
const timed = async (name, fn) => {
  const t0 = Date.now();
  log(`bench: ${name} ...`);
  try {
    const value = await fn();
    log(`bench: ${name} done in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
    return value;
  } catch (error) {
    errors.push({ section: name, message: error instanceof Error ? error.message : String(error) });
    log(`bench: ${name} FAILED: ${errors.at(-1).message}`);
    return undefined;
  }
};

const server = await startServer({ root });
const browser = await launchBrowser();
let demo;
try {
  results.machine = describeMachine(browser.version());
  const origin = server.origin;
  if (only.includes('size')) results.size = await timed('size', () => measureSizes({ root, workDir: join(pagesDir, '.size') }));
  if (only.includes('render')) {
    results.render = await timed('render', () => measureRender(browser, { origin, pagesDir, runs }));
    results.renderBreakdown = await timed('render breakdown', () => measureBreakdown(browser, { origin, pagesDir, runs: args.quick ? 2 : 5 }));
  }
  if (only.includes('scale')) {
    const bundled = JSON.parse(readFileSync('data/en/treatments.json', 'utf8'));
    const drugIds = JSON.parse(readFileSync('data/en/drugs.json', 'utf8')).map((d) => d.id);
    const sourceIds = JSON.parse(readFileSync('data/en/sources.json', 'utf8')).map((s) => s.id);
    const synth = {
      vocabulary: vocabularyFrom('data/en/treatments.json'),
      categories: treatmentCategories(root),
      sources: sourceIds,
      drugIds,
    };
    results.treatmentList = await timed('scale: treatment list', () =>
      measureTreatmentList(browser, {
        origin,
        pagesDir,
        sizes: [100, 1000, 10000],
        runs: args.quick ? 2 : 5,
        synth,
        bundledCount: bundled.length,
        queries: args.quick ? ['liver', 'scan'] : ['liver', 'scan', 'chemo', 'trial'],
      }),
    );
    results.drugCards = await timed('scale: drug cards', () =>
      measureDrugCards(browser, { origin, pagesDir, counts: [25, 100, 200], runs: args.quick ? 2 : 5, drugIds }),
    );
  }
  // The demo pages, served by scripts/demo-server.mjs; until they exist, a page of the bench's own with the README
  // snippet pasted in stands in for them.
  if (only.includes('cls') || only.includes('lighthouse')) {
    demo = await startDemo(root);
  }
  const pages = demo?.pages ?? [{ page: 'bench/pages/demo-like.html', url: `${origin}${writePage(pagesDir, 'demo-like.html', demoLikePage())}` }];
  if (only.includes('cls')) {
    results.cls = await timed('cls', async () => {
      const out = [];
      for (const p of pages) out.push({ page: p.page, ...(await measureCls(browser, { url: p.url, runs: args.quick ? 1 : 3 })) });
      return out;
    });
  }
  if (only.includes('lighthouse')) {
    const url = pages[0].url.replace('127.0.0.1', 'localhost');
    results.lighthouse = await timed('lighthouse', async () => {
      await assertWidgetsUpgrade(browser, pages[0].url);
      return { page: pages[0].page, ...(await measureLighthouse({ url, runs: args.quick ? 1 : 3 })) };
    });
  }
} finally {
  await browser.close();
  await server.stop();
  await demo?.close();
}
results.seconds = Math.round((Date.now() - started) / 1000);
results.build = builtAtStart;
if (errors.length) results.errors = errors;
if (fingerprintBuild() !== builtAtStart) {
  warnings.push('dist/cdn/ changed during the run: the figures may mix two builds. Run the bench again.');
  log(`bench: warning: ${warnings.at(-1)}`);
}
if (warnings.length) results.warnings = warnings;

writeFileSync('bench/results.json', `${JSON.stringify(results, null, 2)}\n`);
const m = results.machine;
console.log(`\nnet-widgets benchmark, ${results.date.slice(0, 10)}, commit ${m.commit}${m.uncommittedChanges ? ' + local changes' : ''}`);
console.log(`${m.cpu}, ${m.cores} cores, ${m.memoryGB} GB, ${m.os}, Node ${m.node}, Chromium ${m.chromium}\n`);
console.log(markdownTable(tableRows(results)));
for (const w of warnings) console.log(`\nWarning: ${w}`);
for (const e of errors) console.log(`\nFAILED ${e.section}: ${e.message}`);
console.log(`\n${results.seconds} s; details in bench/results.json`);
process.exitCode = errors.length ? 1 : 0;

/** A short hash of the CDN files, to notice a rebuild during the run (other work in the same tree). */
function fingerprintBuild() {
  const hash = createHash('sha256');
  for (const f of [CDN_BUNDLE, ...CDN_LOCALE_BUNDLES.map((b) => b.file), ...WIDGETS.map((w) => `dist/cdn/${w.tag}.js`)]) hash.update(existsSync(f) ? readFileSync(f) : f);
  return hash.digest('hex').slice(0, 12);
}

/** The benchmark measures the built files: stop when they are missing; return warnings when they look stale. */
function checkBuild() {
  const files = [CDN_BUNDLE, ...CDN_LOCALE_BUNDLES.map((b) => b.file), ...WIDGETS.map((w) => `dist/cdn/${w.tag}.js`)];
  const missing = files.filter((f) => !existsSync(f));
  if (missing.length) {
    console.error(`Missing ${missing.join(', ')}: run \`npm run build\` first.`);
    process.exit(1);
  }
  const built = Math.min(...files.map((f) => statSync(f).mtimeMs));
  const newest = (dir) =>
    readdirSync(dir, { recursive: true })
      .map((f) => join(dir, String(f)))
      .filter((f) => statSync(f).isFile())
      .reduce((t, f) => Math.max(t, statSync(f).mtimeMs), 0);
  const found = [];
  if (!existsSync('dist/cdn/integrity.json')) {
    found.push('dist/cdn/integrity.json is missing (the last `npm run build` did not finish): the demo pages will block the script.');
  }
  if (Math.max(newest('src'), newest('data')) > built) {
    found.push('src/ or data/ changed after the last build: run `npm run build` to measure the current code.');
  }
  found.forEach((w) => log(`bench: warning: ${w}`));
  return found;
}
