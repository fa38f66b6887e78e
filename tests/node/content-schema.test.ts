import { test } from 'node:test';
import assert from 'node:assert/strict';
import { validateDiet, validateDrug, validateDrugs, validateSources, validateTreatments } from '../../src/content/validate.js';
import { readData } from './content-helpers.js';

const drugIds = () => readData('drugs').map((d: { id: string }) => d.id);
const paths = (r: { ok: boolean; errors?: { path: string }[] }) => (r.ok ? [] : r.errors!.map((e) => e.path));

test('every bundled file validates, and needs no defaults or trimming', () => {
  const checks = [
    ['sources', validateSources(readData('sources')), readData('sources')],
    ['drugs', validateDrugs(readData('drugs'), { knownDrugIds: drugIds() }), readData('drugs')],
    ['treatments', validateTreatments(readData('treatments'), { knownDrugIds: drugIds() }), readData('treatments')],
    ['diet', validateDiet(readData('diet'), { knownDrugIds: drugIds() }), readData('diet')],
  ] as const;
  for (const [name, result, raw] of checks) {
    assert.ok(result.ok, `${name}.json: ${JSON.stringify(!result.ok && result.errors, null, 1)}`);
    // The modules type the JSON without parsing it, so what is on disk must already be the parsed form.
    assert.deepEqual(result.value, raw, `${name}.json: validation changed the data (a missing default or untrimmed text)`);
  }
});

test('an authoring error in a drug fails with the path of the bad field', () => {
  const drug = structuredClone(readData('drugs').find((d: { id: string }) => d.id === 'everolimus'));
  drug.sideEffects.common.items[2] = '   ';
  const r = validateDrug(drug);
  assert.equal(r.ok, false);
  assert.deepEqual(r.ok ? [] : r.errors, [{ path: 'sideEffects.common.items[2]', message: 'must not be empty' }]);
});

test('an authoring error in a list of treatments names the index and the field', () => {
  const list = readData('treatments');
  list[1].category = 'magic';
  delete list[2].summary;
  const r = validateTreatments(list, { knownDrugIds: drugIds() });
  assert.deepEqual(paths(r), ['[1].category', '[2].summary']);
  assert.match(r.ok ? '' : r.errors[0]!.message, /must be one of: surgery-liver/);
  assert.equal(r.ok ? '' : r.errors[1]!.message, 'is required');
});

test('a combination without components, and a single drug with them, both fail on "components"', () => {
  const all = readData('drugs');
  const combo = structuredClone(all.find((d: { kind: string }) => d.kind === 'combination'));
  delete combo.components;
  assert.deepEqual(paths(validateDrug(combo)), ['components']);
  const single = structuredClone(all.find((d: { kind: string }) => d.kind === 'drug'));
  single.components = ['captem', 'everolimus'];
  assert.deepEqual(paths(validateDrug(single)), ['components']);
});

test('a misspelt field, a bad date and a silent flag set to false are reported, each with its path', () => {
  const drug = structuredClone(readData('drugs')[0]);
  drug.sideEfects = drug.sideEffects;
  drug.reviewed = '2026-02-30x';
  drug.uses.silent = false;
  const r = validateDrug(drug);
  assert.deepEqual(paths(r).sort(), ['reviewed', 'sideEfects', 'uses.silent']);
  for (const e of r.ok ? [] : r.errors) assert.doesNotMatch(e.message, /Invalid (type|key)/, 'messages are readable');
});

test('a broken diet names the group and food', () => {
  const diet = readData('diet');
  diet.groups[1].foods[3].sources = [];
  diet.groups[0].advice = 'never';
  const r = validateDiet(diet, { knownDrugIds: drugIds() });
  assert.deepEqual(paths(r).sort(), ['groups[0].advice', 'groups[1].foods[3].sources']);
});

test('key points: two or three short sentences with their sources, never silent, on drugs and treatments', () => {
  const drug = structuredClone(readData('drugs').find((d: { id: string }) => d.id === 'everolimus'));
  const point = 'It is a pill.';
  drug.keyPoints = { items: [point, point], sources: ['acs-gi-net-targeted'] };
  assert.ok(validateDrug(drug).ok);
  drug.keyPoints = { items: [point, point, point], sources: ['acs-gi-net-targeted'] };
  assert.ok(validateDrug(drug).ok);
  drug.keyPoints = { items: [point], sources: ['acs-gi-net-targeted'] };
  assert.deepEqual(paths(validateDrug(drug)), ['keyPoints.items']);
  drug.keyPoints = { items: [point, point, point, point], sources: ['acs-gi-net-targeted'] };
  assert.deepEqual(paths(validateDrug(drug)), ['keyPoints.items']);
  drug.keyPoints = { items: [point, point], sources: [] };
  assert.deepEqual(paths(validateDrug(drug)), ['keyPoints.sources']);
  drug.keyPoints = { items: [point, point], silent: true, sources: ['acs-gi-net-targeted'] };
  assert.deepEqual(paths(validateDrug(drug)), ['keyPoints.silent']);
  drug.keyPoints = { items: [point, point], sources: ['made-up-source'] };
  assert.deepEqual(paths(validateDrug(drug)), ['keyPoints.sources[0]']);
  const list = readData('treatments');
  list[0].keyPoints = { items: [point], sources: ['ccs-chemo'] };
  assert.deepEqual(paths(validateTreatments(list, { knownDrugIds: drugIds() })), ['[0].keyPoints.items']);
});
