// A web-test-runner reporter that counts passed and failed tests and writes them where scripts/test.mjs reads them,
// with each run's own counts: the shadow-DOM run (the runner's "default" group) and the light-DOM run (issue 29).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** What each group of web-test-runner.config.mjs is called in the counts. */
const MODES = { default: 'shadow DOM', 'light-dom': 'light DOM' };

function count(suite, totals) {
  for (const test of suite?.tests ?? []) {
    if (test.skipped) totals.skipped++;
    else if (test.passed) totals.passed++;
    else totals.failed++;
  }
  for (const child of suite?.suites ?? []) count(child, totals);
}

export function countReporter({ file = 'test-results/browser.json' } = {}) {
  let logger;
  return {
    start(args) {
      logger = args.logger;
    },
    onTestRunFinished({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0 };
      const modes = {};
      for (const session of sessions) {
        const mode = MODES[session.group?.name] ?? session.group?.name ?? 'shadow DOM';
        const own = (modes[mode] ??= { passed: 0, failed: 0, skipped: 0 });
        count(session.testResults, own);
        // A file that failed to load or threw outside a test counts as one failure.
        if (!session.passed && (session.errors?.length ?? 0) > 0) own.failed++;
      }
      for (const own of Object.values(modes)) for (const key of Object.keys(totals)) totals[key] += own[key];
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, JSON.stringify({ ...totals, modes }));
      const lines = Object.entries(modes).map(
        ([mode, n]) => `${mode}: ${n.passed} passed, ${n.failed} failed${n.skipped ? `, ${n.skipped} skipped` : ''}`,
      );
      (logger ?? console).log(`\n${lines.join('\n')}`);
    },
  };
}
