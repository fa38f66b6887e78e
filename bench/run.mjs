#!/usr/bin/env node
// npm run bench: the built widgets measured in headless Debian Chromium, on a phone profile (360×740, touch, CPU slowed
// 4× through the DevTools protocol, each load checked that the slowdown held): page load of demo/plain.html beside the
// same page as static HTML, in an iframe and server-rendered; interactions by Event Timing, the work that waits for a
// pause in typing included; the treatment list with 10,000 entries; a 1 MB query. Then size, desktop scale, layout
// shift and Lighthouse. Prints one table (figure, value, target, pass or miss) and writes bench/results.json. Ratios
// are between pages loaded in turn in the same run; nothing here fails on a time.
//
//   node bench/run.mjs                          everything (about 10 minutes on 2 shared cores); `npm run build` first
//   node bench/run.mjs --only load,interactions some sections: size, load, interactions, scale, query, profile,
//                                               desktop, cls, lighthouse
//   node bench/run.mjs --quick                  fewer rounds, for trying the harness
//   node bench/run.mjs --runs 11                page-load rounds (default 7; 3 with --quick)
//   node bench/run.mjs --only load --against F  also loads demo/plain.html with F, another build of net-widgets.js
//                                               (an earlier commit's dist/cdn/net-widgets.js), in the same rounds:
//                                               on a shared machine, the fair before and after of a change
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
import { measurePageLoad, writePlainPage } from './lib/page-load.mjs';
import { measureInteractions, typingPauseMs } from './lib/interactions.mjs';
import { measurePhoneScale } from './lib/phone-scale.mjs';
import { measureLongQuery } from './lib/long-query.mjs';
import { measureProfile } from './lib/profile.mjs';
import { PHONE, PHONE_PROFILE, launchPhoneBrowser } from './lib/phone.mjs';
import { TARGETS, markdownTable, tableRows } from './lib/report.mjs';
import { measureDrugCards } from './lib/drug-cards-scale.mjs';
import { measureTreatmentList } from './lib/treatment-list-scale.mjs';
import { startServer } from './lib/server.mjs';
import { measureSizes } from './lib/size.mjs';
import { vocabularyFrom } from './lib/synthetic.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(root);
const pagesDir = join(root, 'bench/pages');
const SECTIONS = ['size', 'load', 'interactions', 'scale', 'query', 'profile', 'desktop', 'cls', 'lighthouse'];
/** Sections measured on the phone profile. */
const PHONE_SECTIONS = ['load', 'interactions', 'scale', 'query', 'profile'];

const { values: args } = parseArgs({
  options: {
    only: { type: 'string' },
    quick: { type: 'boolean', default: false },
    runs: { type: 'string' },
    against: { type: 'string' },
  },
});
// `render` was the desktop render section, now the phone page load.
const only = args.only ? args.only.split(',').map((s) => (s.trim() === 'render' ? 'load' : s.trim())) : SECTIONS;
const unknown = only.filter((s) => !SECTIONS.includes(s));
if (unknown.length) {
  console.error(`Unknown section(s): ${unknown.join(', ')}. Choose from ${SECTIONS.join(', ')}.`);
  process.exit(2);
}
const runs = Number(args.runs ?? (args.quick ? 3 : 7));
const log = (text) => process.stderr.write(`${text}\n`);

