#!/usr/bin/env node
// npm test: every check, in order, then one closing line "N passed, N failed" that CI counts.
// Lint, type check and build count as one check each; test files count their tests.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { ensureChromium } from './ensure-chromium.mjs';
import { LOCALES } from './widgets.mjs';
import { ensureJava } from './ensure-java.mjs';

const results = [];
// e.g. `npm test -- unit browser` runs just those steps; `node` stands for both node tiers, `unit` and `build-output`.
const only = process.argv.slice(2).flatMap((name) => (name === 'node' ? ['unit', 'build-output'] : [name]));
const runs = (name) => !only.length || only.includes(name);

function step(name, command, count) {
  if (!runs(name)) return;
  console.log(`\n=== ${name}: ${command}`);
  const started = Date.now();
  const { status } = spawnSync(command, { stdio: 'inherit', shell: true, env: { ...process.env, FORCE_COLOR: '0' } });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const counted = count ? count(status) : status === 0 ? { passed: 1, failed: 0 } : { passed: 0, failed: 1 };
  // A runner that crashed before counting anything is still a failure.
  if (status !== 0 && counted.failed === 0) counted.failed = 1;
  results.push({ name, seconds, ...counted });
}

function readJson(file) {
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : { passed: 0, failed: 0 };
}

function readTap(file) {
  if (!existsSync(file)) return { passed: 0, failed: 0 };
  const tap = readFileSync(file, 'utf8');
  const num = (key) => Number(tap.match(new RegExp(`^# ${key} (\\d+)$`, 'm'))?.[1] ?? 0);
  return { passed: num('pass'), failed: num('fail') + num('cancelled'), skipped: num('skipped') };
}

/** node --test over `files`, its tests counted from the TAP it writes to test-results/<name>.tap. */
const nodeTests = (name, files) => [
  name,
  `node --import tsx --test --test-reporter=spec --test-reporter-destination=stdout --test-reporter=tap --test-reporter-destination=test-results/${name}.tap ${files}`,
  () => readTap(`test-results/${name}.tap`),
];

rmSync('test-results', { recursive: true, force: true });
mkdirSync('test-results', { recursive: true });
process.env.CHROME_PATH = ensureChromium();

// eslint, then jscpd: no block of six lines or more copied in src/ or tests/ (.jscpd.json).
step('lint', 'npx eslint . && npx jscpd --silent');
// The unit tier needs no build: the sources, the data and the scripts only.
step(...nodeTests('unit', 'tests/node/*.test.ts src/*/*.view.test.ts'));
// CI=1: the build must not rewrite the README's integrity hashes here, so that a README committed stale fails its test.
step('build', 'CI=1 npm run build --silent');
// After the build: the stories' docs read custom-elements.json, which the build generates.
step('types', 'npx tsc --noEmit -p tsconfig.json');
// The build-output tier tests what the build step above wrote (dist/, custom-elements.json), so it does not build
// again (`npm run test:build-output` builds first). Its HTML check needs Java: installed here like Chromium, or skipped.
if (runs('build-output')) ensureJava();
step(...nodeTests('build-output', 'tests/build/*.test.ts'));
// The browser tests, then the light suites again with every widget in light DOM (web-test-runner.config.mjs):
// both runs are counted, each named in the summary, and a failure in either fails the step.
step('browser', 'npx web-test-runner', () => {
  const { modes = {}, ...counted } = readJson('test-results/browser.json');
  const runs = Object.entries(modes).map(([mode, n]) => `${mode} ${n.passed}/${n.passed + n.failed}`);
  // A light run that did not happen (no suite in it) is a failure too.
  if (!modes['light DOM']) counted.failed += 1;
  return { ...counted, detail: runs.join(', ') };
});
step(
  'e2e',
  'node --test --test-timeout=120000 --test-reporter=spec --test-reporter-destination=stdout --test-reporter=tap --test-reporter-destination=test-results/e2e.tap tests/e2e/',
  () => readTap('test-results/e2e.tap'),
);
step('storybook', 'npm run build-storybook --silent');
// The built docs in Chromium: opens on the Introduction, tables render, value lists, real hashes, clean docs tables.
step(
  'docs',
  'node --test --test-timeout=120000 --test-reporter=spec --test-reporter-destination=stdout --test-reporter=tap --test-reporter-destination=test-results/docs.tap tests/docs/',
  () => readTap('test-results/docs.tap'),
);
// Every story as a test (axe included), in English, then again on a French and on a Spanish page, then again with
// every widget in light DOM.
step('stories', `npx vitest run ${['stories', ...LOCALES.slice(1).map((l) => `stories-${l}`), 'stories-light'].map((p) => `--project ${p}`).join(' ')} --reporter=dot --reporter=json --outputFile.json=test-results/stories.json`, () => {
  const r = readJson('test-results/stories.json');
  return { passed: r.numPassedTests ?? 0, failed: (r.numFailedTests ?? 0) + (r.numRuntimeErrorTestSuites ?? 0) };
});

console.log('\n=== summary');
for (const r of results) {
  const skipped = r.skipped ? `, ${r.skipped} skipped` : '';
  const detail = r.detail ? `; ${r.detail}` : '';
  console.log(`${r.name.padEnd(12)} ${String(r.passed).padStart(4)} passed ${String(r.failed).padStart(3)} failed${skipped}  (${r.seconds} s${detail})`);
}
const passed = results.reduce((n, r) => n + r.passed, 0);
const failed = results.reduce((n, r) => n + r.failed, 0);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
