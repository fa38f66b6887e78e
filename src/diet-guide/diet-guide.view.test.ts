// The diet guide's view and its "Can I eat …?" search are pure functions of their inputs and the content, so they are
// tested here, in Node, without a browser.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dietGuideView } from './view.js';
import { createFoodSearch } from './food-search.js';
import { slipsInEachWord } from '../content/match.js';
import { diet } from '../content/diet.js';
import dietLabels from '../../data/en/ui-diet-guide.json';

test('diet guide view: the groups asked for, the answer, the sources, or the problem', () => {
  const search = createFoodSearch(diet.groups);
  const view = dietGuideView({ groups: 'alcohol', variant: '', answered: 'beer' }, diet, search, dietLabels);
  assert.ok(!view.problem);
  if (view.problem) return;
  assert.deepEqual(view.groups.map((g) => g.id), ['alcohol']);
  assert.equal(view.title, diet.name);
  assert.deepEqual(view.answer?.hits.map((h) => [h.food.id, h.relation]), [['alcoholic-drinks', 'kind']]);
  assert.ok(view.sources.length > 0);
  const checklist = dietGuideView({ groups: '', variant: 'checklist', answered: 'beer' }, diet, search, dietLabels);
  assert.ok(!checklist.problem && checklist.checklist && checklist.answer === null && checklist.title.includes(diet.name));
  const misspelt = dietGuideView({ groups: 'puddings', variant: '', answered: '' }, diet, search, dietLabels);
  assert.ok(!misspelt.problem, 'an unknown group never hides the guide');
  if (!misspelt.problem) {
    assert.deepEqual(misspelt.warnings.map((w) => w.code), ['unknown-group']);
    assert.equal(misspelt.groups.length, diet.groups.length, 'no group known: every group');
  }
});

test('"Can I eat …?" guesses past slips within words, never past another word of the same length', async () => {
  const fr = (await import('../../data/fr/diet.json', { with: { type: 'json' } })).default as unknown as typeof diet;
  const english = createFoodSearch(diet.groups);
  const french = createFoodSearch(fr.groups);
  const guessed = (search: typeof english, query: string) => {
    const answer = search(query)!;
    return answer.result === 'not-listed' ? [] : answer.hits.map((h) => h.matched);
  };
  // Slips: a letter off in each word, or two letters swapped.
  assert.deepEqual(guessed(english, 'red wnie'), ['Red wine']);
  assert.deepEqual(guessed(english, 'smokd salmom'), ['Smoked salmon']);
  assert.deepEqual(guessed(french, 'chocolat noyr'), ['Chocolat noir']);
  // Another word: « séchée » (dried) is two letters from « hachée » (minced), "cured" two from "red".
  assert.deepEqual(guessed(french, 'viande séchée'), []);
  assert.deepEqual(guessed(english, 'cured meat'), []);
  assert.deepEqual(slipsInEachWord(['viande', 'sechee'], ['viande', 'hachee']), false);
  assert.deepEqual(slipsInEachWord(['red', 'wnie'], ['red', 'wine']), true);
});
