// A host's own names for a bundled drug (`{ "id": "capecitabine", "addNames": ["Xeloda"] }`), as `npx net-widgets
// check` and `net-widgets/validate` check them: the same checks, and the same lines, as the drug card shows.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkDrugCard } from '../../src/validate.js';
import { checkContent, detectKind } from '../../src/cli/check.js';
import { MAX_ADDED_NAMES, MAX_ADDED_NAME_LENGTH } from '../../src/content/schema.js';

/** The problem lines for `value`, checked as `<net-drug-card>` content from `names.json`. */
function problems(value: unknown): string[] {
  const { problem } = checkDrugCard(value, 'names.json');
  assert.ok(problem, `expected a problem for ${JSON.stringify(value)}`);
  assert.equal(problem.code, 'invalid-content');
  return [...(problem.details ?? [])];
}

test('added names for a bundled drug pass, as an object or as JSON text, and are not a card of their own', () => {
  for (const input of [{ id: 'capecitabine', addNames: ['Xeloda'] }, '{ "id": "capecitabine", "addNames": ["Xeloda", " Capecitabine "] }']) {
    const { entries, addedNames, problem } = checkDrugCard(input);
    assert.equal(problem, null, JSON.stringify(problem));
    assert.deepEqual(entries, []);
    assert.equal(addedNames.length, 1);
    assert.equal(addedNames[0]!.id, 'capecitabine');
    assert.equal(addedNames[0]!.addNames[0], 'Xeloda');
  }
  assert.equal(checkDrugCard({ $schema: './x.json', id: 'captem', addNames: ['CAPTEM regimen'] }).problem, null, 'a combination, and a $schema key');
});

test('an unknown drug id is a clear problem that says what addNames is for', () => {
  const [line, ...rest] = problems({ id: 'xeloda', addNames: ['Xeloda'] });
  assert.deepEqual(rest, []);
  assert.match(line!, /^names\.json\.id: "xeloda" is not a drug in net-widgets: "addNames" adds names to a bundled drug, named by its id \(like "capecitabine"\)/);
  assert.match(problems({ id: 'Not An Id', addNames: ['Xeloda'] })[0]!, /^names\.json\.id: use lower-case letters/);
});

test(`names must be text, at least one and at most ${MAX_ADDED_NAMES}, each at most ${MAX_ADDED_NAME_LENGTH} characters and not empty`, () => {
  assert.deepEqual(problems({ id: 'capecitabine', addNames: ['Xeloda', 42] }), ['names.json.addNames[1]: must be text']);
  assert.deepEqual(problems({ id: 'capecitabine', addNames: 'Xeloda' }), ['names.json.addNames: must be a list of names (["Xeloda"])']);
  assert.deepEqual(problems({ id: 'capecitabine', addNames: [] }), ['names.json.addNames: must list at least one name']);
  assert.deepEqual(problems({ id: 'capecitabine', addNames: ['  '] }), ['names.json.addNames[0]: must not be empty']);
  const many = Array.from({ length: MAX_ADDED_NAMES + 1 }, (_, i) => `Brand ${i}`);
  assert.deepEqual(problems({ id: 'capecitabine', addNames: many }), [`names.json.addNames: must list at most ${MAX_ADDED_NAMES} names`]);
  assert.equal(checkDrugCard({ id: 'capecitabine', addNames: many.slice(1) }).problem, null, `${MAX_ADDED_NAMES} names are fine`);
  assert.deepEqual(problems({ id: 'capecitabine', addNames: ['x'.repeat(MAX_ADDED_NAME_LENGTH + 1)] }), [
    `names.json.addNames[0]: must be at most ${MAX_ADDED_NAME_LENGTH} characters`,
  ]);
  assert.equal(checkDrugCard({ id: 'capecitabine', addNames: ['x'.repeat(MAX_ADDED_NAME_LENGTH)] }).problem, null);
  assert.deepEqual(problems({ id: 'capecitabine', addNames: null }), ['names.json.addNames: must be a list of names (["Xeloda"])']);
});

test('a name that is already another drug’s is a problem, so that a name never leads to two drugs', () => {
  assert.deepEqual(problems({ id: 'capecitabine', addNames: ['Xeloda', 'afinitor'] }), [
    'names.json.addNames[1]: "afinitor" is already a name of "everolimus", so it cannot also name "capecitabine"',
  ]);
  assert.equal(checkDrugCard({ id: 'everolimus', addNames: ['Afinitor', 'Xeloda'] }).problem, null, 'its own name: no problem');
});

test('added names go alone with their id: any other field is named, with what to do', () => {
  assert.deepEqual(problems({ id: 'capecitabine', addNames: ['Xeloda'], name: 'Xeloda' }), [
    'names.json.name: is not a field of added names, which hold only "id" and "addNames" (to add a drug of your own, write a whole card without "addNames")',
  ]);
});

test('npx net-widgets check tells added names from a card, and reports them as the card would', () => {
  assert.equal(detectKind({ id: 'capecitabine', addNames: ['Xeloda'] }), 'drug');
  assert.deepEqual(checkContent('{ "id": "capecitabine", "addNames": ["Xeloda", "Capecitabine Accord"] }', 'names.json'), {
    status: 'valid',
    kind: 'drug',
    summary: 'adds “Xeloda”, “Capecitabine Accord” to the bundled card “capecitabine”',
  });
  const bad = checkContent('{ "id": "capecitabin", "addNames": ["Xeloda", 7] }', 'names.json');
  assert.ok(bad.status === 'invalid', JSON.stringify(bad));
  assert.deepEqual(
    bad.problems.map((line) => line.split(':')[0]),
    ['names.json.addNames[1]', 'names.json.id'],
    'every problem at once: the name that is not text and the id that names no drug',
  );
});