const warnings = checkBuild();
const builtAtStart = fingerprintBuild();
mkdirSync(pagesDir, { recursive: true });
const started = Date.now();
const results = {
  date: new Date().toISOString(),
  targets: TARGETS,
  settings: { runs, quick: args.quick, sections: only, ...(args.against ? { against: args.against } : {}) },
  phoneProfile: PHONE_PROFILE,
  phone: PHONE,
};
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
const phone = only.some((s) => PHONE_SECTIONS.includes(s)) ? await launchPhoneBrowser() : undefined;
let demo;
try {
  results.machine = describeMachine(browser.version());
  const origin = server.origin;
  // The demo pages, served by scripts/demo-server.mjs. The phone page-load and interaction figures need them; for
  // layout shift and Lighthouse, a page of the bench's own with the README snippet stands in when they are missing.
  if (['load', 'interactions', 'profile', 'cls', 'lighthouse'].some((s) => only.includes(s))) demo = await startDemo(root);
  const synth = () => ({
    vocabulary: vocabularyFrom('data/en/treatments.json'),
    categories: treatmentCategories(root),
    sources: JSON.parse(readFileSync('data/en/sources.json', 'utf8')).map((s) => s.id),
    drugIds: JSON.parse(readFileSync('data/en/drugs.json', 'utf8')).map((d) => d.id),
  });
  const bundledCount = () => JSON.parse(readFileSync('data/en/treatments.json', 'utf8')).length;

  if (only.includes('size')) results.size = await timed('size', () => measureSizes({ root, workDir: join(pagesDir, '.size') }));
  if (only.includes('load')) {
    results.load = await timed('load (phone)', () => measurePageLoad(phone, { root, origin, pagesDir, demo, runs, against: args.against }));
    results.breakdown = await timed('load breakdown (phone)', () => measureBreakdown(phone, { origin, pagesDir, runs: args.quick ? 1 : 3 }));
  }
  if (only.includes('interactions')) {
    results.interactions = await timed('interactions (phone)', async () => {
      const { url } = await writePlainPage({ origin, pagesDir, demo });
      return measureInteractions(phone, { url, root, loads: args.quick ? 1 : 2, quick: args.quick });
    });
  }
  if (only.includes('scale')) {
    results.phoneScale = await timed('scale: treatment list (phone)', () =>
      measurePhoneScale(phone, {
        origin,
        pagesDir,
        runs: args.quick ? 1 : 3,
        synth: synth(),
        bundledCount: bundledCount(),
        size: 10000,
        queries: args.quick ? ['liver'] : ['liver', 'octreotide'],
        pauseMs: typingPauseMs(root),
      }),
    );
  }
  if (only.includes('query')) {
    results.longQuery = await timed('1 MB query (phone)', () => measureLongQuery(phone, { origin, pagesDir, rounds: args.quick ? 3 : 7 }));
  }
  if (only.includes('profile')) {
    results.profile = await timed('profile of the longest tasks (phone)', async () => {
      const { source } = await writePlainPage({ origin, pagesDir, demo });
      return measureProfile(phone, { root, origin, pagesDir, plainSource: source, synth: synth(), plainLoads: args.quick ? 1 : 3 });
    });
  }
  if (only.includes('desktop')) {
    results.treatmentList = await timed('desktop scale: treatment list', () =>
      measureTreatmentList(browser, {
        origin,
        pagesDir,
        sizes: [100, 1000, 10000],
        runs: args.quick ? 2 : 3,
        synth: synth(),
        bundledCount: bundledCount(),
        queries: args.quick ? ['liver', 'scan'] : ['liver', 'scan', 'chemo', 'trial'],
      }),
    );
    const drugIds = JSON.parse(readFileSync('data/en/drugs.json', 'utf8')).map((d) => d.id);
    results.drugCards = await timed('desktop scale: drug cards', () =>
      measureDrugCards(browser, { origin, pagesDir, counts: [25, 100, 200], runs: args.quick ? 2 : 3, drugIds }),
    );
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
  await phone?.close();
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
const changes = m.uncommittedChanges ? ` + local changes (${m.changedFiles.join(', ')}${m.changedFiles.length === 10 ? ', …' : ''})` : '';
console.log(`\nnet-widgets benchmark, ${results.date.slice(0, 10)}, commit ${m.commit}${changes}`);
console.log(`${m.cpu}, ${m.cores} cores, ${m.memoryGB} GB, ${m.os}, Node ${m.node}, Chromium ${m.chromium}`);
console.log(`Profile: ${PHONE_PROFILE}; rows marked "desktop" are 1280×900 at full speed\n`);
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
