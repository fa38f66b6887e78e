// Lighthouse (the npm package) on the demo page, in Debian's Chromium through chrome-launcher: the default mobile
// run with simulated throttling. Scores vary a little between runs, so the median of a few runs is reported.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, findChromium } from '../../scripts/chromium.mjs';
import { median } from './stats.mjs';

const CATEGORIES = ['performance', 'accessibility', 'best-practices'];
const METRICS = ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index'];

export async function measureLighthouse({ url, runs = 1 }) {
  const flags = [...new Set([...CHROMIUM_ARGS, '--headless=new'])];
  const chrome = await chromeLauncher.launch({ chromePath: findChromium(), chromeFlags: flags, logLevel: 'silent' });
  const results = [];
  try {
    for (let i = 0; i < runs; i++) {
      const { lhr } = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES });
      if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
      results.push(lhr);
    }
  } finally {
    await chrome.kill();
  }
  const scores = Object.fromEntries(CATEGORIES.map((c) => [c, median(results.map((r) => Math.round((r.categories[c]?.score ?? 0) * 100)))]));
  const last = results.at(-1);
  const metrics = Object.fromEntries(METRICS.map((m) => [m, last.audits[m]?.displayValue ?? null]));
  // What cost points, so the report can say what to fix: every failed audit with a weight in a category.
  const failed = CATEGORIES.flatMap((c) =>
    last.categories[c].auditRefs
      .filter((ref) => ref.weight > 0 && last.audits[ref.id].score !== null && last.audits[ref.id].score < 1)
      .map((ref) => ({ category: c, audit: ref.id, score: last.audits[ref.id].score, title: last.audits[ref.id].title, value: last.audits[ref.id].displayValue ?? '' })),
  );
  return { url, runs, scores, allRuns: results.map((r) => Object.fromEntries(CATEGORIES.map((c) => [c, Math.round(r.categories[c].score * 100)]))), metrics, failed, lighthouse: last.lighthouseVersion, formFactor: last.configSettings.formFactor };
}
