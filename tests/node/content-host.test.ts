import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  formatErrors,
  parseJson,
  validateDiet,
  validateDrug,
  validateTreatments,
  type ContentResult,
} from '../../src/content/validate.js';
import { drugs } from '../../src/content/drugs.js';
import type { Loose } from './content-helpers.js';

const knownDrugIds = drugs.map((d) => d.id);

/** A charity's own treatment card, citing its own leaflet. */
function charityCard(): Loose {
  return {
    id: 'net-nurse-helpline',
    category: 'supportive',
    name: 'Talk to a NET nurse',
    summary: 'Our nurses can talk you through your treatment options.',
    about: { text: 'Our specialist nurses answer questions about NETs and their treatment.', sources: ['example-charity-leaflet'] },
    whenUsed: { text: 'Any time you have a question.', sources: ['example-charity-leaflet'] },
    howDone: { text: 'Call our helpline, or send us an email.', sources: ['example-charity-leaflet'] },
    aims: { goals: ['ease-symptoms'], sources: ['example-charity-leaflet'] },
    relatedDrugs: ['octreotide'],
    reviewed: '2026-10-01',
    nextReview: '2027-10-01',
    sourceDetails: [
      {
        id: 'example-charity-leaflet',
        publisher: 'Example NET Charity',
        title: 'Living with a NET',
        region: 'United Kingdom',
        date: 'March 2026',
        url: 'https://charity.example/leaflet',
      },
    ],
  };
}

function errorsOf<T>(r: ContentResult<T>) {
  assert.equal(r.ok, false, 'expected errors');
  return r.ok ? [] : r.errors;
}

test('a valid charity card passes, alone or in a list, as an object or as JSON text', () => {
  for (const input of [charityCard(), [charityCard()], JSON.stringify(charityCard()), JSON.stringify([charityCard()])]) {
    const r = validateTreatments(input, { knownDrugIds });
    assert.ok(r.ok, JSON.stringify(!r.ok && r.errors));
    assert.equal(r.value.length, 1);
    assert.deepEqual(r.value[0]!.otherNames, [], 'defaults filled in');
  }
});

test('a card with a missing name, a wrong type, an unknown source and an unknown drug lists every problem', () => {
  const card = charityCard();
  delete card.name;
  card.summary = 42;
  card.about.sources = ['example-charity-leaflet', 'made-up-source'];
  card.relatedDrugs = ['octreotide', 'wonder-drug'];
  const errors = errorsOf(validateTreatments(card, { knownDrugIds }));
  const byPath = Object.fromEntries(errors.map((e) => [e.path, e.message]));
  assert.deepEqual(Object.keys(byPath).sort(), ['about.sources[1]', 'name', 'relatedDrugs[1]', 'summary']);
  assert.equal(byPath.name, 'is required');
  assert.equal(byPath.summary, 'must be text');
  assert.match(byPath['about.sources[1]']!, /unknown source "made-up-source"/);
  assert.match(byPath['relatedDrugs[1]']!, /unknown drug id "wonder-drug"/);
  // Ready to show to an editor.
  assert.ok(formatErrors(errors).every((line) => /^[a-zA-Z[\]0-9.]+: /.test(line)));
});

test('in a list, paths start with the index', () => {
  const second = charityCard();
  second.id = 'second';
  second.category = 'magic';
  const third = charityCard();
  const errors = errorsOf(validateTreatments([charityCard(), second, third], { knownDrugIds }));
  assert.deepEqual(
    errors.map((e) => e.path),
    ['[1].category', '[2].id'],
  );
  assert.match(errors[1]!.message, /already used by \[0\]/);
});

test('malformed JSON gives a readable error, never an exception', () => {
  const bad = '{ "id": "x", "name": "Broken", }';
  const parsed = parseJson(bad);
  assert.equal(parsed.ok, false);
  assert.match(errorsOf(parsed)[0]!.message, /^is not valid JSON \(/);
  assert.match(errorsOf(validateTreatments(bad))[0]!.message, /not valid JSON/);
  assert.match(errorsOf(validateDrug(''))[0]!.message, /empty/);
  assert.match(errorsOf(parseJson(undefined))[0]!.message, /must be JSON text/);
});

test('nothing a host passes makes a validator throw', () => {
  const circular: Loose = { id: 'loop' };
  circular.self = circular;
  const inputs = [undefined, null, 0, 42, true, 'null', '[]', '{}', [], {}, [null], [1, 2], circular, new Date(), () => 1, Symbol('x')];
  for (const input of inputs) {
    for (const validate of [validateDrug, validateTreatments, validateDiet]) {
      let result: ContentResult<unknown> | undefined;
      assert.doesNotThrow(() => {
        result = validate(input as unknown, { knownDrugIds });
      }, String(input?.toString?.()));
      assert.ok(result && typeof result.ok === 'boolean');
      if (result && !result.ok) for (const e of result.errors) assert.ok(typeof e.path === 'string' && e.message.length > 0);
    }
  }
  // An empty list of treatments is valid (a host that adds nothing).
  assert.ok(validateTreatments([]).ok);
});

test('a host drug card is checked the same way, and top-level errors have an empty path', () => {
  const card: Loose = structuredClone(drugs.find((d) => d.id === 'everolimus'));
  card.id = 'everolimus-charity';
  card.sideEffects.whatToDo = { text: 'Call our helpline on weekdays.', sources: ['charity'] };
  card.sourceDetails = [{ id: 'charity', publisher: 'Example', title: 'Leaflet', region: 'UK', date: '2026' }];
  assert.ok(validateDrug(card).ok);
  card.sourceDetails[0].url = 'not a url';
  assert.deepEqual(errorsOf(validateDrug(card)), [{ path: 'sourceDetails[0].url', message: 'must be a web address' }]);
  assert.deepEqual(errorsOf(validateDrug(null)), [{ path: '', message: 'must be an object ({ ... }), not null' }]);
});

test('one rule for host content: the property and the child script merge, and the property wins for the same id', async () => {
  const { readHostContent } = await import('../../src/content/host-content.js');
  const rules = { many: true, messages: { notAnEntry: 'is a list, not an entry', idTakenByHost: 'is already used by {where}' } };
  const read = (property: unknown, script: unknown) =>
    readHostContent(
      [
        { label: 'entries', input: property },
        { label: 'script', input: script },
      ],
      {
        ...rules,
        validate: (item) => {
          const result = validateTreatments(item, { knownDrugIds });
          return result.ok ? { ok: true as const, value: result.value[0]! } : result;
        },
      },
    );
  const fromProperty = { ...charityCard(), name: 'From the property' };
  const fromScript = { ...charityCard(), name: 'From the script' };
  const other = { ...charityCard(), id: 'net-dietitian', name: 'Another entry' };
  // Both read: the script's other entry joins the property's.
  const merged = read([fromProperty], JSON.stringify([fromScript, other]));
  assert.deepEqual(merged.errors, []);
  assert.deepEqual(merged.entries.map((e) => e.name), ['From the property', 'Another entry'], 'the property wins for the same id');
  // Within one of them, the same id twice is still an error on the second.
  const twice = read([fromProperty, fromProperty], null);
  assert.deepEqual(twice.entries.map((e) => e.name), ['From the property']);
  assert.equal(twice.errors.length, 1);
  assert.match(twice.errors[0]!, /^entries\[1\]\.id: is already used by entries\[0\]/);
});
