// `npx net-widgets check` must say what the widgets say. The same bad files (tests/fixtures/cli/) are given to the
// widgets on a real host page (the CDN bundle in Chromium) and to the CLI; the problem each shows must be word for word
// the same, except that the CLI names the file where the treatment list says `entries`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { openPage, useHarness } from './harness.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const harness = useHarness();
const fixture = (name) => JSON.parse(readFileSync(`${ROOT}tests/fixtures/cli/${name}`, 'utf8'));

/** The CLI's report on one file: the widget's message, and its problem lines. */
function cliReport(file) {
  const run = spawnSync(process.execPath, ['bin/net-widgets.mjs', 'check', `tests/fixtures/cli/${file}`], { cwd: ROOT, encoding: 'utf8' });
  assert.equal(run.status, 1, run.stderr);
  const [, shows, ...problems] = run.stdout.trim().split('\n');
  return { message: shows.replace(/^ {2}<[\w-]+> shows: /, ''), details: problems.map((l) => l.replace(/^ {2}- /, '')) };
}

/** Puts the widget on the page with `property` set to `value`, and reads the problem it shows. */
async function widgetReport(tag, property, value) {
  const { page, close } = await openPage(harness, '/demo/plain.html');
  const report = await page.evaluate(
    async ({ tag, property, value }) => {
      await customElements.whenDefined(tag);
      const el = document.createElement(tag);
      el[property] = value;
      document.body.append(el);
      await el.updateComplete;
      const alert = el.shadowRoot.querySelector('[role="alert"]');
      return {
        message: alert.querySelector('.problem-message').textContent.trim(),
        details: [...alert.querySelectorAll('.problem-details li')].map((li) => li.textContent.trim()),
      };
    },
    { tag, property, value },
  );
  await close();
  return report;
}

test('a bad drug card: the CLI prints the message and the lines <net-drug-card> shows', async () => {
  const shown = await widgetReport('net-drug-card', 'content', fixture('bad-card.json'));
  const named = { ...shown, details: shown.details.map((line) => line.replace(/^content/, 'bad-card.json')) };
  assert.ok(shown.details.length > 0 && shown.details.every((line) => line.startsWith('content.')));
  assert.deepEqual(cliReport('bad-card.json'), named);
});

test('bad treatments: the CLI prints the notice and the lines <net-treatment-list> shows', async () => {
  const shown = await widgetReport('net-treatment-list', 'entries', fixture('bad-treatments.json'));
  const named = { ...shown, details: shown.details.map((line) => line.replaceAll('entries[', 'bad-treatments.json[')) };
  assert.ok(shown.details.length > 0 && shown.details.every((line) => line.startsWith('entries[')));
  assert.deepEqual(cliReport('bad-treatments.json'), named);
});
