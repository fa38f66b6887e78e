// `net-widgets check` as a charity's editor runs it: on good and bad files (tests/fixtures/cli/), with what it prints
// and its exit code. The problem lines are the widgets' own (labels from data/en/ui-*.json). Runs the built CLI
// (bin/ over dist/node/check.js), so it needs `npm run build` first, as npm test does.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { root } from '../node/content-helpers.js';
import drugCardUi from '../../data/en/ui-drug-card.json';
import treatmentListUi from '../../data/en/ui-treatment-list.json';

const fixture = (name: string) => `tests/fixtures/cli/${name}`;

function cli(...args: string[]) {
  const run = spawnSync(process.execPath, ['bin/net-widgets.mjs', ...args], { cwd: root, encoding: 'utf8' });
  const lines = (text: string) => text.split('\n').filter((l) => l !== '');
  return { code: run.status, out: lines(run.stdout), err: lines(run.stderr) };
}

test('a valid drug card (naming its JSON Schema) passes: exit 0, with what it is', () => {
  assert.deepEqual(cli('check', fixture('good-card.json')), {
    code: 0,
    out: [`${fixture('good-card.json')}: valid, a drug card (<net-drug-card> content): “Our trial drug” (our-trial-drug), a drug`],
    err: [],
  });
});

test('a bad drug card: exit 1, the card’s own message and every problem with its path', () => {
  const { code, out, err } = cli('check', fixture('bad-card.json'));
  assert.equal(code, 1);
  assert.deepEqual(err, []);
  assert.deepEqual(out.slice(0, 2), [
    `${fixture('bad-card.json')}: 5 problems, a drug card (<net-drug-card> content)`,
    `  <net-drug-card> shows: ${drugCardUi.invalidContent}`,
  ]);
  assert.deepEqual(out.slice(2).sort(), [
    '  - bad-card.json.about.sources[0]: names an unknown source "made-up-source": use one of ccs-chemo, ccs-chemo-older, ipsen-net-treatments, acs-gi-net-targeted, net-org-carcinoid, our-leaflet, or describe it in "sourceDetails"',
    '  - bad-card.json.colour: is not a field of this format (check the spelling, or remove it)',
    '  - bad-card.json.howGiven.route: must not be empty',
    '  - bad-card.json.nextReview: must come after "reviewed" (2026-11-01)',
    '  - bad-card.json.uses: is required',
  ]);
});

test('valid treatments pass, as a list or as one entry: exit 0, naming each entry', () => {
  assert.deepEqual(cli('check', fixture('good-treatments.json'), fixture('one-treatment.json')), {
    code: 0,
    out: [
      `${fixture('good-treatments.json')}: valid, treatments (<net-treatment-list> entries): “Talk to a NET nurse” (net-nurse-helpline, supportive), “Our injection clinic” (our-octreotide-clinic, hormone-growth-medicines)`,
      `${fixture('one-treatment.json')}: valid, treatments (<net-treatment-list> entries): “Talk to a NET nurse” (net-nurse-helpline, supportive)`,
    ],
    err: [],
  });
});

test('bad treatments: exit 1, the list’s notice and each problem with the file and index in its path', () => {
  assert.deepEqual(cli('check', fixture('bad-treatments.json')), {
    code: 1,
    out: [
      `${fixture('bad-treatments.json')}: 3 problems, treatments (<net-treatment-list> entries)`,
      `  <net-treatment-list> shows: ${treatmentListUi.hostProblem.other.replace('{count}', '3')}`,
      '  - bad-treatments.json[1].category: must be one of: surgery-liver, hormone-growth-medicines, radionuclide, targeted, chemotherapy, radiation, immune, supportive, clinical-trials',
      '  - bad-treatments.json[1].relatedDrugs[0]: names an unknown drug id "aspirin"',
      `  - bad-treatments.json[2].id: ${treatmentListUi.idTakenByHost.replace('{id}', 'net-nurse-helpline').replace('{where}', 'bad-treatments.json[0]')}`,
    ],
    err: [],
  });
});

test('--kind forces the kind: treatments read as a drug card are not one', () => {
  const { code, out } = cli('check', '--kind', 'drug', fixture('good-treatments.json'));
  assert.equal(code, 1);
  assert.match(out[0]!, /: \d+ problems?, a drug card/);
  assert.ok(out.includes('  - good-treatments.json: must be one drug card ({ ... }), not a list'), out.join('\n'));
});

test('one bad file among good ones still fails the run', () => {
  assert.equal(cli('check', fixture('good-card.json'), fixture('bad-card.json')).code, 1);
});

test('a file that is not JSON: exit 2, with the JSON error', () => {
  const { code, out, err } = cli('check', fixture('not-json.json'));
  assert.equal(code, 2);
  assert.deepEqual(out, []);
  assert.equal(err.length, 1);
  assert.match(err[0]!, /^not-json\.json is not valid JSON \(.*position \d+\)$/);
  // The same parser as the widgets: the message is the one JSON.parse gives for this text.
  try {
    JSON.parse(readFileSync(join(root, fixture('not-json.json')), 'utf8'));
  } catch (error) {
    assert.ok(err[0]!.includes((error as Error).message));
  }
});

test('a file that is neither kind: exit 2, suggesting --kind', () => {
  assert.deepEqual(cli('check', fixture('neither.json')), {
    code: 2,
    out: [],
    err: ['neither.json holds neither a drug card (an object with "kind") nor treatments (a list, or an object with "category"): use --kind drug or --kind treatments'],
  });
});

test('usage errors exit 2: no file, a missing file, a bad --kind, an unknown option or command', () => {
  const noFile = cli('check');
  assert.equal(noFile.code, 2);
  assert.equal(noFile.err[0], 'net-widgets check: name at least one file');
  assert.deepEqual(cli('check', 'no-such-file.json'), { code: 2, out: [], err: ['no-such-file.json: cannot be read (ENOENT)'] });
  assert.deepEqual(cli('check', '--kind', 'pill', fixture('good-card.json')), {
    code: 2,
    out: [],
    err: ['net-widgets check: --kind must be drug or treatments, not "pill"'],
  });
  assert.equal(cli('check', '--colour', fixture('good-card.json')).code, 2);
  const unknown = cli('render-everything');
  assert.equal(unknown.code, 2);
  assert.equal(unknown.err[0], 'net-widgets: unknown command "render-everything"');
  assert.equal(cli().code, 2);
});

test('--help lists the commands, and each command’s --help its options; --version prints the version', () => {
  const help = cli('--help');
  assert.equal(help.code, 0);
  assert.ok(help.out.some((l) => /^ {2}check {6}\S/.test(l)), help.out.join('\n'));
  const checkHelp = cli('check', '--help');
  assert.equal(checkHelp.code, 0);
  assert.equal(checkHelp.out[0], 'Usage: net-widgets check [--kind drug|treatments] <file.json>...');
  assert.ok(checkHelp.out.some((l) => l.includes('--kind drug|treatments')));
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  assert.deepEqual(cli('--version'), { code: 0, out: [pkg.version], err: [] });
});
