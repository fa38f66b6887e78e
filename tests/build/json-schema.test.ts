// The JSON Schemas in dist/schema/ (written by the build from src/content/schema.ts) as an editor uses them: they name
// themselves, follow the valibot schema field for field, accept every bundled entry and the good examples, and reject
// what the widgets reject for its shape. Checked with Ajv, a JSON Schema validator of the kind editors embed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import { DrugSchema, TreatmentSchema } from '../../src/content/schema.js';
import { readData, root } from '../node/content-helpers.js';

const read = (path: string) => JSON.parse(readFileSync(join(root, path), 'utf8'));
const drugCard = read('dist/schema/drug-card.schema.json');
const treatments = read('dist/schema/treatments.schema.json');
const pkg = read('package.json');

// Formats (dates, web addresses) are hints for editors; the widgets' validator checks them.
const ajv = new Ajv({ allErrors: true, validateFormats: false });
const validDrugCard = ajv.compile(drugCard);
const validTreatments = ajv.compile(treatments);
const errors = (validate: typeof validDrugCard) => (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);

test('each schema names itself for editors: draft-07, an $id with the version, a title and a description', () => {
  for (const schema of [drugCard, treatments]) {
    assert.equal(schema.$schema, 'http://json-schema.org/draft-07/schema#');
    assert.match(schema.$id, new RegExp(`^urn:net-widgets:${pkg.version.replace(/\./g, '\\.')}:schema:`));
    assert.ok(schema.title.length > 0 && schema.description.length > 40);
  }
});

/** The keys of a valibot object schema, inside a pipe or not. */
function keysOf(schema: object): string[] {
  const { entries, pipe } = schema as { entries?: object; pipe?: readonly object[] };
  return Object.keys(entries ?? (pipe?.[0] as { entries?: object } | undefined)?.entries ?? {}).sort();
}

test('the schemas follow src/content/schema.ts field for field (generated, not copied)', () => {
  assert.deepEqual(Object.keys(drugCard.properties).sort(), ['$schema', ...keysOf(DrugSchema)].sort());
  assert.equal(treatments.type, 'array');
  assert.deepEqual(treatments.items, { $ref: '#/$defs/Treatment' });
  assert.deepEqual(Object.keys(treatments.$defs.Treatment.properties).sort(), keysOf(TreatmentSchema));
  assert.equal(drugCard.additionalProperties, false, 'a misspelt field is flagged as the widgets flag it');
});

test('every bundled drug and combination is a valid drug card, and the bundled treatments a valid list', () => {
  for (const drug of readData('drugs')) assert.ok(validDrugCard(drug), `${drug.id}: ${errors(validDrugCard).join('; ')}`);
  assert.ok(validTreatments(readData('treatments')), errors(validTreatments).join('; '));
});

test('the good examples pass, the bad ones fail on the fields the widgets name', () => {
  assert.ok(validDrugCard(read('tests/fixtures/cli/good-card.json')), errors(validDrugCard).join('; '));
  assert.ok(validTreatments(read('tests/fixtures/cli/good-treatments.json')), errors(validTreatments).join('; '));
  assert.equal(validDrugCard(read('tests/fixtures/cli/bad-card.json')), false);
  const found = errors(validDrugCard).join('\n');
  for (const expected of ["must have required property 'uses'", 'must NOT have additional properties', '/howGiven/route must NOT have fewer than 1 characters']) {
    assert.ok(found.includes(expected), `expected "${expected}" in:\n${found}`);
  }
  assert.equal(validTreatments(read('tests/fixtures/cli/bad-treatments.json')), false);
  assert.match(errors(validTreatments).join('\n'), /^\/1\/category must be equal to one of the allowed values$/m);
});
